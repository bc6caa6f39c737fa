package vn.lienthong.core.calendar;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.LienThongException;

class CalendarBadInputTest {

  private static void assertCode(Runnable action, CoreErrorCode code) {
    assertThatThrownBy(action::run)
        .isInstanceOf(LienThongException.class)
        .satisfies(
            e ->
                org.assertj.core.api.Assertions.assertThat(((LienThongException) e).errorCode())
                    .isEqualTo(code));
  }

  @Test
  void rejects30February2025() {
    assertCode(
        () -> CalendarDates.parse("receivedOn", "2025-02-30"), CoreErrorCode.DATE_NOT_IN_CALENDAR);
    assertCode(
        () -> CalendarDates.parse("receivedOn", "2025-13-01"), CoreErrorCode.DATE_NOT_IN_CALENDAR);
    assertCode(() -> CalendarDates.parse("receivedOn", "2025-2-3"), CoreErrorCode.DATE_FORMAT);
    assertCode(
        () -> CalendarDates.parse("receivedOn", "2025/02/03"), CoreErrorCode.UNEXPECTED_CHARACTER);
    assertCode(
        () -> CalendarDates.parse("receivedOn", "1899-12-31"), CoreErrorCode.DATE_OUT_OF_RANGE);
    assertCode(() -> CalendarDates.parse("receivedOn", ""), CoreErrorCode.REQUIRED);
    assertCode(() -> CalendarDates.parse("receivedOn", "2025-02-300000"), CoreErrorCode.TOO_LONG);
  }

  @Test
  void rejectsLeapMonthInAYearWithoutOne() {
    assertCode(
        () -> LunarCalendar.toSolar(LunarDate.ofLeapMonth(2024, 4, 1)),
        CoreErrorCode.LUNAR_NO_SUCH_LEAP_MONTH);
    // 2023 has a leap 2nd month, not a leap 3rd month.
    assertCode(
        () -> LunarCalendar.toSolar(LunarDate.ofLeapMonth(2023, 3, 1)),
        CoreErrorCode.LUNAR_NO_SUCH_LEAP_MONTH);
  }

  @Test
  void rejectsDay30OfA29DayMonthAndOutOfRangeFields() {
    int year = 2026;
    int shortMonth = 1;
    while (LunarCalendar.monthLength(year, shortMonth, false) == 30) {
      shortMonth++;
    }
    int month = shortMonth;
    assertCode(
        () -> LunarCalendar.toSolar(LunarDate.of(year, month, 30)),
        CoreErrorCode.LUNAR_DAY_NOT_IN_MONTH);
    assertCode(() -> LunarDate.of(2026, 13, 1), CoreErrorCode.LUNAR_DAY_NOT_IN_MONTH);
    assertCode(() -> LunarDate.of(2026, 1, 31), CoreErrorCode.LUNAR_DAY_NOT_IN_MONTH);
    assertCode(
        () -> LunarCalendar.toSolar(LunarDate.of(2300, 1, 1)), CoreErrorCode.DATE_OUT_OF_RANGE);
    assertCode(
        () -> LunarCalendar.toLunar(LocalDate.of(2200, 1, 1)), CoreErrorCode.DATE_OUT_OF_RANGE);
    assertCode(() -> LunarCalendar.leapMonth(1899), CoreErrorCode.DATE_OUT_OF_RANGE);
  }

  @Test
  void rejectsBadWorkingDayCounts() {
    assertCode(() -> ProcessingDeadline.workingDays(0), CoreErrorCode.WORKING_DAYS_OUT_OF_RANGE);
    assertCode(
        () -> ProcessingDeadline.workingDays(ProcessingDeadline.MAX_WORKING_DAYS + 1),
        CoreErrorCode.WORKING_DAYS_OUT_OF_RANGE);
    assertCode(
        () -> WorkingCalendar.create().addWorkingDays(LocalDate.of(2026, 1, 5), -1),
        CoreErrorCode.WORKING_DAYS_OUT_OF_RANGE);
    assertCode(
        () -> WorkingCalendar.create().addWorkingDays(LocalDate.of(2199, 12, 1), 100),
        CoreErrorCode.DATE_OUT_OF_RANGE);
  }

  @Test
  void rejectsBadOfficialCalendarLines() {
    assertCode(
        () -> OfficialCalendar.parse("f", "2026-02-30 off"), CoreErrorCode.DATE_NOT_IN_CALENDAR);
    assertCode(
        () -> OfficialCalendar.parse("f", "2026-02-03 holiday"),
        CoreErrorCode.OFFICIAL_CALENDAR_SYNTAX);
    assertCode(
        () -> OfficialCalendar.parse("f", "2026-02-03"), CoreErrorCode.OFFICIAL_CALENDAR_SYNTAX);
    assertCode(
        () -> OfficialCalendar.parse("f", "2026-03-03..2026-02-03 off"),
        CoreErrorCode.OFFICIAL_CALENDAR_SYNTAX);
    assertCode(
        () -> OfficialCalendar.parse("f", "2026-01-01..2026-12-31 off"),
        CoreErrorCode.OFFICIAL_CALENDAR_SYNTAX);
    assertCode(
        () -> OfficialCalendar.parse("f", "year 2026"), CoreErrorCode.OFFICIAL_CALENDAR_SYNTAX);
    assertCode(
        () -> OfficialCalendar.parse("f", "x".repeat(OfficialCalendar.MAX_CHARACTERS + 1)),
        CoreErrorCode.TOO_LONG);
    assertThatThrownBy(() -> OfficialCalendar.parse("f", "2026-01-01 off x".repeat(40)))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void rejectsBadOfficeHours() {
    assertThatThrownBy(() -> WorkingCalendar.builder().officeHours(List.of()).build())
        .isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(
            () ->
                WorkingCalendar.builder()
                    .officeHours(
                        List.of(
                            OfficePeriod.of("13:00", "17:00"), OfficePeriod.of("07:30", "11:30")))
                    .build())
        .isInstanceOf(ConfigurationException.class);
  }

  @Test
  void parseNullThrowsNullPointerException() {
    assertThatThrownBy(() -> CalendarDates.parse("f", null))
        .isInstanceOf(NullPointerException.class);
  }
}
