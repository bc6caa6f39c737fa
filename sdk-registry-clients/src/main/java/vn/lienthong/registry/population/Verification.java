package vn.lienthong.registry.population;

import java.util.Set;

/**
 * Whether declared identity data match the population registry; the registry's own data are not
 * returned. An unknown personal id is a mismatch on {@code personalId}, not an error.
 *
 * <p>Immutable and thread-safe.
 *
 * @param match whether everything declared matches
 * @param mismatches the fields that differ: {@code personalId}, {@code fullName}, {@code
 *     birthDate}, {@code gender}
 * @param deceased whether the registry records the citizen as deceased
 * @since 0.1.0
 */
public record Verification(boolean match, Set<String> mismatches, boolean deceased) {

  /**
   * Copies the set.
   *
   * @param match whether everything declared matches
   * @param mismatches the fields that differ
   * @param deceased whether the registry records the citizen as deceased
   */
  public Verification {
    mismatches = Set.copyOf(mismatches);
  }
}
