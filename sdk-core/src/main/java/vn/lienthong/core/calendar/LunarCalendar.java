package vn.lienthong.core.calendar;

import java.time.LocalDate;
import java.util.OptionalInt;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.internal.calendar.LunarTable;

/**
 * Converts between the Gregorian calendar and Viet Nam's lunisolar calendar (âm lịch), which is
 * computed for UTC+7 and so differs from China's (UTC+8) in some years: Tết 1985 was 21 January in
 * Viet Nam and 20 February in China, Tết 2030 is 2 February in Viet Nam and 3 February in China.
 *
 * <p>Months start on the local day of a new moon; the month containing the winter solstice is month
 * 11; in a year of 13 months the first month without a principal solar term is the leap month
 * (tháng nhuận). Conversions use a month table generated on first use from the astronomical
 * formulas of Jean Meeus' <i>Astronomical Algorithms</i> (new moons, chapter 49; the sun's
 * longitude, chapter 25), covering {@link CalendarDates#MIN} to {@link CalendarDates#MAX}.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * LunarDate d = LunarCalendar.toLunar(LocalDate.of(2023, 3, 22)); // 2023-02L-01
 * LocalDate tet = LunarCalendar.newYear(2026);                     // 2026-02-17
 * }</pre>
 *
 * @since 0.1.0
 */
public final class LunarCalendar {

  private LunarCalendar() {}

  /**
   * Converts a solar date to the lunar calendar.
   *
   * @param date the date, within {@link CalendarDates#MIN}-{@link CalendarDates#MAX}
   * @return the lunar date
   * @throws NullPointerException if {@code date} is null
   * @throws InvalidInputException with {@link CoreErrorCode#DATE_OUT_OF_RANGE} outside the range
   */
  public static LunarDate toLunar(LocalDate date) {
    CalendarDates.checkRange("date", date);
    LunarTable table = LunarTable.instance();
    int index = table.indexOfDay(date.toEpochDay());
    int key = table.key(index);
    return new LunarDate(
        key >> 5,
        (key >> 1) & 15,
        (int) (date.toEpochDay() - table.start(index)) + 1,
        (key & 1) == 1);
  }

  /**
   * Converts a lunar date to the solar calendar.
   *
   * @param date the lunar date
   * @return the solar date
   * @throws NullPointerException if {@code date} is null
   * @throws InvalidInputException with {@link CoreErrorCode#LUNAR_NO_SUCH_LEAP_MONTH} if the year
   *     has no such leap month, {@link CoreErrorCode#LUNAR_DAY_NOT_IN_MONTH} for day 30 of a 29-day
   *     month, {@link CoreErrorCode#DATE_OUT_OF_RANGE} outside the covered range
   */
  public static LocalDate toSolar(LunarDate date) {
    LunarTable table = LunarTable.instance();
    int index = table.indexOfMonth(date.year(), date.month(), date.leap());
    if (index < 0) {
      if (date.leap() && table.indexOfMonth(date.year(), date.month(), false) >= 0) {
        throw new InvalidInputException(
            CoreErrorCode.LUNAR_NO_SUCH_LEAP_MONTH,
            ErrorDetails.field("lunarDate")
                .rule("lunar-date.leap-month")
                .rejectedValue(date.toString())
                .with("year", date.year())
                .with("month", date.month())
                .with("leapMonth", leapMonthText(date.year())));
      }
      throw outOfRange(date);
    }
    int length = table.length(index);
    if (date.day() > length) {
      throw new InvalidInputException(
          CoreErrorCode.LUNAR_DAY_NOT_IN_MONTH,
          ErrorDetails.field("lunarDate")
              .rule("lunar-date.day-of-month")
              .rejectedValue(date.toString())
              .with("days", length));
    }
    LocalDate solar = LocalDate.ofEpochDay(table.start(index) + date.day() - 1);
    if (solar.isBefore(CalendarDates.MIN) || solar.isAfter(CalendarDates.MAX)) {
      throw outOfRange(date);
    }
    return solar;
  }

  /**
   * Returns the leap month of a lunar year, if it has one.
   *
   * @param lunarYear the lunar year, 1900-2199
   * @return the number of the month the leap month repeats, or empty
   * @throws InvalidInputException with {@link CoreErrorCode#DATE_OUT_OF_RANGE} outside 1900-2199
   */
  public static OptionalInt leapMonth(int lunarYear) {
    checkYear(lunarYear);
    LunarTable table = LunarTable.instance();
    int first = table.indexOfMonth(lunarYear, 1, false);
    int last = table.indexOfMonth(lunarYear, 12, false);
    for (int i = first; i <= last + 1 && i < table.size(); i++) {
      int key = table.key(i);
      if ((key & 1) == 1 && key >> 5 == lunarYear) {
        return OptionalInt.of((key >> 1) & 15);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * Returns the number of days of a lunar month, 29 or 30.
   *
   * @param lunarYear the lunar year, 1900-2199
   * @param month the month, 1-12
   * @param leap whether the leap month is meant
   * @return the number of days
   * @throws InvalidInputException with {@link CoreErrorCode#LUNAR_NO_SUCH_LEAP_MONTH} if the year
   *     has no such leap month, {@link CoreErrorCode#DATE_OUT_OF_RANGE} outside 1900-2199
   */
  public static int monthLength(int lunarYear, int month, boolean leap) {
    checkYear(lunarYear);
    LocalDate first = toSolar(new LunarDate(lunarYear, month, 1, leap));
    return LunarTable.instance().length(LunarTable.instance().indexOfDay(first.toEpochDay()));
  }

  /**
   * Returns the solar date of Tết Nguyên đán (the lunar new year, 1st day of month 1).
   *
   * @param lunarYear the lunar year, 1900-2199
   * @return the solar date
   * @throws InvalidInputException with {@link CoreErrorCode#DATE_OUT_OF_RANGE} outside 1900-2199
   */
  public static LocalDate newYear(int lunarYear) {
    checkYear(lunarYear);
    return toSolar(LunarDate.of(lunarYear, 1, 1));
  }

  private static String leapMonthText(int year) {
    if (year < 1900 || year > 2199) {
      return "-";
    }
    OptionalInt leap = leapMonth(year);
    return leap.isPresent() ? Integer.toString(leap.getAsInt()) : "-";
  }

  private static void checkYear(int lunarYear) {
    if (lunarYear < 1900 || lunarYear > 2199) {
      throw new InvalidInputException(
          CoreErrorCode.DATE_OUT_OF_RANGE,
          ErrorDetails.field("lunarYear")
              .rule("lunar-date.year-range")
              .rejectedValue(Integer.toString(lunarYear))
              .with("min", 1900)
              .with("max", 2199));
    }
  }

  private static InvalidInputException outOfRange(LunarDate date) {
    return new InvalidInputException(
        CoreErrorCode.DATE_OUT_OF_RANGE,
        ErrorDetails.field("lunarDate")
            .rule("lunar-date.calendar-range")
            .rejectedValue(date.toString())
            .with("min", CalendarDates.MIN)
            .with("max", CalendarDates.MAX));
  }
}
