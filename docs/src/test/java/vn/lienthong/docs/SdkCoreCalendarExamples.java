package vn.lienthong.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.calendar.Holiday;
import vn.lienthong.core.calendar.HolidayKind;
import vn.lienthong.core.calendar.LunarCalendar;
import vn.lienthong.core.calendar.LunarDate;
import vn.lienthong.core.calendar.OfficialCalendar;
import vn.lienthong.core.calendar.ProcessingDeadline;
import vn.lienthong.core.calendar.PublicHolidays;
import vn.lienthong.core.calendar.WorkingCalendar;

/** Examples of docs/sdk-core.md, section "Calendar and deadlines". */
class SdkCoreCalendarExamples {

  @Test
  void lunar() {
    // tag::lunar[]
    LunarDate lunar = LunarCalendar.toLunar(LocalDate.of(2023, 3, 22)); // 2023-02L-01
    boolean leap = lunar.leap(); // true: first day of the leap 2nd month
    OptionalInt leapMonth = LunarCalendar.leapMonth(2025); // 6
    LocalDate tet = LunarCalendar.newYear(2030); // 2030-02-02 (China: 02-03)
    LocalDate hungKings = LunarCalendar.toSolar(LunarDate.of(2026, 3, 10)); // 2026-04-26
    // end::lunar[]
    assertThat(leap).isTrue();
    assertThat(leapMonth).hasValue(6);
    assertThat(tet).isEqualTo(LocalDate.of(2030, 2, 2));
    assertThat(hungKings).isEqualTo(LocalDate.of(2026, 4, 26));
  }

  @Test
  void holidays() {
    // tag::holidays[]
    List<Holiday> rules = PublicHolidays.forYear(2026);
    // [... 2026-04-26 HUNG_KINGS, 2026-04-27 HUNG_KINGS compensatory, 2026-04-30 VICTORY_DAY ...]

    // The government's announcements override the rules: bundled 2025-2026, plus your own file.
    OfficialCalendar official =
        OfficialCalendar.bundled()
            .with(OfficialCalendar.parse("province.txt", "2027-03-15 off provincial holiday\n"));
    WorkingCalendar calendar = WorkingCalendar.builder().officialCalendar(official).build();
    boolean working = calendar.isWorkingDay(LocalDate.of(2026, 2, 16)); // false: Tết break
    // end::holidays[]
    assertThat(rules)
        .contains(new Holiday(LocalDate.of(2026, 4, 27), HolidayKind.HUNG_KINGS, true));
    assertThat(working).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 3, 15))).isFalse();
  }

  @Test
  void deadlines() {
    // tag::deadlines[]
    WorkingCalendar calendar = WorkingCalendar.create(); // share one instance
    Instant received =
        LocalDateTime.parse("2026-02-09T09:00").atZone(WorkingCalendar.ZONE).toInstant();
    ZonedDateTime due = calendar.dueAt(received, ProcessingDeadline.workingDays(7));
    // 2026-02-25T17:00+07:00: the Tết break of 14-22 February does not count

    Instant fridayLate =
        LocalDateTime.parse("2026-03-13T16:00").atZone(WorkingCalendar.ZONE).toInstant();
    ZonedDateTime birth = calendar.dueAt(fridayLate, ProcessingDeadline.sameDay());
    // 2026-03-16T17:00+07:00: after 15:00, so the next working day

    LocalDate plus15 = calendar.addWorkingDays(LocalDate.of(2026, 2, 9), 15); // 2026-03-09
    int days = calendar.workingDaysBetween(LocalDate.of(2026, 2, 9), plus15); // 15
    // end::deadlines[]
    assertThat(due.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-02-25T17:00"));
    assertThat(birth.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-16T17:00"));
    assertThat(plus15).isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(days).isEqualTo(15);
  }
}
