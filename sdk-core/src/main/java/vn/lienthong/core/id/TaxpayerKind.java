package vn.lienthong.core.id;

/**
 * Who a tax code belongs to, which decides the forms it may take (Circular 86/2024/TT-BTC).
 *
 * <p>Enum constants are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum TaxpayerKind {
  /** An enterprise, organisation or one of their dependent units: 10 or 13 digits. */
  ORGANIZATION,
  /**
   * An individual or household business: since 1 July 2025 the 12-digit personal identification
   * number, and the 10- and 13-digit codes issued to them before.
   */
  INDIVIDUAL
}
