package vn.lienthong.identity.officer;

/**
 * The level of government an assignment is at since 1 July 2025: commune (xã, phường, đặc khu) or
 * province (tỉnh, thành phố trực thuộc trung ương).
 *
 * <p>Enum constants are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum UnitLevel {
  /** A commune-level unit, identified by its 5-digit code. */
  COMMUNE,
  /** A province-level unit, identified by its 2-digit code; covers every commune of it. */
  PROVINCE
}
