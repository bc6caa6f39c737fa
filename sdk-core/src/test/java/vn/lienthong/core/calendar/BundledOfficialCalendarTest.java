package vn.lienthong.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The announced 2025 and 2026 civil-service calendars, as bundled (sources in {@code
 * official-calendar.txt}): days off, swapped weekdays and make-up Saturdays.
 */
class BundledOfficialCalendarTest {

  private static final WorkingCalendar CALENDAR = WorkingCalendar.create();

  @ParameterizedTest(name = "{0} working: {1} ({2})")
  @CsvSource({
    "2025-01-24, true,  Friday before the Tết Ất Tỵ break",
    "2025-01-27, false, Tết Ất Tỵ break",
    "2025-02-03, true,  first day back after Tết Ất Tỵ",
    "2025-02-08, false, Saturday: no make-up day after Tết Ất Tỵ",
    "2025-04-07, false, Hùng Kings day (Monday)",
    "2025-04-26, true,  make-up Saturday for Friday 2 May",
    "2025-05-02, false, swapped Friday",
    "2025-09-01, false, National Day adjacent day",
    "2026-01-02, false, swapped Friday after New Year",
    "2026-01-10, true,  make-up Saturday for Friday 2 January",
    "2026-02-13, true,  Friday before the Tết Bính Ngọ break",
    "2026-02-16, false, Tết Bính Ngọ break",
    "2026-02-23, true,  first day back after Tết Bính Ngọ",
    "2026-04-27, false, Hùng Kings compensatory Monday",
    "2026-08-22, true,  make-up Saturday for Monday 31 August",
    "2026-08-31, false, swapped Monday before National Day",
    "2026-09-01, false, National Day adjacent day",
    "2026-09-03, true,  Thursday after National Day"
  })
  void followsTheAnnouncedCalendar(LocalDate date, boolean working, String why) {
    assertThat(CALENDAR.isWorkingDay(date)).as(why).isEqualTo(working);
  }
}
