package vn.lienthong.core.internal.admin;

import java.util.Arrays;

/**
 * Units grouped by name key ({@link NameKeys#baseKey}): the distinct keys in {@link String} order,
 * and for each key the indexes of its units in list order. Precomputed by the data step, so that
 * loading folds no name; a key is found by binary search. Immutable and thread-safe. Not part of
 * the public API.
 */
final class NameIndex {

  private final String[] keys;
  private final short[] starts;
  private final short[] members;

  /**
   * Creates an index from its checked columns.
   *
   * @param keys distinct keys in increasing order
   * @param starts {@code keys.length + 1} group starts into {@code members}, increasing
   * @param members the unit indexes, each once, increasing within a group
   */
  NameIndex(String[] keys, short[] starts, short[] members) {
    this.keys = keys;
    this.starts = starts;
    this.members = members;
  }

  /** Returns the group of a key, or a negative number when no unit has it. */
  int find(String key) {
    return Arrays.binarySearch(keys, key);
  }

  int groups() {
    return keys.length;
  }

  String key(int group) {
    return keys[group];
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
