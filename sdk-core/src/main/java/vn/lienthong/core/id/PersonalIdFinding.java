package vn.lienthong.core.id;

import java.util.Objects;

/**
 * One thing a personal identification number says that disagrees with other data or cannot be
 * confirmed: a declared birth date or gender that does not match, or a birth-registration place
 * code that is not known.
 *
 * <p>A finding is a value, not an error: form validation decides what to do with it. It holds the
 * expected and actual values, which may be personal data: do not log it as is. Instances are
 * immutable and thread-safe.
 *
 * @param type what was found
 * @param expected what the personal id says, for example {@code 1990}
 * @param actual what the other data says, for example {@code 1991}; for a warning, the unknown
 *     value
 * @since 0.1.0
 */
public record PersonalIdFinding(Type type, String expected, String actual) {

  /**
   * Creates a finding.
   *
   * @param type what was found
   * @param expected what the personal id says
   * @param actual what the other data says
   * @throws NullPointerException if any component is null
   */
  public PersonalIdFinding {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(actual, "actual");
  }

  /**
   * Returns how serious the finding is.
   *
   * @return the severity of the type
   * @since 0.1.0
   */
  public Severity severity() {
    return type.severity();
  }

  /**
   * How serious a finding is.
   *
   * @since 0.1.0
   */
  public enum Severity {
    /** Worth showing, never a reason to reject. */
    WARNING,
    /** The data disagree: a form should not be accepted as is. */
    MISMATCH
  }

  /**
   * What a finding is about.
   *
   * @since 0.1.0
   */
  public enum Type {
    /**
     * The first three digits are not one of the 63 pre-2025 province codes (perhaps a birth
     * registered abroad); {@code expected} is empty and {@code actual} is the code.
     */
    UNKNOWN_BIRTH_REGISTRATION_PLACE(Severity.WARNING),
    /** The century (from the 4th digit) differs from the declared birth date's century. */
    CENTURY_MISMATCH(Severity.MISMATCH),
    /** The last two digits of the birth year (5th and 6th digits) differ from the declared ones. */
    BIRTH_YEAR_MISMATCH(Severity.MISMATCH),
    /** The gender (4th digit: even male, odd female) differs from the declared gender. */
    GENDER_MISMATCH(Severity.MISMATCH);

    private final Severity severity;

    Type(Severity severity) {
      this.severity = severity;
    }

    /**
     * Returns how serious findings of this type are.
     *
     * @return the severity
     * @since 0.1.0
     */
    public Severity severity() {
      return severity;
    }
  }
}
