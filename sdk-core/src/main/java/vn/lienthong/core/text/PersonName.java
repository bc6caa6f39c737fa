package vn.lienthong.core.text;

import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.internal.text.NameKeys;
import vn.lienthong.core.internal.text.NameRules;
import vn.lienthong.core.privacy.LogSafe;

/**
 * A validated person's full name (họ và tên), in Vietnamese order: family name (họ), middle names
 * (tên đệm), given name (tên).
 *
 * <p>Accepted: the letters of the Vietnamese alphabet with their tones, the Latin letters f, j, w,
 * z found in ethnic-minority names, single spaces, and an apostrophe or hyphen between two letters
 * (H'Hen Niê). Rejected with a precise code: digits ({@code LT-CORE-0302}), other Latin letters
 * ({@code 0301}), names mixing Latin with Cyrillic or Greek look-alikes ({@code LT-CORE-0007}),
 * names in another script ({@code 0303}), stray diacritics ({@code 0304}), misplaced punctuation
 * ({@code 0305}), invisible or control characters and names over {@value #MAX_LENGTH} characters.
 *
 * <p>The value is normalised: NFC, white space collapsed, each word capitalised; tone placement is
 * kept as written (see {@link ToneStyle}), so {@link #equals} compares spellings while {@link
 * #matches} compares names. {@link #toString()} is masked, since a name is personal data.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * PersonName name = PersonName.parse("nguyễn  văn AN");  // "Nguyễn Văn An"
 * name.matches(PersonName.parse("NGUYỄN VĂN AN"));      // true
 * }</pre>
 *
 * @param value the normalised full name
 * @since 0.1.0
 */
public record PersonName(String value) implements LogSafe {

  /** Longest accepted name, in characters after normalisation. */
  public static final int MAX_LENGTH = NameRules.MAX_LENGTH;

  private static final String FIELD = "personName";

  /**
   * Validates and normalises a name.
   *
   * @param value the name as typed
   * @throws NullPointerException if {@code value} is null
   * @throws InvalidInputException if the name breaks a rule
   */
  public PersonName {
    value = NameRules.validate(FIELD, value);
  }

  /**
   * Parses a name, reporting errors against the field {@code personName}.
   *
   * @param text the name as typed, in NFC or NFD
   * @return the name
   * @throws NullPointerException if {@code text} is null
   * @throws InvalidInputException if the name breaks a rule
   */
  public static PersonName parse(String text) {
    return new PersonName(text);
  }

  /**
   * Parses a name, reporting errors against the given field.
   *
   * @param text the name as typed, in NFC or NFD
   * @param field the field name for errors, for example {@code motherName}
   * @return the name
   * @throws NullPointerException if an argument is null
   * @throws InvalidInputException if the name breaks a rule
   */
  public static PersonName parse(String text, String field) {
    return new PersonName(NameRules.validate(field, text));
  }

  /**
   * Returns the family name (họ), the first word; empty for a one-word name.
   *
   * @return the family name
   */
  public String familyName() {
    int space = value.indexOf(' ');
    return space < 0 ? "" : value.substring(0, space);
  }

  /**
   * Returns the middle names (tên đệm), the words between the first and the last; may be empty.
   *
   * @return the middle names
   */
  public String middleName() {
    int first = value.indexOf(' ');
    int last = value.lastIndexOf(' ');
    return first < last ? value.substring(first + 1, last) : "";
  }

  /**
   * Returns the given name (tên), the last word.
   *
   * @return the given name
   */
  public String givenName() {
    return value.substring(value.lastIndexOf(' ') + 1);
  }

  /**
   * Returns the match key: lower case, tones in their modern position (see {@link
   * VietnameseNames#matchKey}).
   *
   * @return the match key
   */
  public String matchKey() {
    return NameKeys.matchKey(value);
  }

  /**
   * Returns the diacritic-insensitive search key (see {@link VietnameseNames#searchKey}).
   *
   * @return the search key, for example {@code "nguyen van an"}
   */
  public String searchKey() {
    return NameKeys.searchKey(value);
  }

  /**
   * Tells whether another name is the same name, whatever the case or tone placement.
   *
   * @param other the other name
   * @return {@code true} if the match keys are equal
   * @throws NullPointerException if {@code other} is null
   */
  public boolean matches(PersonName other) {
    return value.equals(other.value) || matchKey().equals(other.matchKey());
  }

  /**
   * Returns the name masked by the privacy policy of {@link
   * vn.lienthong.core.privacy.Masking#personName(String)}: family name kept, other words as
   * initials.
   *
   * @return for example {@code Nguyễn V. A.}
   */
  @Override
  public String masked() {
    return NameRules.mask(value);
  }

  /**
   * Returns the masked name; use {@link #value()} for the name itself.
   *
   * @return the masked name
   */
  @Override
  public String toString() {
    return masked();
  }
}
