package vn.lienthong.core.internal.id;

import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.internal.InputChecks;
import vn.lienthong.core.privacy.Masking;

/**
 * Shared first steps of the identifier parsers: the {@link InputChecks} gate with personal values
 * masked in the error, and the length and shape errors. Not part of the public API.
 */
public final class IdentifierInput {

  /** How many trailing digits of a personal value stay visible in errors and logs. */
  public static final int VISIBLE_DIGITS = 3;

  private IdentifierInput() {}

  /**
   * Runs the {@link InputChecks} gate; for personal values the rejected value in the error is
   * masked.
   *
   * @param field the field name
   * @param raw the raw input
   * @param maxLength the longest accepted token
   * @param alphabet the allowed characters
   * @param personal whether the value is personal data
   * @return the trimmed token
   * @throws InvalidInputException from {@link InputChecks#token}
   */
  public static String token(
      String field, String raw, int maxLength, InputChecks.Alphabet alphabet, boolean personal) {
    try {
      return InputChecks.token(field, raw, maxLength, alphabet);
    } catch (InvalidInputException e) {
      if (e.errorCode() == CoreErrorCode.REQUIRED || e.errorCode() == CoreErrorCode.TOO_LONG) {
        throw e;
      }
      // InputChecks leaves the value out; an identifier knows whether it is personal.
      throw new InvalidInputException(
          e.errorCode(), e.details().rejectedValue(shown(raw.strip(), personal)), null);
    }
  }

  /**
   * Returns the value as it may appear in an error: masked if personal.
   *
   * @param value the value
   * @param personal whether the value is personal data
   * @return the value or its masked form
   */
  public static String shown(String value, boolean personal) {
    return personal ? Masking.personalIdNumber(value) : value;
  }

  /**
   * Returns the error for a value of the wrong length.
   *
   * @param field the field
   * @param value the trimmed value
   * @param expected the expected length(s), for example {@code 12} or {@code 10 or 14}
   * @param rule the rule identifier
   * @param personal whether the value is personal data
   * @return the exception to throw
   */
  public static InvalidInputException wrongLength(
      String field, String value, String expected, String rule, boolean personal) {
    return new InvalidInputException(
        CoreErrorCode.IDENTIFIER_LENGTH,
        ErrorDetails.field(field)
            .rule(rule)
            .with("expected", expected)
            .with("length", value.length())
            .rejectedValue(shown(value, personal)));
  }

  /**
   * Returns the error for a value that does not have the expected shape.
   *
   * @param field the field
   * @param value the trimmed value
   * @param format the expected format, for example {@code 000.00.00.H00}
   * @param index the zero-based index of the first offending character
   * @param rule the rule identifier
   * @param personal whether the value is personal data
   * @return the exception to throw
   */
  public static InvalidInputException wrongShape(
      String field, String value, String format, int index, String rule, boolean personal) {
    return new InvalidInputException(
        CoreErrorCode.IDENTIFIER_SHAPE,
        ErrorDetails.field(field)
            .rule(rule)
            .with("format", format)
            .with("position", index + 1)
            .rejectedValue(shown(value, personal)));
  }

  /**
   * Finds where {@code value}, from {@code offset}, departs from a shape in which {@code 9} stands
   * for an ASCII digit, {@code A} for an ASCII letter of either case and any other character for
   * itself. A linear scan: no regular expression, no backtracking.
   *
   * @param value the value
   * @param offset where the shape starts in the value
   * @param shape the shape
   * @return the index in {@code value} of the first mismatch, or -1 when it matches
   */
  public static int mismatch(String value, int offset, String shape) {
    for (int i = 0; i < shape.length(); i++) {
      int at = offset + i;
      if (at >= value.length()) {
        return at;
      }
      char c = value.charAt(at);
      char s = shape.charAt(i);
      boolean ok =
          switch (s) {
            case '9' -> c >= '0' && c <= '9';
            case 'A' -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
            default -> c == s;
          };
      if (!ok) {
        return at;
      }
    }
    return -1;
  }

  /**
   * Tells whether every character is an ASCII digit.
   *
   * @param s the string
   * @return {@code true} if only {@code 0-9}
   */
  public static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
