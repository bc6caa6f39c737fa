package vn.lienthong.core.internal.admin;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Old (pre-2025) codes and the new units each went into, in parallel primitive arrays sorted by old
 * code; old names stay UTF-8 in the shared string table and are decoded only when asked for.
 * Immutable and thread-safe. Not part of the public API.
 */
final class LegacyTable {

  private final int codeDigits;
  private final int[] oldCodes;
  private final int[] nameIds;
  private final int[] firstTarget;
  private final short[] targets;
  private final boolean[] full;
  private final byte[] blob;
  private final int[] ends;

  private LegacyTable(Builder b, int codeDigits) {
    this.codeDigits = codeDigits;
    this.oldCodes = Arrays.copyOf(b.oldCodes, b.units);
    this.nameIds = Arrays.copyOf(b.nameIds, b.units);
    this.firstTarget = Arrays.copyOf(b.firstTarget, b.units + 1);
    this.firstTarget[b.units] = b.targetCount;
    this.targets = Arrays.copyOf(b.targets, b.targetCount);
    this.full = Arrays.copyOf(b.full, b.targetCount);
    this.blob = b.blob;
    this.ends = b.ends;
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
    int id = nameIds[position];
    int start = id == 0 ? 0 : ends[id - 1];
    return new String(blob, start, ends[id] - start, StandardCharsets.UTF_8);
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
    return full[t];
  }

  /** Collects the table while the resource is read. */
  static final class Builder {
    private final int[] oldCodes;
    private final int[] nameIds;
    private final int[] firstTarget;
    private short[] targets;
    private boolean[] full;
    private final byte[] blob;
    private final int[] ends;
    private int units;
    private int targetCount;

    Builder(int capacity, byte[] blob, int[] ends) {
      this.oldCodes = new int[capacity];
      this.nameIds = new int[capacity];
      this.firstTarget = new int[capacity + 1];
      this.targets = new short[capacity + 16];
      this.full = new boolean[capacity + 16];
      this.blob = blob;
      this.ends = ends;
    }

    void unit(int oldCode, int nameId) {
      if (units > 0 && oldCode <= oldCodes[units - 1]) {
        throw new IllegalArgumentException("legacy codes not sorted at " + oldCode);
      }
      oldCodes[units] = oldCode;
      nameIds[units] = nameId;
      firstTarget[units] = targetCount;
      units++;
    }

    void target(int newIndex, boolean isFull) {
      if (units == 0) {
        throw new IllegalArgumentException("target before unit");
      }
      if (targetCount == targets.length) {
        targets = Arrays.copyOf(targets, targetCount * 2);
        full = Arrays.copyOf(full, targetCount * 2);
      }
      targets[targetCount] = (short) newIndex;
      full[targetCount] = isFull;
      targetCount++;
    }

    LegacyTable build(int codeDigits) {
      return new LegacyTable(this, codeDigits);
    }
  }
}
