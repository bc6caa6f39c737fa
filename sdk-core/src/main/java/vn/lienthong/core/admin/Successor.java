package vn.lienthong.core.admin;

import java.util.Objects;

/**
 * Where an old (pre-1 July 2025) unit went: one new unit it was merged into, wholly or partly.
 *
 * <p>Records are immutable and thread-safe.
 *
 * @param <U> {@link Commune} or {@link Province}
 * @param oldCode the old unit's code in the list in force before 1 July 2025
 * @param oldName the old unit's name, for example {@code "Phường Quán Thánh"}
 * @param unit the new unit
 * @param coverage whether all or only part of the old unit went into {@code unit}
 * @since 0.1.0
 */
public record Successor<U>(String oldCode, String oldName, U unit, Coverage coverage) {

  /**
   * Creates a successor.
   *
   * @param oldCode the old code
   * @param oldName the old name
   * @param unit the new unit
   * @param coverage full or partial
   * @throws NullPointerException if an argument is null
   */
  public Successor {
    Objects.requireNonNull(oldCode, "oldCode");
    Objects.requireNonNull(oldName, "oldName");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(coverage, "coverage");
  }
}
