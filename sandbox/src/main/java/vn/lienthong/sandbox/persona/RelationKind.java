package vn.lienthong.sandbox.persona;

/**
 * How another persona relates to this one ("my mother is..."). Enum constants are immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public enum RelationKind {
  /** The other persona is this one's mother. */
  MOTHER,
  /** The other persona is this one's father. */
  FATHER,
  /** The other persona is this one's child. */
  CHILD,
  /** The other persona is this one's spouse (married). */
  SPOUSE
}
