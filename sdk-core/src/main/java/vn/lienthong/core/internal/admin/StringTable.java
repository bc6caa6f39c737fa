package vn.lienthong.core.internal.admin;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The resource's shared strings: one byte array and each string's end offset. A string whose
 * characters all fit in Latin-1 is stored in Latin-1 (flagged by the end offset's top bit), so that
 * it is copied rather than decoded; the others are UTF-8. Immutable and thread-safe. Not part of
 * the public API.
 */
final class StringTable {

  /** The end-offset bit that marks a Latin-1 string. */
  static final int LATIN1 = 0x8000_0000;

  private final byte[] bytes;
  private final int[] ends;

  /**
   * Creates a table and checks its offsets.
   *
   * @param bytes the strings' bytes
   * @param ends each string's end offset, with {@link #LATIN1} where the string is Latin-1
   * @throws IllegalArgumentException if an offset decreases or passes the end of {@code bytes}
   */
  StringTable(byte[] bytes, int[] ends) {
    int previous = 0;
    for (int e : ends) {
      int end = e & ~LATIN1;
      if (end < previous || end > bytes.length) {
        throw new IllegalArgumentException("string table offset " + end);
      }
      previous = end;
    }
    this.bytes = bytes;
    this.ends = ends;
  }

  int size() {
    return ends.length;
  }

  /**
   * Checks a string id.
   *
   * @throws IllegalArgumentException if there is no such string
   */
  int check(int id) {
    if (id < 0 || id >= ends.length) {
      throw new IllegalArgumentException("string " + id);
    }
    return id;
  }

  /**
   * Returns a string.
   *
   * @throws IllegalArgumentException if there is no such string
   */
  String get(int id) {
    int e = ends[check(id)];
    int start = id == 0 ? 0 : ends[id - 1] & ~LATIN1;
    Charset charset = e < 0 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8;
    return new String(bytes, start, (e & ~LATIN1) - start, charset);
  }
}
