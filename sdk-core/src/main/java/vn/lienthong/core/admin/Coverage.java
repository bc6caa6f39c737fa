package vn.lienthong.core.admin;

/**
 * How much of an old (pre-2025) unit went into a new one.
 *
 * <p>Enums are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Coverage {
  /** The whole old unit went into this new unit: an old address resolves with certainty. */
  FULL,
  /**
   * Only part of the old unit went into this new unit: an old address needs its street or village
   * to choose among the new units.
   */
  PARTIAL
}
