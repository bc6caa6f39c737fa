package vn.lienthong.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.internal.calendar.LunarTable;
import vn.lienthong.core.internal.calendar.LunisolarRules;

class LunarCalendarTest {

  @Test
  void convertsTetOfRecentYears() {
    assertThat(LunarCalendar.newYear(2024)).isEqualTo(LocalDate.of(2024, 2, 10));
    assertThat(LunarCalendar.newYear(2025)).isEqualTo(LocalDate.of(2025, 1, 29));
    assertThat(LunarCalendar.newYear(2026)).isEqualTo(LocalDate.of(2026, 2, 17));
    assertThat(LunarCalendar.toLunar(LocalDate.of(2026, 2, 17)))
        .isEqualTo(LunarDate.of(2026, 1, 1));
  }

  @Test
  void usesVietnameseTimeZoneWhereChinaDiffers() {
    assertThat(LunarCalendar.newYear(1985)).isEqualTo(LocalDate.of(1985, 1, 21));
    assertThat(LunarCalendar.newYear(2007)).isEqualTo(LocalDate.of(2007, 2, 17));
    assertThat(LunarCalendar.newYear(2030)).isEqualTo(LocalDate.of(2030, 2, 2));
  }

  @Test
  void startsLeapSecondMonthOf2023On22March() {
    assertThat(LunarCalendar.leapMonth(2023)).isEqualTo(OptionalInt.of(2));
    assertThat(LunarCalendar.toSolar(LunarDate.ofLeapMonth(2023, 2, 1)))
        .isEqualTo(LocalDate.of(2023, 3, 22));
    assertThat(LunarCalendar.toLunar(LocalDate.of(2023, 3, 22)))
        .isEqualTo(LunarDate.ofLeapMonth(2023, 2, 1));
    assertThat(LunarCalendar.toLunar(LocalDate.of(2023, 3, 21)).leap()).isFalse();
  }

  @Test
  void reportsYearsWithoutLeapMonth() {
    assertThat(LunarCalendar.leapMonth(2024)).isEmpty();
    assertThat(LunarCalendar.leapMonth(2025)).isEqualTo(OptionalInt.of(6));
  }

  @Test
  void givesMonthLengthsOf29Or30Days() {
    for (int year = 1900; year < 2199; year++) {
      for (int month = 1; month <= 12; month++) {
        assertThat(LunarCalendar.monthLength(year, month, false)).isBetween(29, 30);
      }
    }
  }

  @Test
  void coversTheWholeRange() {
    assertThat(LunarCalendar.toLunar(CalendarDates.MIN)).isEqualTo(LunarDate.of(1899, 12, 1));
    assertThat(LunarCalendar.newYear(1900)).isEqualTo(LocalDate.of(1900, 1, 31));
    assertThat(LunarCalendar.toSolar(LunarCalendar.toLunar(CalendarDates.MAX)))
        .isEqualTo(CalendarDates.MAX);
  }

  /** The table must say exactly what the formulas say, for every day of the range. */
  @Test
  void tableAgreesWithDirectComputationOverTheWholeRange() {
    LunarTable table = LunarTable.generate();
    assertThat(table.firstDay()).isLessThanOrEqualTo(CalendarDates.MIN.toEpochDay());
    assertThat(table.endDay()).isGreaterThan(CalendarDates.MAX.toEpochDay());
    List<String> mismatches = new ArrayList<>();
    for (int year = 1900; year <= 2199; year++) {
      LunisolarRules.Span span = LunisolarRules.span(year);
      for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
        int[] direct = LunisolarRules.toLunarDirect(d);
        LunarDate expected = new LunarDate(direct[0], direct[1], direct[2], direct[3] == 1);
        LunarDate actual = LunarCalendar.toLunar(d);
        if (!expected.equals(actual)) {
          mismatches.add(d + " table " + actual + " formula " + expected);
        }
      }
      assertThat(span.months()).isBetween(12, 13);
    }
    assertThat(mismatches).isEmpty();
  }
}
