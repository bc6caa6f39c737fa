package vn.lienthong.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of the calendar: lunar round trip, and working-day arithmetic agreeing with counting.
 */
class CalendarPropertiesTest {

  private static final WorkingCalendar CALENDAR = WorkingCalendar.create();

  private static Gen<LocalDate> dates() {
    return longs()
        .between(CalendarDates.MIN.toEpochDay(), CalendarDates.MAX.toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  private static Gen<LocalDate> datesBefore2190() {
    return longs()
        .between(CalendarDates.MIN.toEpochDay(), LocalDate.of(2190, 1, 1).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Test
  void solarToLunarAndBackIsIdentityOverTheRange() {
    qt().withExamples(20_000)
        .forAll(dates())
        .checkAssert(d -> assertThat(LunarCalendar.toSolar(LunarCalendar.toLunar(d))).isEqualTo(d));
  }

  @Test
  void consecutiveDaysAreConsecutiveLunarDaysOrAMonthStart() {
    qt().withExamples(5_000)
        .forAll(datesBefore2190())
        .checkAssert(
            d -> {
              LunarDate a = LunarCalendar.toLunar(d);
              LunarDate b = LunarCalendar.toLunar(d.plusDays(1));
              if (b.day() == 1) {
                assertThat(a.day()).isBetween(29, 30);
              } else {
                assertThat(b.day()).isEqualTo(a.day() + 1);
                assertThat(b.month()).isEqualTo(a.month());
              }
            });
  }

  @Test
  void addWorkingDaysAndWorkingDaysBetweenAgree() {
    qt().withExamples(5_000)
        .forAll(datesBefore2190(), integers().between(0, 400))
        .checkAssert(
            (d, n) -> {
              LocalDate end = CALENDAR.addWorkingDays(d, n);
              assertThat(CALENDAR.workingDaysBetween(d, end)).isEqualTo(n);
              if (n > 0) {
                assertThat(CALENDAR.isWorkingDay(end)).isTrue();
              }
            });
  }
}
