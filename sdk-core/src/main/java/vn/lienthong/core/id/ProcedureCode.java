package vn.lienthong.core.id;

import java.util.Objects;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.internal.InputChecks;
import vn.lienthong.core.internal.id.IdentifierInput;
import vn.lienthong.core.privacy.LogSafe;

/**
 * The code of an administrative procedure (mã thủ tục hành chính, mã TTHC) in the national
 * procedure database: one digit, a dot and six digits, such as {@code 1.001193} (birth
 * registration) or {@code 2.000815} (certified copies).
 *
 * <p>Which procedure a code names is data from the national database, not code. Procedure codes are
 * public: {@link #masked()} returns the code itself. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * ProcedureCode.parse("1.001193").number();   // "001193"
 * }</pre>
 *
 * @param value the canonical code
 * @since 0.1.0
 */
public record ProcedureCode(String value) implements LogSafe {

  /** The length of a code. */
  public static final int LENGTH = 8;

  private static final String FIELD = "procedureCode";
  private static final String SHAPE = "9.999999";
  private static final String FORMAT = "0.000000";
  private static final InputChecks.Alphabet ALPHABET =
      InputChecks.Alphabet.of("0-9 .", c -> (c >= '0' && c <= '9') || c == '.');

  /**
   * Creates a procedure code from its canonical form; use {@link #parse(String)} for user input.
   *
   * @param value the canonical code
   * @throws NullPointerException if {@code value} is null
   * @throws InvalidInputException if {@code value} is not a canonical procedure code
   */
  public ProcedureCode {
    Objects.requireNonNull(value, "value");
    if (!canonical(value).equals(value)) {
      throw IdentifierInput.wrongShape(FIELD, value, FORMAT, 0, "procedure-code.canonical", false);
    }
  }

  /**
   * Parses a procedure code; surrounding spaces are ignored.
   *
   * @param raw the input
   * @return the code
   * @throws NullPointerException if {@code raw} is null
   * @throws InvalidInputException if it does not have the shape {@code 0.000000}
   * @since 0.1.0
   */
  public static ProcedureCode parse(String raw) {
    return new ProcedureCode(canonical(raw));
  }

  /**
   * Tells whether {@link #parse(String)} would accept the input.
   *
   * @param raw the input
   * @return {@code true} if valid
   * @throws NullPointerException if {@code raw} is null
   * @since 0.1.0
   */
  public static boolean isValid(String raw) {
    Objects.requireNonNull(raw, "raw");
    try {
      canonical(raw);
      return true;
    } catch (InvalidInputException e) {
      return false;
    }
  }

  private static String canonical(String raw) {
    String s = IdentifierInput.token(FIELD, raw, LENGTH, ALPHABET, false);
    int bad = IdentifierInput.mismatch(s, 0, SHAPE);
    if (bad >= 0) {
      throw IdentifierInput.wrongShape(FIELD, s, FORMAT, bad, "procedure-code.format", false);
    }
    if (s.length() != LENGTH) {
      throw IdentifierInput.wrongLength(FIELD, s, "8", "procedure-code.length", false);
    }
    return s;
  }

  /**
   * Returns the digit before the dot.
   *
   * @return for example 1
   * @since 0.1.0
   */
  public int prefix() {
    return value.charAt(0) - '0';
  }

  /**
   * Returns the six digits after the dot.
   *
   * @return for example {@code 001193}
   * @since 0.1.0
   */
  public String number() {
    return value.substring(2);
  }

  /**
   * Returns the code itself: procedure codes are public.
   *
   * @return the canonical code
   */
  @Override
  public String masked() {
    return value;
  }

  /**
   * Returns the canonical code.
   *
   * @return for example {@code 1.001193}
   */
  @Override
  public String toString() {
    return value;
  }
}
