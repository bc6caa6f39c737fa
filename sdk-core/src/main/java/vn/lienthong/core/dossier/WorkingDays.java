package vn.lienthong.core.dossier;

import java.time.LocalDate;
import java.util.Objects;
import vn.lienthong.core.calendar.WorkingCalendar;

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
    };
  }
}
