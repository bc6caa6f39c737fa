package vn.lienthong.identity.officer;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An officer's assignment to a commune or a province with roles, from a first day to an optional
 * last day (both inclusive). Ended assignments stay in the officer's history and no longer give
 * access.
 *
 * <p>Immutable and thread-safe.
 *
 * @param unit the 5-digit commune code or the 2-digit province code
 * @param level the level of {@code unit}
 * @param roles the roles held in this assignment
 * @param from the first day of the assignment
 * @param to the last day of the assignment, or null while it lasts
 * @since 0.1.0
 */
public record Assignment(
    String unit, UnitLevel level, Set<OfficerRole> roles, LocalDate from, @Nullable LocalDate to) {

  /**
   * Checks the assignment.
   *
   * @param unit the unit code
   * @param level the level
   * @param roles the roles
   * @param from the first day
   * @param to the last day, or null
   * @throws IllegalArgumentException if the code does not fit the level or {@code to} is before
   *     {@code from}
   * @throws NullPointerException if a required part is null
   */
  public Assignment {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(level, "level");
    roles = Set.copyOf(Objects.requireNonNull(roles, "roles"));
    Objects.requireNonNull(from, "from");
    int digits = level == UnitLevel.COMMUNE ? 5 : 2;
    if (unit.length() != digits || !unit.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("a " + level + " code has " + digits + " digits: " + unit);
    }
    if (to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("assignment ends before it starts");
    }
  }

  /**
   * Tells whether the assignment is in force on a day.
   *
   * @param day the day
   * @return {@code true} if {@code from <= day <= to}
   * @since 0.1.0
   */
  public boolean activeOn(LocalDate day) {
    return !day.isBefore(from) && (to == null || !day.isAfter(to));
  }

  /**
   * Returns the last day, if the assignment has one.
   *
   * @return the last day
   * @since 0.1.0
   */
  public Optional<LocalDate> until() {
    return Optional.ofNullable(to);
  }
}
