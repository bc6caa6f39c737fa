package vn.lienthong.core.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;
import vn.lienthong.core.calendar.ProcessingDeadline;
import vn.lienthong.core.calendar.WorkingCalendar;
import vn.lienthong.core.internal.dossier.DossierChecks;

/**
 * The working days a due date is counted in: weekends, public holidays and the government's swapped
 * days excluded.
 *
 * <p>Production code uses the official working calendar through {@link #of(WorkingCalendar)}; tests
 * may use a weekends-only implementation. Implementations must be immutable and thread-safe.
 *
 * <pre>{@code
 * WorkingDays workingDays = WorkingDays.of(WorkingCalendar.create());
 * LocalDate due = workingDays.addWorkingDays(LocalDate.of(2026, 3, 2), 7); // 2026-03-11
 * Instant dueAt = workingDays.dueAt(receivedAt, ProcessingDeadline.workingDays(7));
 * }</pre>
 *
 * @since 0.1.0
 */
public interface WorkingDays {

  /**
   * Tells whether a date is a working day.
   *
   * @param date the date, in Viet Nam
   * @return {@code true} for a working day
   * @throws NullPointerException if {@code date} is null
   */
  boolean isWorkingDay(LocalDate date);

  /**
   * Returns the working day that comes {@code days} working days after {@code from}.
   *
   * @param from the start date, which need not be a working day; not counted
   * @param days the number of working days, zero or more; zero returns {@code from}
   * @return the date
   * @throws NullPointerException if {@code from} is null
   * @throws IllegalArgumentException if {@code days} is negative
   */
  LocalDate addWorkingDays(LocalDate from, int days);

  /**
   * Counts the working days after {@code from} up to and including {@code to}.
   *
   * @param from the start date, not counted
   * @param to the end date, counted if it is a working day
   * @return the count; the negated count from {@code to} to {@code from} when {@code to} is earlier
   * @throws NullPointerException if an argument is null
   */
  int workingDaysBetween(LocalDate from, LocalDate to);

  /**
   * Returns the instant a due date falls on a given day: closing time in Viet Nam.
   *
   * <p>The default is 17:00, the default closing time of {@link WorkingCalendar}; {@link
   * #of(WorkingCalendar)} uses the calendar's own closing time.
   *
   * @param date the due day
   * @return the instant
   * @throws NullPointerException if {@code date} is null
   */
  default Instant closingTimeOn(LocalDate date) {
    return date.atTime(DossierChecks.DEFAULT_CLOSING_TIME)
        .atZone(DossierChecks.VIET_NAM)
        .toInstant();
  }

  /**
   * Computes when a dossier received at an instant falls due under a processing deadline.
   *
   * <p>The default applies the rule without office hours: a dossier received on a day that is not a
   * working day counts from the next working day; N working days fall due at closing time of the
   * Nth working day after the day counting starts; a same-day deadline falls due that day, or the
   * next working day when received at or after 15:00. {@link #of(WorkingCalendar)} delegates to
   * {@link WorkingCalendar#dueAt}, which also counts a dossier received outside office hours from
   * the next opening and uses the calendar's cut-off.
   *
   * @param receivedAt when the dossier was received
   * @param deadline the processing deadline
   * @return the due instant
   * @throws NullPointerException if an argument is null
   */
  default Instant dueAt(Instant receivedAt, ProcessingDeadline deadline) {
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(deadline, "deadline");
    LocalDateTime local = LocalDateTime.ofInstant(receivedAt, DossierChecks.VIET_NAM);
    LocalDate date = local.toLocalDate();
    LocalTime time = local.toLocalTime();
    if (!isWorkingDay(date)) {
      date = addWorkingDays(date, 1);
      time = LocalTime.MIN;
    }
    LocalDate due;
    if (deadline.isSameDay()) {
      due = time.isBefore(WorkingCalendar.DEFAULT_SAME_DAY_CUTOFF) ? date : addWorkingDays(date, 1);
    } else {
      due = addWorkingDays(date, deadline.workingDays());
    }
    return closingTimeOn(due);
  }

  /**
   * Returns the working days of a working calendar: Monday to Friday, minus public holidays, their
   * compensatory days and the government's announced days off and swapped Saturdays.
   *
   * <p>A negative number of days or a date outside the calendar's range is reported by the calendar
   * as an {@code InvalidInputException}.
   *
   * @param calendar the calendar, usually {@link WorkingCalendar#create()}
   * @return the working days of that calendar
   * @throws NullPointerException if {@code calendar} is null
   */
  static WorkingDays of(WorkingCalendar calendar) {
    Objects.requireNonNull(calendar, "calendar");
    return new WorkingDays() {
      @Override
      public boolean isWorkingDay(LocalDate date) {
        return calendar.isWorkingDay(date);
      }

      @Override
      public LocalDate addWorkingDays(LocalDate from, int days) {
        return calendar.addWorkingDays(from, days);
      }

      @Override
      public int workingDaysBetween(LocalDate from, LocalDate to) {
        return calendar.workingDaysBetween(from, to);
      }

      @Override
      public Instant closingTimeOn(LocalDate date) {
        return date.atTime(calendar.closingTime()).atZone(WorkingCalendar.ZONE).toInstant();
      }

      @Override
      public Instant dueAt(Instant receivedAt, ProcessingDeadline deadline) {
        Objects.requireNonNull(receivedAt, "receivedAt");
        return calendar.dueAt(receivedAt, deadline).toInstant();
      }
    };
  }
}
