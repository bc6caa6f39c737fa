package vn.lienthong.refapp.uploads;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Walks a PNG's chunks (ISO/IEC 15948): the signature, IHDR first with sane dimensions, every
 * chunk's length and CRC, only known critical chunks, IDAT consecutive, IEND last with nothing
 * after it; compressed text and ICC chunks are inflated with a small bound. Stateless and
 * thread-safe.
 */
final class PngCheck {

  static final int[] SIGNATURE = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

  /** The most bytes a compressed text or ICC profile chunk may expand to. */
  static final long MAX_ANCILLARY_INFLATED = 1024 * 1024;

  /** The most chunks accepted. */
  static final int MAX_CHUNKS = 10_000;

  private PngCheck() {}

  static void check(String field, byte[] d, long maxPixels) {
    int at = SIGNATURE.length;
    boolean header = false;
    boolean data = false;
    boolean dataEnded = false;
    int chunks = 0;
    while (true) {
      if (at + 12 > d.length) {
        throw UploadErrors.malformed(field, "png.truncated-before-IEND");
      }
      long length = Bytes.u32(d, at);
      String type = new String(d, at + 4, 4, StandardCharsets.ISO_8859_1);
      if (length > d.length - at - 12L) {
        throw UploadErrors.malformed(field, "png.chunk-length");
      }
      int len = (int) length;
      int body = at + 8;
      CRC32 crc = new CRC32();
      crc.update(d, at + 4, 4 + len);
      if (crc.getValue() != Bytes.u32(d, body + len)) {
        throw UploadErrors.malformed(field, "png.chunk-crc " + printable(type));
      }
      if (++chunks > MAX_CHUNKS) {
        throw UploadErrors.malformed(field, "png.too-many-chunks");
      }
      if (!header && !type.equals("IHDR")) {
        throw UploadErrors.malformed(field, "png.IHDR-first");
      }
      switch (type) {
        case "IHDR" -> {
          if (header || len != 13) {
            throw UploadErrors.malformed(field, "png.IHDR");
          }
          header = true;
          long width = Bytes.u32(d, body);
          long height = Bytes.u32(d, body + 4);
          if (width == 0
              || height == 0
              || width > Integer.MAX_VALUE
              || height > Integer.MAX_VALUE) {
            throw UploadErrors.malformed(field, "png.dimensions");
          }
          if (width * height > maxPixels) {
            throw UploadErrors.bomb(
                field, "png " + width + "x" + height + " pixels, at most " + maxPixels);
          }
        }
        case "IDAT" -> {
          if (dataEnded) {
            throw UploadErrors.malformed(field, "png.IDAT-not-consecutive");
          }
          data = true;
        }
        case "IEND" -> {
          if (!data) {
            throw UploadErrors.malformed(field, "png.no-IDAT");
          }
          int end = body + len + 4;
          if (end != d.length) {
            throw UploadErrors.polyglot(field, (d.length - end) + " bytes after IEND");
          }
          return;
        }
        case "zTXt", "iCCP" -> inflateAfterName(field, d, body, len, 2, type);
        case "iTXt" -> {
          int nul = nul(d, body, body + len);
          if (nul >= 0 && nul + 1 < body + len && d[nul + 1] == 1) {
            inflateAfterName(field, d, body, len, -1, type);
          }
        }
        default -> {
          if (Character.isUpperCase(type.charAt(0)) && !type.equals("PLTE")) {
            throw UploadErrors.malformed(field, "png.unknown-critical-chunk " + printable(type));
          }
        }
      }
      if (data && !type.equals("IDAT")) {
        dataEnded = true;
      }
      at = body + len + 4;
    }
  }

  /** Inflates the compressed part of zTXt/iCCP (name, NUL, method) or iTXt, with a bound. */
  private static void inflateAfterName(
      String field, byte[] d, int body, int len, int skip, String type) {
    int nul = nul(d, body, body + len);
    if (nul < 0) {
      throw UploadErrors.malformed(field, "png." + type);
    }
    int from;
    if (skip >= 0) {
      from = nul + skip;
    } else {
      // iTXt: keyword NUL flag method language NUL translated NUL text
      int language = nul(d, nul + 3, body + len);
      int translated = language < 0 ? -1 : nul(d, language + 1, body + len);
      if (translated < 0) {
        throw UploadErrors.malformed(field, "png.iTXt");
      }
      from = translated + 1;
    }
    if (from > body + len) {
      throw UploadErrors.malformed(field, "png." + type);
    }
    if (Bytes.inflatedSize(d, from, body + len - from, MAX_ANCILLARY_INFLATED)
        == Bytes.OVER_LIMIT) {
      throw UploadErrors.bomb(field, "png " + type + " expands beyond " + MAX_ANCILLARY_INFLATED);
    }
  }

  private static int nul(byte[] d, int from, int to) {
    for (int i = from; i < to; i++) {
      if (d[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  private static String printable(String type) {
    return type.replaceAll("[^A-Za-z]", "?");
  }
}
