package vn.lienthong.core.internal.calendar;

import java.util.Arrays;

/**
 * The month table of the lunisolar calendar for Gregorian years {@value #FIRST_SPAN_YEAR}-{@value
 * #LAST_SPAN_YEAR}: the epoch day each month starts on and its label (lunar year, month, leap). The
 * shared instance is decoded on first use from {@link LunarTableData}, a compact form (five hex
 * digits a year) that {@link #encode()} produced from a table {@link #generate() generated} by the
 * formulas of {@link LunisolarRules}; a test regenerates it and fails on any difference. Decoding
 * takes well under a millisecond, where generating took 40-60 ms. Immutable after construction and
 * thread-safe. Not part of the public API.
 *
 * @since 0.1.0
 */
public final class LunarTable {

  /** The first Gregorian year whose span is in the table (it starts in December 1899). */
  public static final int FIRST_SPAN_YEAR = 1900;

  /** The last Gregorian year whose span is in the table (it ends in December 2200). */
  public static final int LAST_SPAN_YEAR = 2200;

  private static final class Holder {
    static final LunarTable INSTANCE = decode(LunarTableData.FIRST_DAY, LunarTableData.YEARS);
  }

  private final long[] starts;
  private final int[] keys;

  private LunarTable(long[] starts, int[] keys) {
    this.starts = starts;
    this.keys = keys;
  }

  /**
   * Returns the table, decoding the precomputed data on first use (about 3,700 months).
   *
   * @return the shared table
   */
  public static LunarTable instance() {
    return Holder.INSTANCE;
  }

  /**
   * Generates a table from the formulas.
   *
   * @return a new table
   */
  public static LunarTable generate() {
    long[] starts = new long[(LAST_SPAN_YEAR - FIRST_SPAN_YEAR + 1) * 13 + 1];
    int[] keys = new int[starts.length];
    int n = 0;
    LunisolarRules.Span span = null;
    for (int year = FIRST_SPAN_YEAR; year <= LAST_SPAN_YEAR; year++) {
      span = LunisolarRules.span(year);
      for (int i = 0; i < span.months(); i++) {
        starts[n] = span.starts()[i];
        keys[n] = key(span.lunarYear(i), span.monthNumber(i), span.isLeap(i));
        n++;
      }
    }
    starts[n] = span.starts()[span.months()];
    keys[n] = Integer.MAX_VALUE;
    return new LunarTable(Arrays.copyOf(starts, n + 1), Arrays.copyOf(keys, n + 1));
  }

  /**
   * Encodes the table compactly, one Gregorian year's span in five hex digits: bits 0-12 tell which
   * months have 30 days (else 29), bits 13-16 the index of the leap month (0 for none), bit 17 a
   * 13-month span. With the first month's epoch day, that is the whole table.
   *
   * @return the hex digits, {@value #LAST_SPAN_YEAR} - {@value #FIRST_SPAN_YEAR} + 1 groups of five
   * @throws IllegalStateException if a month is not 29 or 30 days long
   */
  public String encode() {
    StringBuilder out = new StringBuilder();
    int index = 0;
    for (int year = FIRST_SPAN_YEAR; year <= LAST_SPAN_YEAR; year++) {
      int first = index;
      int leap = 0;
      int lengths = 0;
      do {
        int length = length(index);
        if (length != 29 && length != 30) {
          throw new IllegalStateException("month of " + length + " days");
        }
        if (length == 30) {
          lengths |= 1 << (index - first);
        }
        if ((keys[index] & 1) != 0) {
          leap = index - first;
        }
        index++;
      } while (index < size() && !startsSpan(index));
      int months = index - first;
      int packed = lengths | leap << 13 | (months == 13 ? 1 << 17 : 0);
      out.append(String.format(java.util.Locale.ROOT, "%05x", packed));
    }
    return out.toString();
  }

  /** A span starts with the 11th month (not leap) of a lunar year. */
  private boolean startsSpan(int index) {
    return keys[index] % 32 == 22;
  }

  /**
   * Decodes a table from the form {@link #encode()} gives.
   *
   * @param firstDay the epoch day the first month starts on
   * @param years the encoded spans
   * @return the table
   * @throws IllegalArgumentException if the data is malformed
   */
  public static LunarTable decode(long firstDay, String years) {
    int count = LAST_SPAN_YEAR - FIRST_SPAN_YEAR + 1;
    if (years.length() != count * 5) {
      throw new IllegalArgumentException("expected " + count * 5 + " hex digits");
    }
    long[] starts = new long[count * 13 + 1];
    int[] keys = new int[starts.length];
    int n = 0;
    long day = firstDay;
    for (int y = 0; y < count; y++) {
      int packed = Integer.parseInt(years, y * 5, y * 5 + 5, 16);
      int months = (packed >> 17 & 1) != 0 ? 13 : 12;
      long[] spanStarts = new long[months + 1];
      for (int i = 0; i < months; i++) {
        spanStarts[i] = day;
        day += (packed >> i & 1) != 0 ? 30 : 29;
      }
      spanStarts[months] = day;
      LunisolarRules.Span span =
          new LunisolarRules.Span(FIRST_SPAN_YEAR + y, spanStarts, packed >> 13 & 0xF);
      for (int i = 0; i < months; i++) {
        starts[n] = spanStarts[i];
        keys[n] = key(span.lunarYear(i), span.monthNumber(i), span.isLeap(i));
        n++;
      }
    }
    starts[n] = day;
    keys[n] = Integer.MAX_VALUE;
    return new LunarTable(Arrays.copyOf(starts, n + 1), Arrays.copyOf(keys, n + 1));
  }

  /**
   * Packs a month label into an int ordered like the months themselves.
   *
   * @param year the lunar year
   * @param month the month, 1-12
   * @param leap whether it is the leap month
   * @return the key
   */
  public static int key(int year, int month, boolean leap) {
    return year * 32 + month * 2 + (leap ? 1 : 0);
  }

  /**
   * Returns the first epoch day covered.
   *
   * @return the epoch day of the first month start
   */
  public long firstDay() {
    return starts[0];
  }

  /**
   * Returns the epoch day after the last covered one.
   *
   * @return the end, exclusive
   */
  public long endDay() {
    return starts[starts.length - 1];
  }

  /**
   * Returns the number of months in the table.
   *
   * @return the count
   */
  public int size() {
    return starts.length - 1;
  }

  /**
   * Returns the index of the month containing an epoch day.
   *
   * @param epochDay a day in [{@link #firstDay()}, {@link #endDay()})
   * @return the month index
   */
  public int indexOfDay(long epochDay) {
    int found = Arrays.binarySearch(starts, epochDay);
    return found >= 0 ? found : -found - 2;
  }

  /**
   * Returns the index of a labelled month, or -1 if no such month is in the table.
   *
   * @param year the lunar year
   * @param month the month
   * @param leap whether the leap month is meant
   * @return the index or -1
   */
  public int indexOfMonth(int year, int month, boolean leap) {
    int found = Arrays.binarySearch(keys, 0, keys.length - 1, key(year, month, leap));
    return found >= 0 ? found : -1;
  }

  /**
   * Returns the epoch day a month starts on.
   *
   * @param index the month index
   * @return the epoch day
   */
  public long start(int index) {
    return starts[index];
  }

  /**
   * Returns the length of a month, 29 or 30 days.
   *
   * @param index the month index
   * @return the number of days
   */
  public int length(int index) {
    return (int) (starts[index + 1] - starts[index]);
  }

  /**
   * Returns the packed label of a month (see {@link #key}).
   *
   * @param index the month index
   * @return the key
   */
  public int key(int index) {
    return keys[index];
  }
}
