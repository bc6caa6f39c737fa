package vn.lienthong.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.calendar.ProcessingDeadline;
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

  @Test
  void dueDatesComeFromTheCalendarWithItsOfficeHours() {
    WorkingCalendar calendar = WorkingCalendar.create();
    WorkingDays fromCalendar = WorkingDays.of(calendar);
    // Online, Friday 2026-03-13 22:00: counts from Monday 07:30, so 1 working day is Tuesday.
    Instant evening = at("2026-03-13T22:00");

    assertThat(fromCalendar.dueAt(evening, ProcessingDeadline.workingDays(1)))
        .isEqualTo(calendar.dueAt(evening, ProcessingDeadline.workingDays(1)).toInstant())
        .isEqualTo(at("2026-03-17T17:00"));
    assertThat(fromCalendar.closingTimeOn(LocalDate.of(2026, 3, 17)))
        .isEqualTo(at("2026-03-17T17:00"));
  }

  @Test
  void theDefaultRuleWithoutOfficeHoursMatchesTheCalendarOnWorkingDayHours() {
    WorkingDays weekends = new WeekendsOnly();
    WorkingCalendar calendar =
        WorkingCalendar.builder()
            .officialCalendar(vn.lienthong.core.calendar.OfficialCalendar.empty())
            .build();
    for (String received :
        new String[] {"2026-03-13T16:00", "2026-03-13T14:59", "2026-03-10T09:00"}) {
      for (ProcessingDeadline deadline :
          new ProcessingDeadline[] {
            ProcessingDeadline.sameDay(), ProcessingDeadline.workingDays(3)
          }) {
        assertThat(weekends.dueAt(at(received), deadline))
            .as(received + " " + deadline)
            .isEqualTo(calendar.dueAt(at(received), deadline).toInstant());
      }
    }
  }

  private static Instant at(String local) {
    return LocalDateTime.parse(local).atZone(WorkingCalendar.ZONE).toInstant();
  }
}
