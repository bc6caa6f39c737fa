package vn.lienthong.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class HolidaysAndDeadlinesTest {

  private final WorkingCalendar calendar = WorkingCalendar.create();
  private final WorkingCalendar rulesOnly =
      WorkingCalendar.builder().officialCalendar(OfficialCalendar.empty()).build();

  private static java.time.Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.ZONE).toInstant();
  }

  @Test
  void givesMondayOffWhenHungKingsDayFallsOnSunday2026() {
    List<Holiday> holidays = PublicHolidays.forYear(2026);
    assertThat(holidays)
        .contains(new Holiday(LocalDate.of(2026, 4, 26), HolidayKind.HUNG_KINGS, false))
        .contains(new Holiday(LocalDate.of(2026, 4, 27), HolidayKind.HUNG_KINGS, true));
    assertThat(rulesOnly.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 28))).isTrue();
  }

  @Test
  void givesNationalDayAnAdjacentDay() {
    for (int year = 2020; year <= 2040; year++) {
      long national =
          PublicHolidays.forYear(year).stream()
              .filter(h -> h.kind() == HolidayKind.NATIONAL_DAY && !h.compensatory())
              .map(Holiday::date)
              .filter(d -> d.getMonthValue() == 9 && Math.abs(d.getDayOfMonth() - 2) <= 1)
              .count();
      assertThat(national).as("year %d", year).isEqualTo(2);
    }
    // 2 September 2027 is a Thursday: the adjacent day is Friday 3 September.
    assertThat(PublicHolidays.isHoliday(LocalDate.of(2027, 9, 2))).isTrue();
    assertThat(PublicHolidays.isHoliday(LocalDate.of(2027, 9, 3))).isTrue();
    assertThat(PublicHolidays.isHoliday(LocalDate.of(2027, 9, 1))).isFalse();
    // 2 September 2026 is a Wednesday: the adjacent day is Tuesday 1 September.
    assertThat(PublicHolidays.isHoliday(LocalDate.of(2026, 9, 1))).isTrue();
  }

  @Test
  void countsTetAsFiveDaysByDefault() {
    assertThat(
            PublicHolidays.forYear(2026).stream()
                .filter(h -> h.kind() == HolidayKind.LUNAR_NEW_YEAR && !h.compensatory())
                .map(Holiday::date))
        .containsExactly(
            LocalDate.of(2026, 2, 16),
            LocalDate.of(2026, 2, 17),
            LocalDate.of(2026, 2, 18),
            LocalDate.of(2026, 2, 19),
            LocalDate.of(2026, 2, 20));
  }

  @Test
  void officialEntriesOverrideTheRules() {
    // 2025: the rules give Monday 3 February as compensatory for Tết on Saturday 1 February; the
    // announced break ended Sunday 2 February (no make-up Saturday was needed or announced).
    assertThat(rulesOnly.isWorkingDay(LocalDate.of(2025, 2, 3))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 3))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 27))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 8))).isFalse();
    OfficialCalendar user =
        OfficialCalendar.parse("user.txt", "2027-03-15 off provincial event\n2027-01-01 work\n");
    WorkingCalendar custom =
        WorkingCalendar.builder().officialCalendar(OfficialCalendar.bundled().with(user)).build();
    assertThat(custom.isWorkingDay(LocalDate.of(2027, 3, 15))).isFalse();
    assertThat(custom.isWorkingDay(LocalDate.of(2027, 1, 1))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
  }

  @Test
  void counts2026TetBreakAsDaysOff() {
    for (LocalDate d = LocalDate.of(2026, 2, 14);
        !d.isAfter(LocalDate.of(2026, 2, 22));
        d = d.plusDays(1)) {
      assertThat(calendar.isWorkingDay(d)).as(d.toString()).isFalse();
    }
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 13))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).isTrue();
  }

  @Test
  void birthRegistrationReceivedFridayAfter15IsDueNextWorkingDay() {
    ZonedDateTime due = calendar.dueAt(at("2026-03-13T16:00"), ProcessingDeadline.sameDay());
    assertThat(due.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-16T17:00"));
    ZonedDateTime early = calendar.dueAt(at("2026-03-13T14:59"), ProcessingDeadline.sameDay());
    assertThat(early.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-13T17:00"));
  }

  @Test
  void permanentResidenceReceived9February2026IsDueSevenWorkingDaysLaterAcrossTet() {
    ZonedDateTime due = calendar.dueAt(at("2026-02-09T09:00"), ProcessingDeadline.workingDays(7));
    // 10, 11, 12, 13 February; Tết break 14-22; 23, 24, 25 February.
    assertThat(due.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-02-25T17:00"));
    assertThat(due.getZone()).isEqualTo(WorkingCalendar.ZONE);
  }

  @Test
  void countsOnlineSubmissionsOutsideOfficeHoursFromTheNextOfficePeriod() {
    assertThat(calendar.countedFrom(at("2026-03-14T10:00")))
        .isEqualTo(LocalDateTime.parse("2026-03-16T07:30"));
    assertThat(calendar.countedFrom(at("2026-03-16T12:00")))
        .isEqualTo(LocalDateTime.parse("2026-03-16T13:00"));
    assertThat(calendar.countedFrom(at("2026-03-16T21:00")))
        .isEqualTo(LocalDateTime.parse("2026-03-17T07:30"));
    ZonedDateTime due = calendar.dueAt(at("2026-03-13T22:00"), ProcessingDeadline.workingDays(1));
    assertThat(due.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-17T17:00"));
    ZonedDateTime sameDay = calendar.dueAt(at("2026-03-14T09:00"), ProcessingDeadline.sameDay());
    assertThat(sameDay.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-16T17:00"));
  }

  @Test
  void honoursConfiguredOfficeHoursAndCutoff() {
    WorkingCalendar custom =
        calendar.toBuilder()
            .officeHours(
                List.of(OfficePeriod.of("08:00", "12:00"), OfficePeriod.of("13:30", "17:30")))
            .sameDayCutoff(LocalTime.of(16, 0))
            .build();
    ZonedDateTime due = custom.dueAt(at("2026-03-13T15:30"), ProcessingDeadline.sameDay());
    assertThat(due.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-13T17:30"));
  }

  @Test
  void addsAndCountsWorkingDays() {
    LocalDate friday = LocalDate.of(2026, 3, 13);
    assertThat(calendar.addWorkingDays(friday, 0)).isEqualTo(friday);
    assertThat(calendar.addWorkingDays(friday, 1)).isEqualTo(LocalDate.of(2026, 3, 16));
    assertThat(calendar.workingDaysBetween(friday, LocalDate.of(2026, 3, 16))).isEqualTo(1);
    assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 3, 16), friday)).isEqualTo(-1);
    // 31 December, then 1 and 2 January off (2 January swapped with Saturday 10 January).
    assertThat(calendar.addWorkingDays(LocalDate.of(2025, 12, 30), 3))
        .isEqualTo(LocalDate.of(2026, 1, 6));
  }
}
