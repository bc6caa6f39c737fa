package vn.lienthong.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.calendar.WorkingCalendar;

class WorkingDaysOfCalendarTest {

  private final WorkingDays days = WorkingDays.of(WorkingCalendar.create());

  @Test
  void countsTheOfficial2026TetBreakAsNonWorkingDays() {
    // Permanent residence (7 working days) received Monday 2026-02-09: the civil servants' Tết
    // break
    // ran Saturday 14 to Sunday 22 February, so the due date is Wednesday 25 February.
    assertThat(days.addWorkingDays(LocalDate.of(2026, 2, 9), 7))
        .isEqualTo(LocalDate.of(2026, 2, 25));
    assertThat(days.isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse();
    assertThat(days.workingDaysBetween(LocalDate.of(2026, 2, 9), LocalDate.of(2026, 2, 25)))
        .isEqualTo(7);
  }

  @Test
  void givesHungKings2026CompensatoryMondayOff() {
    assertThat(days.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();
  }
}
