package vn.lienthong.core.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.time.chrono.IsoChronology;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.internal.InputChecks;

/**
 * Strict parsing of solar dates and the range the calendar covers. Stateless and thread-safe.
 *
 * <pre>{@code
 * LocalDate d = CalendarDates.parse("receivedOn", "2026-02-09");
 * CalendarDates.parse("receivedOn", "2025-02-30"); // LT-CORE-0502
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CalendarDates {

  /** The first date the calendar covers. */
  public static final LocalDate MIN = LocalDate.of(1900, 1, 1);

  /** The last date the calendar covers. */
  public static final LocalDate MAX = LocalDate.of(2199, 12, 31);

  private static final int DATE_LENGTH = 10;

  private static final InputChecks.Alphabet DATE_ALPHABET = new DateAlphabet();

  private CalendarDates() {}

  /**
   * Parses a date written {@code yyyy-MM-dd} within {@link #MIN}-{@link #MAX}.
   *
   * @param field the field name used in errors
   * @param raw the text
   * @return the date
   * @throws NullPointerException if an argument is null
   * @throws InvalidInputException with {@link CoreErrorCode#DATE_FORMAT}, {@link
   *     CoreErrorCode#DATE_NOT_IN_CALENDAR} or {@link CoreErrorCode#DATE_OUT_OF_RANGE}, or a
   *     general input code for empty, too long or odd characters
   */
  public static LocalDate parse(String field, String raw) {
    String text = InputChecks.token(field, raw, DATE_LENGTH, DATE_ALPHABET);
    if (text.length() != DATE_LENGTH || text.charAt(4) != '-' || text.charAt(7) != '-') {
      throw formatError(field, text);
    }
    int year = number(field, text, 0, 4);
    int month = number(field, text, 5, 7);
    int day = number(field, text, 8, 10);
    if (month < 1 || month > 12 || day < 1) {
      throw new InvalidInputException(
          CoreErrorCode.DATE_NOT_IN_CALENDAR,
          ErrorDetails.field(field)
              .rule(month < 1 || month > 12 ? "date.month-range" : "date.day-range")
              .rejectedValue(text)
              .with("days", month < 1 || month > 12 ? 0 : lengthOfMonth(year, month)));
    }
    int days = lengthOfMonth(year, month);
    if (day > days) {
      throw new InvalidInputException(
          CoreErrorCode.DATE_NOT_IN_CALENDAR,
          ErrorDetails.field(field)
              .rule("date.day-of-month")
              .rejectedValue(text)
              .with("days", days));
    }
    return checkRange(field, LocalDate.of(year, month, day));
  }

  /**
   * Checks that a date is within {@link #MIN}-{@link #MAX}.
   *
   * @param field the field name used in errors
   * @param date the date
   * @return the date
   * @throws NullPointerException if an argument is null
   * @throws InvalidInputException with {@link CoreErrorCode#DATE_OUT_OF_RANGE} otherwise
   */
  public static LocalDate checkRange(String field, LocalDate date) {
    if (date.isBefore(MIN) || date.isAfter(MAX)) {
      throw new InvalidInputException(
          CoreErrorCode.DATE_OUT_OF_RANGE,
          ErrorDetails.field(field)
              .rule("date.calendar-range")
              .rejectedValue(date.toString())
              .with("min", MIN)
              .with("max", MAX));
    }
    return date;
  }

  /**
   * Month length without {@code YearMonth} or {@code Year}, whose classes build date-time
   * formatters.
   */
  private static int lengthOfMonth(int year, int month) {
    return Month.of(month).length(IsoChronology.INSTANCE.isLeapYear(year));
  }

  private static int number(String field, String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw formatError(field, text);
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static InvalidInputException formatError(String field, String text) {
    return new InvalidInputException(
        CoreErrorCode.DATE_FORMAT,
        ErrorDetails.field(field).rule("date.iso-format").rejectedValue(text));
  }

  private static final class DateAlphabet implements InputChecks.Alphabet {
    @Override
    public boolean allows(char c) {
      return (c >= '0' && c <= '9') || c == '-';
    }

    @Override
    public String description() {
      return "digits 0-9 and '-'";
    }
  }
}
