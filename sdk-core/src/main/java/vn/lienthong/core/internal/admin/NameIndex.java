package vn.lienthong.core.internal.admin;

import java.nio.charset.StandardCharsets;

/**
 * Units grouped by name key ({@link NameKeys#baseKey}): the distinct keys as ASCII bytes in
 * increasing order, and for each key the indexes of its units in list order. Precomputed by the
 * data step, so that loading folds no name and makes no key string; a key is found by binary search
 * over the bytes. Immutable and thread-safe. Not part of the public API.
 */
final class NameIndex {

  private final byte[] keyBytes;
  private final int[] keyEnds;
  private final short[] starts;
  private final short[] members;

  /**
   * Creates an index from its checked columns.
   *
   * @param keyBytes the distinct keys, ASCII, in increasing order
   * @param keyEnds each key's end offset in {@code keyBytes}
   * @param starts {@code keyEnds.length + 1} group starts into {@code members}, increasing
   * @param members the unit indexes, each once, increasing within a group
   */
  NameIndex(byte[] keyBytes, int[] keyEnds, short[] starts, short[] members) {
    this.keyBytes = keyBytes;
    this.keyEnds = keyEnds;
    this.starts = starts;
    this.members = members;
  }

  /** Returns the group of a key, or a negative number when no unit has it. */
  int find(String key) {
    int low = 0;
    int high = keyEnds.length - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int c = compare(key, mid);
      if (c > 0) {
        low = mid + 1;
      } else if (c < 0) {
        high = mid - 1;
      } else {
        return mid;
      }
    }
    return -(low + 1);
  }

  /** Compares a key with a group's key in {@link String#compareTo} order. */
  private int compare(String key, int group) {
    int start = group == 0 ? 0 : keyEnds[group - 1];
    int length = keyEnds[group] - start;
    int n = Math.min(key.length(), length);
    for (int i = 0; i < n; i++) {
      int d = key.charAt(i) - (keyBytes[start + i] & 0xFF);
      if (d != 0) {
        return d;
      }
    }
    return key.length() - length;
  }

  int groups() {
    return keyEnds.length;
  }

  String key(int group) {
    int start = group == 0 ? 0 : keyEnds[group - 1];
    return new String(keyBytes, start, keyEnds[group] - start, StandardCharsets.US_ASCII);
  }

  int start(int group) {
    return starts[group] & 0xFFFF;
  }

  int end(int group) {
    return starts[group + 1] & 0xFFFF;
  }

  int member(int i) {
    return members[i] & 0xFFFF;
  }
}
