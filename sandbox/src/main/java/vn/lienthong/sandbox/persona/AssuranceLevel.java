package vn.lienthong.sandbox.persona;

/**
 * The VNeID account level (Decree 69/2024/NĐ-CP) a persona logs in with, as the {@code acr} and
 * {@code LoA} claims carry it. Enum constants are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum AssuranceLevel {
  /** Level 1 (basic): registered online, identity checked against the population database. */
  LOA1("LoA1"),
  /** Level 2: verified in person, with a portrait and fingerprints; full features. */
  LOA2("LoA2");

  private final String claimValue;

  AssuranceLevel(String claimValue) {
    this.claimValue = claimValue;
  }

  /**
   * Returns the claim value.
   *
   * @return {@code LoA1} or {@code LoA2}
   * @since 0.1.0
   */
  public String claimValue() {
    return claimValue;
  }
}
