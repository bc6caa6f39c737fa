package vn.lienthong.core.internal.calendar;

import java.time.LocalDate;

/**
 * The rules of the Vietnamese lunisolar calendar, computed directly from {@link Astronomy} for the
 * time zone UTC+7: a month starts on the local day of a new moon; the month containing the winter
 * solstice (sun at 270°) is month 11; when 13 months separate two months 11, the first month after
 * month 11 without a principal term (the sun's longitude crossing a multiple of 30°) is a leap
 * month and repeats the number of the month before it. Stateless and thread-safe. Not part of the
 * public API.
 *
 * @since 0.1.0
 */
public final class LunisolarRules {

  /** The offset of Viet Nam's calendar from UTC, in days (7 hours). */
  public static final double ZONE_OFFSET_DAYS = 7.0 / 24.0;

  private LunisolarRules() {}

  /**
   * The months between two winter-solstice months: those of month 11 of the previous year up to,
   * excluding, month 11 of {@code gregorianYear}.
   *
   * @param gregorianYear the Gregorian year whose December holds the closing month 11
   * @param starts the epoch days of the month starts, one more than the number of months
   * @param leapIndex the index in {@code starts} of the leap month, or 0 if none
   */
  public record Span(int gregorianYear, long[] starts, int leapIndex) {

    /**
     * Returns the number of months in the span, 12 or 13.
     *
     * @return the number of months
     */
    public int months() {
      return starts.length - 1;
    }

    /**
     * Returns the month number (1-12) of the month at an index.
     *
     * @param index the index, 0 for month 11
     * @return the month number
     */
    public int monthNumber(int index) {
      int ordinal = leapIndex != 0 && index >= leapIndex ? index - 1 : index;
      return (ordinal + 10) % 12 + 1;
    }

    /**
     * Tells whether the month at an index is the leap month.
     *
     * @param index the index
     * @return true for the leap month
     */
    public boolean isLeap(int index) {
      return leapIndex != 0 && index == leapIndex;
    }

    /**
     * Returns the lunar year of the month at an index.
     *
     * @param index the index
     * @return the lunar year, {@code gregorianYear - 1} for months 11 and 12
     */
    public int lunarYear(int index) {
      int ordinal = leapIndex != 0 && index >= leapIndex ? index - 1 : index;
      return ordinal < 2 ? gregorianYear - 1 : gregorianYear;
    }
  }

  /**
   * Computes the span of months that ends with month 11 in December of a Gregorian year.
   *
   * @param gregorianYear the year
   * @return the span
   */
  public static Span span(int gregorianYear) {
    long first = month11Lunation(gregorianYear - 1);
    long last = month11Lunation(gregorianYear);
    int months = (int) (last - first);
    long[] starts = new long[months + 1];
    for (int i = 0; i <= months; i++) {
      starts[i] = newMoonDay(first + i);
    }
    int leapIndex = 0;
    if (months == 13) {
      int previous = sector(starts[1]);
      for (int i = 1; i < 13; i++) {
        int next = sector(starts[i + 1]);
        if (next == previous) {
          leapIndex = i;
          break;
        }
        previous = next;
      }
    }
    return new Span(gregorianYear, starts, leapIndex);
  }

  /**
   * Returns the local (UTC+7) epoch day on which the new moon with lunation number k falls.
   *
   * @param k Meeus' lunation number
   * @return the epoch day
   */
  public static long newMoonDay(long k) {
    return (long)
        Math.floor(
            Astronomy.newMoonUniversal(k) + ZONE_OFFSET_DAYS - Astronomy.UNIX_EPOCH_JULIAN_DAY);
  }

  /**
   * Returns the 30° sector (0-11) of the sun's longitude at local midnight starting a day.
   *
   * @param epochDay the day
   * @return the sector
   */
  public static int sector(long epochDay) {
    double julianDay = epochDay + Astronomy.UNIX_EPOCH_JULIAN_DAY - ZONE_OFFSET_DAYS;
    return (int) (Astronomy.sunLongitude(julianDay) / 30.0);
  }

  /**
   * Returns the lunation number of month 11 of a Gregorian year: the last new moon whose local day
   * is not after the local day of the winter solstice.
   *
   * @param gregorianYear the year
   * @return the lunation number
   */
  public static long month11Lunation(int gregorianYear) {
    long dec31 = LocalDate.of(gregorianYear, 12, 31).toEpochDay();
    long k =
        (long)
            Math.floor(
                (dec31 + Astronomy.UNIX_EPOCH_JULIAN_DAY - 2451550.09766)
                    / Astronomy.SYNODIC_MONTH);
    while (newMoonDay(k + 1) <= dec31) {
      k++;
    }
    while (newMoonDay(k) > dec31) {
      k--;
    }
    // The month starting at k holds the solstice unless the sun is already past 270° that day.
    return sector(newMoonDay(k)) >= 9 ? k - 1 : k;
  }

  /**
   * Converts a solar date to a lunar one by direct computation, without any table: the baseline the
   * table is generated from and checked against.
   *
   * @param date the date
   * @return {year, month, day, leap (0 or 1)}
   */
  public static int[] toLunarDirect(LocalDate date) {
    long day = date.toEpochDay();
    Span span = span(date.getYear());
    if (day >= span.starts()[span.months()]) {
      span = span(date.getYear() + 1);
    }
    long[] starts = span.starts();
    int index = span.months() - 1;
    while (starts[index] > day) {
      index--;
    }
    return new int[] {
      span.lunarYear(index),
      span.monthNumber(index),
      (int) (day - starts[index]) + 1,
      span.isLeap(index) ? 1 : 0
    };
  }
}
