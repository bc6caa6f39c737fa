package vn.lienthong.core.internal.admin;

import java.util.Arrays;

/**
 * Old (pre-2025) codes and the new units each went into, in parallel primitive arrays sorted by old
 * code, read column by column from the resource; old names stay bytes in the shared string table
 * and are decoded only when asked for. Immutable and thread-safe. Not part of the public API.
 */
final class LegacyTable {

  private final int codeDigits;
  private final int[] oldCodes;
  private final int[] nameIds;
  private final int[] firstTarget;
  private final short[] targets;
  private final byte[] full;
  private final StringTable strings;

  /**
   * Creates a table from its checked columns.
   *
   * @param codeDigits the width of an old code
   * @param oldCodes old codes, increasing
   * @param nameIds string ids of the old names
   * @param firstTarget {@code oldCodes.length + 1} starts into {@code targets}, non-decreasing
   * @param targets indexes of new units
   * @param full non-zero where the old unit went wholly into the target
   * @param strings the string table holding the old names
   */
  LegacyTable(
      int codeDigits,
      int[] oldCodes,
      int[] nameIds,
      int[] firstTarget,
      short[] targets,
      byte[] full,
      StringTable strings) {
    this.codeDigits = codeDigits;
    this.oldCodes = oldCodes;
    this.nameIds = nameIds;
    this.firstTarget = firstTarget;
    this.targets = targets;
    this.full = full;
    this.strings = strings;
  }

  /** Returns the position of an old code, or a negative number when unknown. */
  int find(int oldCode) {
    return Arrays.binarySearch(oldCodes, oldCode);
  }

  int size() {
    return oldCodes.length;
  }

  String oldCode(int position) {
    String s = Integer.toString(oldCodes[position]);
    return "0".repeat(Math.max(0, codeDigits - s.length())) + s;
  }

  String oldName(int position) {
    return strings.get(nameIds[position]);
  }

  int firstTarget(int position) {
    return firstTarget[position];
  }

  int endTarget(int position) {
    return firstTarget[position + 1];
  }

  int target(int t) {
    return targets[t] & 0xFFFF;
  }

  boolean full(int t) {
    return full[t] != 0;
  }
}
