package vn.lienthong.core.id;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.internal.InputChecks;
import vn.lienthong.core.internal.id.IdentifierInput;
import vn.lienthong.core.privacy.LogSafe;

/**
 * The electronic identifier of an agency or organisation (mã định danh điện tử, Decision
 * 20/2020/QĐ-TTg as amended by Decision 09/2025/QĐ-TTg): four dot-separated groups, three of digits
 * and a last one of a letter and two digits, such as {@code 000.00.00.G22} (the Government Office),
 * {@code 000.00.00.H41} (Nghệ An People's Committee) or {@code 001.00.10.H47}.
 *
 * <p>The last group's letter tells the kind of body: {@code G} central bodies, {@code H} provinces;
 * other letters exist. What each group means at each administrative level after the 2025 reform is
 * not confirmed, so this type validates the shape only and exposes the groups; which agency a code
 * names is registry data, not code. A lower-case letter is accepted and canonicalised to upper
 * case.
 *
 * <p>Agency codes identify public bodies, not people: {@link #masked()} returns the code itself.
 * Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * AgencyCode a = AgencyCode.parse("001.00.10.H47");
 * a.letter();     // 'H'
 * a.groups();     // [001, 00, 10, H47]
 * }</pre>
 *
 * @param value the canonical code, for example {@code 000.00.00.G22}
 * @since 0.1.0
 */
public record AgencyCode(String value) implements LogSafe {

  /** The shape: {@code 9} a digit, {@code A} a letter, anything else itself. */
  static final String SHAPE = "999.99.99.A99";

  /** The length of a code. */
  public static final int LENGTH = 13;

  private static final String FIELD = "agencyCode";
  private static final String FORMAT = "000.00.00.X00";
  static final InputChecks.Alphabet ALPHABET =
      InputChecks.Alphabet.of(
          "0-9 . A-Z",
          c ->
              (c >= '0' && c <= '9')
                  || c == '.'
                  || (c >= 'A' && c <= 'Z')
                  || (c >= 'a' && c <= 'z'));

  /**
   * Creates an agency code from its canonical form; use {@link #parse(String)} for user input.
   *
   * @param value the canonical code
   * @throws NullPointerException if {@code value} is null
   * @throws InvalidInputException if {@code value} is not a canonical agency code
   */
  public AgencyCode {
    Objects.requireNonNull(value, "value");
    if (!canonical(value, FIELD).equals(value)) {
      throw IdentifierInput.wrongShape(FIELD, value, FORMAT, 0, "agency-code.canonical", false);
    }
  }

  /**
   * Parses an agency code; surrounding spaces are ignored and the letter is upper-cased.
   *
   * @param raw the input
   * @return the code
   * @throws NullPointerException if {@code raw} is null
   * @throws InvalidInputException if it does not have the shape {@code 000.00.00.X00}
   * @since 0.1.0
   */
  public static AgencyCode parse(String raw) {
    return new AgencyCode(canonical(raw, FIELD));
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
      canonical(raw, FIELD);
      return true;
    } catch (InvalidInputException e) {
      return false;
    }
  }

  static String canonical(String raw, String field) {
    String s = IdentifierInput.token(field, raw, LENGTH, ALPHABET, false);
    int bad = IdentifierInput.mismatch(s, 0, SHAPE);
    if (bad >= 0) {
      throw IdentifierInput.wrongShape(field, s, FORMAT, bad, "agency-code.format", false);
    }
    if (s.length() != LENGTH) {
      throw IdentifierInput.wrongLength(field, s, "13", "agency-code.length", false);
    }
    char letter = s.charAt(10);
    return letter >= 'a' ? s.toUpperCase(Locale.ROOT) : s;
  }

  /**
   * Returns the four groups, left to right.
   *
   * @return for example {@code [000, 00, 00, G22]}
   * @since 0.1.0
   */
  public List<String> groups() {
    return List.of(
        value.substring(0, 3), value.substring(4, 6), value.substring(7, 9), value.substring(10));
  }

  /**
   * Returns the letter of the last group: {@code G} for central bodies, {@code H} for provinces.
   *
   * @return an upper-case ASCII letter
   * @since 0.1.0
   */
  public char letter() {
    return value.charAt(10);
  }

  /**
   * Returns the code itself: it names a public body, not a person.
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
   * @return for example {@code 000.00.00.G22}
   */
  @Override
  public String toString() {
    return value;
  }
}
