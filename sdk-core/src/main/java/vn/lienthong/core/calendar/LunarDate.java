package vn.lienthong.core.calendar;

import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;

/**
 * A date of the Vietnamese lunisolar calendar (âm lịch): lunar year, month 1-12, day 1-30 and
 * whether the month is the year's leap month (tháng nhuận). The fields are checked for their ranges
 * only; whether the year has that leap month or the month has a 30th day is checked by {@link
 * LunarCalendar#toSolar(LunarDate)}. Immutable and thread-safe.
 *
 * <pre>{@code
 * LunarDate tet = LunarDate.of(2026, 1, 1);
 * LocalDate day = LunarCalendar.toSolar(tet); // 2026-02-17
 * }</pre>
 *
 * @param year the lunar year, numbered like the Gregorian year in which it mostly falls
 * @param month the month, 1-12
 * @param day the day of the month, 1-30
 * @param leap whether the month is the leap month that repeats {@code month}
 * @since 0.1.0
 */
public record LunarDate(int year, int month, int day, boolean leap) {

  /**
   * Checks the ranges of the fields.
   *
   * @param year the lunar year
   * @param month the month
   * @param day the day
   * @param leap whether the month is the leap month
   * @throws InvalidInputException with {@link CoreErrorCode#LUNAR_DAY_NOT_IN_MONTH} if the month is
   *     not 1-12 or the day not 1-30
   */
  public LunarDate {
    if (month < 1 || month > 12 || day < 1 || day > 30) {
      throw new InvalidInputException(
          CoreErrorCode.LUNAR_DAY_NOT_IN_MONTH,
          ErrorDetails.field("lunarDate")
              .rule(month < 1 || month > 12 ? "lunar-date.month-range" : "lunar-date.day-range")
              .rejectedValue(year + "-" + month + "-" + day)
              .with("days", 30));
    }
  }

  /**
   * Returns the date in an ordinary (not leap) month.
   *
   * @param year the lunar year
   * @param month the month, 1-12
   * @param day the day, 1-30
   * @return the date
   * @throws InvalidInputException if the month or day is out of range
   */
  public static LunarDate of(int year, int month, int day) {
    return new LunarDate(year, month, day, false);
  }

  /**
   * Returns the date in the leap month repeating {@code month}.
   *
   * @param year the lunar year
   * @param month the month the leap month repeats, 1-12
   * @param day the day, 1-30
   * @return the date
   * @throws InvalidInputException if the month or day is out of range
   */
  public static LunarDate ofLeapMonth(int year, int month, int day) {
    return new LunarDate(year, month, day, true);
  }

  /**
   * Returns the date as {@code yyyy-MM-dd}, with {@code L} after the month of a leap month ({@code
   * 2023-02L-01}).
   *
   * @return the text
   */
  @Override
  public String toString() {
    return String.format("%04d-%02d%s-%02d", year, month, leap ? "L" : "", day);
  }
}
