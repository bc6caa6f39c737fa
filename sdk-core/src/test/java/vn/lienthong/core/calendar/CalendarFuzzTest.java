package vn.lienthong.core.calendar;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import vn.lienthong.core.LienThongException;

/**
 * Fuzz tests of the calendar's text inputs: whatever the input, only {@link LienThongException} may
 * escape. In the normal build they replay the committed corpus in {@code
 * src/test/resources/vn/lienthong/core/calendar/CalendarFuzzTestInputs/<method>/}.
 */
class CalendarFuzzTest {

  @FuzzTest(maxDuration = "30s")
  void dateParse(FuzzedDataProvider data) {
    try {
      LunarCalendar.toLunar(CalendarDates.parse("date", data.consumeRemainingAsString()));
    } catch (LienThongException expected) {
      // Rejected with a code: fine.
    }
  }

  @FuzzTest(maxDuration = "30s")
  void officialCalendarParse(FuzzedDataProvider data) {
    try {
      OfficialCalendar calendar = OfficialCalendar.parse("fuzz", data.consumeRemainingAsString());
      WorkingCalendar.builder()
          .officialCalendar(calendar)
          .build()
          .isWorkingDay(java.time.LocalDate.of(2026, 2, 16));
    } catch (LienThongException expected) {
      // Rejected with a code: fine.
    }
  }

  @FuzzTest(maxDuration = "30s")
  void lunarToSolar(FuzzedDataProvider data) {
    try {
      LunarCalendar.toSolar(
          new LunarDate(
              data.consumeInt(), data.consumeInt(), data.consumeInt(), data.consumeBoolean()));
    } catch (LienThongException expected) {
      // Rejected with a code: fine.
    }
  }
}
