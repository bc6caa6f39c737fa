package vn.lienthong.sandbox.persona;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An officer's assignment to a unit for a period, an element of the {@code vn_assignments} claim.
 * Ended assignments stay in the list, so history is kept while access ends. Instances are immutable
 * and thread-safe.
 *
 * @param unit the administrative unit code: 5 digits for a commune, 2 for a province
 * @param level the unit's level
 * @param roles the roles held there, at least one
 * @param from the first day covered
 * @param to the first day no longer covered (exclusive), or null while the assignment lasts
 * @since 0.1.0
 */
public record Assignment(
    String unit,
    AssignmentLevel level,
    List<OfficerRole> roles,
    LocalDate from,
    @Nullable LocalDate to) {

  /**
   * Validates the assignment.
   *
   * @param unit the unit code
   * @param level the level
   * @param roles the roles
   * @param from the start
   * @param to the exclusive end, or null
   * @throws NullPointerException if a required part is null
   * @throws IllegalArgumentException if the code does not fit the level, roles are empty or the
   *     period is empty
   */
  public Assignment {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(from, "from");
    roles = List.copyOf(roles);
    int digits = level == AssignmentLevel.COMMUNE ? 5 : 2;
    if (unit.length() != digits || !unit.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException(level + " unit code needs " + digits + " digits: " + unit);
    }
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("an assignment needs a role");
    }
    if (to != null && !to.isAfter(from)) {
      throw new IllegalArgumentException("assignment ends before it starts");
    }
  }

  /**
   * Returns the exclusive end date.
   *
   * @return the first day no longer covered, if the assignment has ended or will end
   * @since 0.1.0
   */
  public Optional<LocalDate> until() {
    return Optional.ofNullable(to);
  }

  /**
   * Tells whether the assignment covers a day.
   *
   * @param day the day
   * @return true if {@code from <= day < to}
   * @since 0.1.0
   */
  public boolean activeOn(LocalDate day) {
    return !day.isBefore(from) && (to == null || day.isBefore(to));
  }
}
