package vn.lienthong.refapp.uploads;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/** Byte searching and bounded inflation shared by the format checks. Stateless and thread-safe. */
final class Bytes {

  /** What {@link #inflatedSize} returns when the output would pass the limit. */
  static final long OVER_LIMIT = -1;

  private Bytes() {}

  static int indexOf(byte[] data, byte[] pattern, int from, int to) {
    int last = Math.min(to, data.length) - pattern.length;
    outer:
    for (int i = Math.max(0, from); i <= last; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  static int indexOf(byte[] data, String ascii, int from) {
    return indexOf(data, ascii.getBytes(StandardCharsets.US_ASCII), from, data.length);
  }

  static int lastIndexOf(byte[] data, String ascii) {
    byte[] p = ascii.getBytes(StandardCharsets.US_ASCII);
    outer:
    for (int i = data.length - p.length; i >= 0; i--) {
      for (int j = 0; j < p.length; j++) {
        if (data[i + j] != p[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  static boolean startsWith(byte[] data, int... prefix) {
    if (data.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((data[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** The first bytes as lower-case Latin-1 text, for searching markup. */
  static String headLower(byte[] data, int length) {
    return new String(data, 0, Math.min(length, data.length), StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
  }

  static int u16(byte[] d, int at) {
    return ((d[at] & 0xFF) << 8) | (d[at + 1] & 0xFF);
  }

  static long u32(byte[] d, int at) {
    return ((long) (d[at] & 0xFF) << 24)
        | ((d[at + 1] & 0xFF) << 16)
        | ((d[at + 2] & 0xFF) << 8)
        | (d[at + 3] & 0xFF);
  }

  /**
   * Inflates zlib data without keeping the output, stopping as soon as it passes a limit.
   *
   * @return the inflated size, or {@link #OVER_LIMIT}; {@code -2} when the data is not zlib
   */
  static long inflatedSize(byte[] data, int offset, int length, long limit) {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(data, offset, length);
      byte[] sink = new byte[64 * 1024];
      long total = 0;
      while (!inflater.finished()) {
        int n = inflater.inflate(sink);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          break;
        }
        total += n;
        if (total > limit) {
          return OVER_LIMIT;
        }
      }
      return total;
    } catch (DataFormatException e) {
      return inflater.getBytesWritten() == 0 ? -2 : inflater.getBytesWritten();
    } finally {
      inflater.end();
    }
  }
}
