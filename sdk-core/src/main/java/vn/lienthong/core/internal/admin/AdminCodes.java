package vn.lienthong.core.internal.admin;

import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.internal.InputChecks;

/** Shape checks of administrative unit codes and names. Not part of the public API. */
public final class AdminCodes {

  /** Longest name accepted by the name look-ups, in characters. */
  public static final int MAX_NAME_LENGTH = 100;

  /** Characters a unit name may contain: letters, combining marks, digits and light punctuation. */
  static final InputChecks.Alphabet NAME_ALPHABET =
      // A class rather than a lambda: on a cold JVM each lambda bootstraps invokedynamic machinery.
      new InputChecks.Alphabet() {
        @Override
        public boolean allows(char c) {
          return Character.isLetter(c)
              || Character.getType(c) == Character.NON_SPACING_MARK
              || (c >= '0' && c <= '9')
              || " .,-'()".indexOf(c) >= 0;
        }

        @Override
        public String description() {
          return "letters 0-9 space . , - ' ( )";
        }
      };

  private AdminCodes() {}

  /**
   * Checks a 2-digit province code.
   *
   * @param field the field name for errors
   * @param raw the input
   * @return the trimmed code
   * @throws NullPointerException if {@code raw} is null
   * @throws InvalidInputException if the code is not 2 ASCII digits
   */
  public static String provinceCode(String field, String raw) {
    return digits(field, raw, 2, CoreErrorCode.PROVINCE_CODE_LENGTH, "province-code.length");
  }

  /**
   * Checks a 5-digit commune code.
   *
   * @param field the field name for errors
   * @param raw the input
   * @return the trimmed code
   * @throws NullPointerException if {@code raw} is null
   * @throws InvalidInputException if the code is not 5 ASCII digits
   */
  public static String communeCode(String field, String raw) {
    return digits(field, raw, 5, CoreErrorCode.COMMUNE_CODE_LENGTH, "commune-code.length");
  }

  /**
   * Checks a unit name given to a look-up.
   *
   * @param field the field name for errors
   * @param raw the input
   * @return the trimmed name
   * @throws NullPointerException if {@code raw} is null
   * @throws InvalidInputException if the name is empty, too long or has disallowed characters
   */
  public static String name(String field, String raw) {
    return InputChecks.token(field, raw, MAX_NAME_LENGTH, NAME_ALPHABET);
  }

  private static String digits(
      String field, String raw, int length, CoreErrorCode code, String rule) {
    // A generous bound so that the length check below gives the precise code for near misses.
    String s = InputChecks.token(field, raw, 16, InputChecks.DIGITS);
    if (s.length() != length) {
      throw new InvalidInputException(
          code,
          ErrorDetails.field(field)
              .rule(rule)
              .with("length", s.length())
              .with("expected", length)
              .rejectedValue(s));
    }
    return s;
  }
}
