package vn.lienthong.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cross-checks every day 2000-2050 against ICU4J's {@code ChineseCalendar} computed at UTC+7, an
 * independent implementation of the same astronomical rules.
 */
class LunarCalendarIcuOracleTest {

  @Test
  void agreesWithIcuAtUtcPlus7OnEveryDayFrom2000To2050() {
    VietnameseChineseCalendar icu = new VietnameseChineseCalendar();
    List<String> mismatches = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2000, 1, 1); d.getYear() <= 2050; d = d.plusDays(1)) {
      LunarDate ours = LunarCalendar.toLunar(d);
      LunarDate theirs = icu.lunar(d);
      if (!ours.equals(theirs)) {
        mismatches.add(d + " ours " + ours + " ICU " + theirs);
      }
    }
    assertThat(mismatches).isEmpty();
  }
}
