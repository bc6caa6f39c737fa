package vn.lienthong.core.id;

import java.util.Objects;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.internal.InputChecks;
import vn.lienthong.core.internal.id.IdentifierInput;
import vn.lienthong.core.privacy.LogSafe;
import vn.lienthong.core.privacy.Masking;

/**
 * The 9-digit number of the legacy identity card (chứng minh nhân dân, CMND), which still appears
 * in old records. It has no check digit and no encoded meaning that LienThong relies on.
 *
 * <p>This is personal data: {@link #toString()} is the number itself; logs use {@link #masked()}.
 * Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * LegacyIdCardNumber.parse("012345678").masked();   // ******678
 * }</pre>
 *
 * @param value the canonical 9 digits
 * @since 0.1.0
 */
public record LegacyIdCardNumber(String value) implements LogSafe {

  /** The number of digits. */
  public static final int LENGTH = 9;

  private static final String FIELD = "legacyIdCardNumber";

  /**
   * Creates a number from its canonical form (exactly 9 ASCII digits); use {@link #parse(String)}
   * for user input.
   *
   * @param value the canonical 9 digits
   * @throws NullPointerException if {@code value} is null
   * @throws InvalidInputException if {@code value} is not exactly 9 ASCII digits
   */
  public LegacyIdCardNumber {
    Objects.requireNonNull(value, "value");
    if (value.length() != LENGTH || !IdentifierInput.allDigits(value)) {
      canonical(value);
      throw IdentifierInput.wrongShape(FIELD, value, "000000000", 0, "legacy-id.canonical", true);
    }
  }

  /**
   * Parses a legacy identity card number; surrounding spaces are ignored.
   *
   * @param raw the input
   * @return the number
   * @throws NullPointerException if {@code raw} is null
   * @throws InvalidInputException if it is not 9 ASCII digits; the value in the error is masked
   * @since 0.1.0
   */
  public static LegacyIdCardNumber parse(String raw) {
    return new LegacyIdCardNumber(canonical(raw));
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
      parse(raw);
      return true;
    } catch (InvalidInputException e) {
      return false;
    }
  }

  private static String canonical(String raw) {
    String s = IdentifierInput.token(FIELD, raw, LENGTH, InputChecks.DIGITS, true);
    if (s.length() != LENGTH) {
      throw IdentifierInput.wrongLength(FIELD, s, "9", "legacy-id.length", true);
    }
    return s;
  }

  /**
   * Returns the number with all but the last three digits hidden, for logs.
   *
   * @return for example {@code ******678}
   */
  @Override
  public String masked() {
    return Masking.personalIdNumber(value);
  }

  /**
   * Returns the canonical 9 digits (personal data: log {@link #masked()} instead).
   *
   * @return the number
   */
  @Override
  public String toString() {
    return value;
  }
}
