package vn.lienthong.core.id;

import java.util.Objects;
import java.util.Optional;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.internal.InputChecks;
import vn.lienthong.core.internal.id.IdentifierInput;
import vn.lienthong.core.privacy.LogSafe;
import vn.lienthong.core.privacy.Masking;

/**
 * A tax code (mã số thuế, Circular 86/2024/TT-BTC): ten digits with a mod-11 check digit, the same
 * followed by {@code -} and a three-digit dependent-unit number, or, for individuals and household
 * businesses since 1 July 2025, the 12-digit personal identification number.
 *
 * <p>Check digit: with the weights 31, 29, 23, 19, 17, 13, 7, 5, 3 over the first nine digits, the
 * tenth digit is {@code 10 - (sum mod 11)}; a result of 10 means no valid code has those nine
 * digits. The dependent-unit number runs from 001 to 999. The 13 digits are also accepted without
 * the dash ({@code 0314409058002}) and canonicalised to {@code 0314409058-002}: the lengths 10, 12
 * and 13 cannot be confused.
 *
 * <p>{@link #parse(String)} is for organisations and refuses a 12-digit personal id with {@link
 * CoreErrorCode#TAX_CODE_INDIVIDUAL_ONLY}; {@link #parse(String, TaxpayerKind)} with {@link
 * TaxpayerKind#INDIVIDUAL} accepts it. {@link #kind()} tells which form a code has. A tax code may
 * identify a person, so errors and {@link #masked()} hide all but the last three digits. Instances
 * are immutable and thread-safe.
 *
 * <pre>{@code
 * TaxCode.parse("0314409058-002").mainCode();                  // 0314409058
 * TaxCode.parse("001090123456", TaxpayerKind.INDIVIDUAL).kind(); // PERSONAL_ID
 * }</pre>
 *
 * @param value the canonical form: 10 digits, 10 digits {@code -} 3 digits, or 12 digits
 * @since 0.1.0
 */
public record TaxCode(String value) implements LogSafe {

  private static final String FIELD = "taxCode";
  private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};
  private static final int MAX_LENGTH = 14;
  private static final InputChecks.Alphabet ALPHABET =
      InputChecks.Alphabet.of("0-9 -", c -> (c >= '0' && c <= '9') || c == '-');

  /**
   * Creates a tax code from its canonical form, of any kind; use {@link #parse(String)} or {@link
   * #parse(String, TaxpayerKind)} for user input.
   *
   * @param value the canonical code
   * @throws NullPointerException if {@code value} is null
   * @throws InvalidInputException if {@code value} is not a canonical valid tax code
   */
  public TaxCode {
    Objects.requireNonNull(value, "value");
    if (!canonical(value, TaxpayerKind.INDIVIDUAL).equals(value)) {
      throw IdentifierInput.wrongShape(
          FIELD, value, "0000000000-000", 0, "tax-code.canonical", true);
    }
  }

  /**
   * Parses the tax code of an organisation: 10 digits, or 13 with or without the dash.
   *
   * @param raw the input; surrounding spaces are ignored
   * @return the tax code
   * @throws NullPointerException if {@code raw} is null
   * @throws InvalidInputException if it is not a valid organisation tax code; the value in the
   *     error is masked
   * @since 0.1.0
   */
  public static TaxCode parse(String raw) {
    return parse(raw, TaxpayerKind.ORGANIZATION);
  }

  /**
   * Parses a tax code of the given kind of taxpayer.
   *
   * @param raw the input; surrounding spaces are ignored
   * @param taxpayer who the code belongs to; {@link TaxpayerKind#INDIVIDUAL} also accepts the
   *     12-digit personal identification number
   * @return the tax code
   * @throws NullPointerException if an argument is null
   * @throws InvalidInputException if it is not a valid tax code for that taxpayer
   * @since 0.1.0
   */
  public static TaxCode parse(String raw, TaxpayerKind taxpayer) {
    return new TaxCode(canonical(raw, taxpayer));
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
    return isValid(raw, TaxpayerKind.ORGANIZATION);
  }

  /**
   * Tells whether {@link #parse(String, TaxpayerKind)} would accept the input.
   *
   * @param raw the input
   * @param taxpayer who the code belongs to
   * @return {@code true} if valid
   * @throws NullPointerException if an argument is null
   * @since 0.1.0
   */
  public static boolean isValid(String raw, TaxpayerKind taxpayer) {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(taxpayer, "taxpayer");
    try {
      canonical(raw, taxpayer);
      return true;
    } catch (InvalidInputException e) {
      return false;
    }
  }

  private static String canonical(String raw, TaxpayerKind taxpayer) {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(taxpayer, "taxpayer");
    String s = IdentifierInput.token(FIELD, raw, MAX_LENGTH, ALPHABET, true);
    int dash = s.indexOf('-');
    if (dash >= 0) {
      if (dash != 10 || s.length() != 14 || s.indexOf('-', dash + 1) >= 0) {
        int second = s.indexOf('-', dash + 1);
        int at = dash != 10 ? dash : second >= 0 ? second : s.length();
        throw IdentifierInput.wrongShape(
            FIELD, s, "0000000000-000", at, "tax-code.dependent-unit-format", true);
      }
      checkMain(s);
      checkUnit(s, 11);
      return s;
    }
    switch (s.length()) {
      case 10 -> checkMain(s);
      case 13 -> {
        checkMain(s);
        checkUnit(s, 10);
        return s.substring(0, 10) + "-" + s.substring(10);
      }
      case 12 -> {
        if (taxpayer != TaxpayerKind.INDIVIDUAL) {
          throw new InvalidInputException(
              CoreErrorCode.TAX_CODE_INDIVIDUAL_ONLY,
              ErrorDetails.field(FIELD)
                  .rule("tax-code.personal-id-for-individuals")
                  .rejectedValue(IdentifierInput.shown(s, true)));
        }
        PersonalIdNumber.canonical(s, FIELD);
      }
      default ->
          throw IdentifierInput.wrongLength(
              FIELD,
              s,
              taxpayer == TaxpayerKind.INDIVIDUAL ? "10, 12, 13 or 14" : "10, 13 or 14",
              "tax-code.length",
              true);
    }
    return s;
  }

  private static void checkMain(String s) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (s.charAt(i) - '0') * WEIGHTS[i];
    }
    int check = 10 - sum % 11;
    if (check == 10 || s.charAt(9) - '0' != check) {
      throw new InvalidInputException(
          CoreErrorCode.TAX_CODE_CHECK_DIGIT,
          ErrorDetails.field(FIELD)
              .rule(check == 10 ? "tax-code.check-digit-impossible" : "tax-code.check-digit")
              .rejectedValue(IdentifierInput.shown(s, true)));
    }
  }

  private static void checkUnit(String s, int from) {
    if (s.charAt(from) == '0' && s.charAt(from + 1) == '0' && s.charAt(from + 2) == '0') {
      throw IdentifierInput.wrongShape(
          FIELD, s, "0000000000-001..999", from, "tax-code.dependent-unit-range", true);
    }
  }

  /**
   * Returns the form of this code.
   *
   * @return main (10 digits), dependent unit (13) or personal id (12)
   * @since 0.1.0
   */
  public TaxCodeKind kind() {
    return switch (value.length()) {
      case 10 -> TaxCodeKind.MAIN;
      case 12 -> TaxCodeKind.PERSONAL_ID;
      default -> TaxCodeKind.DEPENDENT_UNIT;
    };
  }

  /**
   * Returns the code of the parent organisation: the first ten digits of a dependent unit's code,
   * or this code itself otherwise.
   *
   * @return the main code
   * @since 0.1.0
   */
  public TaxCode mainCode() {
    return kind() == TaxCodeKind.DEPENDENT_UNIT ? new TaxCode(value.substring(0, 10)) : this;
  }

  /**
   * Returns the dependent-unit number.
   *
   * @return the three digits after the dash, for example {@code 002}, or empty if not a unit
   * @since 0.1.0
   */
  public Optional<String> dependentUnit() {
    return kind() == TaxCodeKind.DEPENDENT_UNIT
        ? Optional.of(value.substring(11))
        : Optional.empty();
  }

  /**
   * Returns the personal identification number, when the code is one.
   *
   * @return the personal id, or empty for a 10- or 13-digit code
   * @since 0.1.0
   */
  public Optional<PersonalIdNumber> personalIdNumber() {
    return kind() == TaxCodeKind.PERSONAL_ID
        ? Optional.of(new PersonalIdNumber(value))
        : Optional.empty();
  }

  /**
   * Returns the code with all but the last three digits hidden, for logs.
   *
   * @return for example {@code **********-002}
   */
  @Override
  public String masked() {
    return Masking.taxCode(value);
  }

  /**
   * Returns the canonical code.
   *
   * @return for example {@code 0314409058-002}
   */
  @Override
  public String toString() {
    return value;
  }
}
