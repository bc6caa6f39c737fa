package vn.lienthong.signature;

/**
 * The main result of validating a signature (ETSI EN 319 102-1, clause 5.1.3).
 *
 * <p>Enum constants are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Indication {
  /** The signature passed every check of the validation policy. */
  PASSED,
  /** The signature is certainly invalid: altered content, wrong value, wrong format. */
  FAILED,
  /** The checks could not conclude: no chain to a trust anchor, algorithm or time constraints. */
  INDETERMINATE
}
