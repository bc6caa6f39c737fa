package vn.lienthong.sandbox.persona;

/**
 * The level of the unit an officer is assigned to. Enum constants are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum AssignmentLevel {
  /** A commune, ward or special zone (5-digit code). */
  COMMUNE,
  /** A province or centrally-run city (2-digit code). */
  PROVINCE
}
