package vn.lienthong.core.internal;

import java.util.Objects;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;

/**
 * The first gate of every parser: rejects empty, over-long, invisible, control, non-ASCII-digit and
 * disallowed characters with a precise code and position, before any rule-specific check. Length is
 * checked first, so a 10 MB string costs nothing. Not part of the public API.
 */
public final class InputChecks {

  /** Which characters a token may contain, with their description for messages ({@code 0-9}). */
  public interface Alphabet {
    /**
     * Tells whether the character is allowed.
     *
     * @param c the character
     * @return {@code true} if allowed
     */
    boolean allows(char c);

    /**
     * Describes the allowed characters, language-neutral, such as {@code 0-9} or {@code 0-9 . A-Z}.
     *
     * @return the description
     */
    String description();

    /**
     * Returns an alphabet from a predicate and its description.
     *
     * @param description language-neutral description
     * @param predicate the test
     * @return the alphabet
     */
    static Alphabet of(String description, java.util.function.IntPredicate predicate) {
      return new Alphabet() {
        @Override
        public boolean allows(char c) {
          return predicate.test(c);
        }

        @Override
        public String description() {
          return description;
        }
      };
    }
  }

  /**
   * ASCII digits only. A plain class rather than a lambda: the first parse in a fresh JVM then does
   * not pay for bootstrapping the lambda machinery (about 10 ms).
   */
  public static final Alphabet DIGITS = new AsciiDigits();

  private static final class AsciiDigits implements Alphabet {
    @Override
    public boolean allows(char c) {
      return c >= '0' && c <= '9';
    }

    @Override
    public String description() {
      return "0-9";
    }
  }

  private InputChecks() {}

  /**
   * Trims surrounding ASCII spaces and checks that what remains is a non-empty token of at most
   * {@code maxLength} characters from {@code alphabet}.
   *
   * @param field the field name for errors
   * @param raw the raw input
   * @param maxLength the longest accepted token after trimming
   * @param alphabet the allowed characters
   * @return the trimmed token
   * @throws NullPointerException if {@code raw} is null
   * @throws InvalidInputException with {@link CoreErrorCode#REQUIRED}, {@link
   *     CoreErrorCode#TOO_LONG}, {@link CoreErrorCode#INVISIBLE_CHARACTER}, {@link
   *     CoreErrorCode#CONTROL_CHARACTER}, {@link CoreErrorCode#NON_ASCII_DIGIT} or {@link
   *     CoreErrorCode#UNEXPECTED_CHARACTER}
   */
  public static String token(String field, String raw, int maxLength, Alphabet alphabet) {
    Objects.requireNonNull(raw, field);
    // Generous bound before trimming so that surrounding spaces are tolerated but huge input is
    // not.
    if (raw.length() > maxLength + 64) {
      throw tooLong(field, raw.length(), maxLength);
    }
    String s = raw.strip();
    if (s.isEmpty()) {
      throw new InvalidInputException(
          CoreErrorCode.REQUIRED, ErrorDetails.field(field).rule("required"));
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!alphabet.allows(c)) {
        throw badCharacter(field, s, i, alphabet.description());
      }
    }
    if (s.length() > maxLength) {
      throw tooLong(field, s.length(), maxLength);
    }
    return s;
  }

  /**
   * Returns the most precise error for a disallowed character at {@code index}.
   *
   * @param field the field
   * @param s the input
   * @param index where the character is
   * @param allowed description of the allowed characters
   * @return the exception to throw
   */
  public static InvalidInputException badCharacter(
      String field, String s, int index, String allowed) {
    int cp = s.codePointAt(index);
    String shown = String.format("U+%04X", cp);
    String name = Character.getName(cp);
    if (name != null) {
      shown += " " + name;
    }
    ErrorDetails details =
        ErrorDetails.field(field)
            .with("character", shown)
            .with("position", index + 1)
            .with("allowed", allowed);
    // The value itself is left out: it may be personal data. Callers that know it is not may add
    // it.
    CoreErrorCode code;
    if (Character.isSurrogate(s.charAt(index)) && Character.charCount(cp) == 1) {
      code = CoreErrorCode.MALFORMED_TEXT;
    } else if (Character.getType(cp) == Character.FORMAT) {
      code = CoreErrorCode.INVISIBLE_CHARACTER;
    } else if (Character.isISOControl(cp) || Printable.needsEscape(cp)) {
      code = CoreErrorCode.CONTROL_CHARACTER;
    } else if (Character.isDigit(cp)) {
      code = CoreErrorCode.NON_ASCII_DIGIT;
    } else {
      code = CoreErrorCode.UNEXPECTED_CHARACTER;
    }
    return new InvalidInputException(code, details.rule(ruleOf(code)));
  }

  /**
   * Returns the error for an over-long value.
   *
   * @param field the field
   * @param length the actual length
   * @param maxLength the allowed length
   * @return the exception to throw
   */
  public static InvalidInputException tooLong(String field, int length, int maxLength) {
    return new InvalidInputException(
        CoreErrorCode.TOO_LONG,
        ErrorDetails.field(field).rule("max-length").with("length", length).with("max", maxLength));
  }

  private static String ruleOf(CoreErrorCode code) {
    return switch (code) {
      case INVISIBLE_CHARACTER -> "no-invisible-characters";
      case CONTROL_CHARACTER -> "no-control-characters";
      case NON_ASCII_DIGIT -> "ascii-digits";
      case MALFORMED_TEXT -> "well-formed-unicode";
      default -> "allowed-characters";
    };
  }
}
