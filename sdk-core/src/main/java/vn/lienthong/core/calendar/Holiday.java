package vn.lienthong.core.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day off under the Labour Code rules: the holiday it belongs to and whether it is a compensatory
 * day (ngày nghỉ bù) given because the holiday fell on a weekend. Immutable and thread-safe.
 *
 * @param date the day off
 * @param kind the holiday
 * @param compensatory whether the day replaces a holiday that fell on a Saturday or Sunday
 * @since 0.1.0
 */
public record Holiday(LocalDate date, HolidayKind kind, boolean compensatory) {

  /**
   * Checks the components.
   *
   * @param date the day off
   * @param kind the holiday
   * @param compensatory whether it is a compensatory day
   * @throws NullPointerException if {@code date} or {@code kind} is null
   */
  public Holiday {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
  }
}
