package vn.lienthong.core.internal.calendar;

import java.util.Arrays;

/**
 * The month table of the lunisolar calendar, generated once (lazily, on first use) by {@link
 * LunisolarRules} for Gregorian years {@value #FIRST_SPAN_YEAR}-{@value #LAST_SPAN_YEAR}: the epoch
 * day each month starts on and its label (lunar year, month, leap). Immutable after construction
 * and thread-safe. Not part of the public API.
 *
 * @since 0.1.0
 */
public final class LunarTable {

  /** The first Gregorian year whose span is in the table (it starts in December 1899). */
  public static final int FIRST_SPAN_YEAR = 1900;

  /** The last Gregorian year whose span is in the table (it ends in December 2200). */
  public static final int LAST_SPAN_YEAR = 2200;

  private static final class Holder {
    static final LunarTable INSTANCE = generate();
  }

  private final long[] starts;
  private final int[] keys;

  private LunarTable(long[] starts, int[] keys) {
    this.starts = starts;
    this.keys = keys;
  }

  /**
   * Returns the table, generating it on first use (about 3,700 months).
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
