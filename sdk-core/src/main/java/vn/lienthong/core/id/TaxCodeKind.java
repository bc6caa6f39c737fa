package vn.lienthong.core.id;

/**
 * The form a tax code takes.
 *
 * <p>Enum constants are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum TaxCodeKind {
  /** Ten digits, the last a check digit: an enterprise, organisation or (before 2025) person. */
  MAIN,
  /** Ten digits, {@code -} and a three-digit unit number 001-999: a dependent unit or branch. */
  DEPENDENT_UNIT,
  /** The 12-digit personal identification number, used as tax code by individuals since 2025. */
  PERSONAL_ID
}
