package vn.lienthong.refapp.uploads;

/**
 * Walks a JPEG's markers (ITU T.81): SOI, segments with their lengths, a frame header with sane
 * dimensions, entropy-coded scans, and EOI with nothing but zero padding after it. Stateless and
 * thread-safe.
 */
final class JpegCheck {

  /** The most scans accepted (progressive JPEGs have about ten; thousands burn CPU). */
  static final int MAX_SCANS = 100;

  private JpegCheck() {}

  static void check(String field, byte[] d, long maxPixels) {
    int at = 2;
    boolean frame = false;
    int scans = 0;
    while (true) {
      if (at + 2 > d.length) {
        throw UploadErrors.malformed(field, "jpeg.truncated-before-EOI");
      }
      if ((d[at] & 0xFF) != 0xFF) {
        throw UploadErrors.malformed(field, "jpeg.marker-expected");
      }
      int marker = d[at + 1] & 0xFF;
      if (marker == 0xFF) {
        at++; // fill byte
        continue;
      }
      if (marker == 0xD9) {
        if (!frame || scans == 0) {
          throw UploadErrors.malformed(field, "jpeg.no-image");
        }
        trailing(field, d, at + 2);
        return;
      }
      if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
        throw UploadErrors.malformed(field, "jpeg.unexpected-marker");
      }
      if (at + 4 > d.length) {
        throw UploadErrors.malformed(field, "jpeg.truncated");
      }
      int length = Bytes.u16(d, at + 2);
      if (length < 2 || at + 2 + length > d.length) {
        throw UploadErrors.malformed(field, "jpeg.segment-length");
      }
      int body = at + 4;
      if (isFrame(marker)) {
        if (length < 8) {
          throw UploadErrors.malformed(field, "jpeg.frame-header");
        }
        long height = Bytes.u16(d, body + 1);
        long width = Bytes.u16(d, body + 3);
        if (width == 0) {
          throw UploadErrors.malformed(field, "jpeg.dimensions");
        }
        // a height of 0 is legal (defined by a later DNL marker): count it as the largest
        long h = height == 0 ? 65_535 : height;
        if (width * h > maxPixels) {
          throw UploadErrors.bomb(
              field, "jpeg " + width + "x" + h + " pixels, at most " + maxPixels);
        }
        frame = true;
      }
      at += 2 + length;
      if (marker == 0xDA) {
        if (!frame) {
          throw UploadErrors.malformed(field, "jpeg.scan-before-frame");
        }
        if (++scans > MAX_SCANS) {
          throw UploadErrors.bomb(field, "jpeg more than " + MAX_SCANS + " scans");
        }
        at = skipEntropyData(d, at);
      }
    }
  }

  private static boolean isFrame(int marker) {
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
  }

  /** Skips entropy-coded data: up to an FF not followed by 00, a restart marker or fill. */
  private static int skipEntropyData(byte[] d, int at) {
    int i = at;
    while (i + 1 < d.length) {
      if ((d[i] & 0xFF) == 0xFF) {
        int next = d[i + 1] & 0xFF;
        if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
          i += 2;
          continue;
        }
        if (next == 0xFF) {
          i++;
          continue;
        }
        return i;
      }
      i++;
    }
    return d.length;
  }

  private static void trailing(String field, byte[] d, int end) {
    for (int i = end; i < d.length; i++) {
      if (d[i] != 0) {
        throw UploadErrors.polyglot(field, (d.length - end) + " bytes after the JPEG end marker");
      }
    }
  }
}
