package vn.lienthong.identity;

import java.util.Optional;

/**
 * The assurance level of a national identity login, as the {@code acr} claim states it: VNeID level
 * 1 (basic account) or level 2 (identity verified in person; full features, Decree 69/2024/NĐ-CP).
 *
 * <p>Enum constants are immutable and thread-safe.
 *
 * <pre>{@code
 * AssuranceLevel.fromAcr("LoA2"); // Optional[LEVEL_2]
 * }</pre>
 *
 * @since 0.1.0
 */
public enum AssuranceLevel {
  /** VNeID level 1 (định danh mức 1): a basic account, identity not verified in person. */
  LEVEL_1("LoA1"),
  /** VNeID level 2 (định danh mức 2): identity verified in person. */
  LEVEL_2("LoA2");

  private final String acr;

  AssuranceLevel(String acr) {
    this.acr = acr;
  }

  /**
   * Returns the {@code acr} value of this level.
   *
   * @return {@code LoA1} or {@code LoA2}
   * @since 0.1.0
   */
  public String acr() {
    return acr;
  }

  /**
   * Tells whether this level is at least another one.
   *
   * @param minimum the level to compare with
   * @return {@code true} if this level is the same or higher
   * @since 0.1.0
   */
  public boolean atLeast(AssuranceLevel minimum) {
    return compareTo(minimum) >= 0;
  }

  /**
   * Returns the level an {@code acr} value names.
   *
   * @param acr the claim value, compared exactly
   * @return the level, or empty for any other value
   * @since 0.1.0
   */
  public static Optional<AssuranceLevel> fromAcr(String acr) {
    for (AssuranceLevel l : values()) {
      if (l.acr.equals(acr)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
