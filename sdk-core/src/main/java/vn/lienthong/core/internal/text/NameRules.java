package vn.lienthong.core.internal.text;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.internal.InputChecks;
import vn.lienthong.core.internal.Printable;
import vn.lienthong.core.privacy.Masking;
import vn.lienthong.core.text.VietnameseText;

/** Validation, normalisation and masking of person names. Not part of the public API. */
public final class NameRules {

  /** Longest accepted name, in characters after NFC and whitespace collapsing. */
  public static final int MAX_LENGTH = 100;

  /** Longest raw input looked at: NFD spellings and stray spaces take room. */
  private static final int MAX_RAW_LENGTH = 3 * MAX_LENGTH;

  private static final String ALLOWED = "Vietnamese letters, f j w z, space, ' -";

  private static final InputChecks.Alphabet PRINTABLE =
      InputChecks.Alphabet.of(
          "printable characters",
          c -> VietnameseText.isWhitespace((char) c) || !Printable.needsEscape(c));

  private NameRules() {}

  /**
   * Validates a person name and returns its normalised form: NFC, white space collapsed,
   * apostrophes and hyphens unified, each word capitalised.
   *
   * @param field the field name for errors
   * @param raw the input
   * @return the normalised name
   * @throws NullPointerException if {@code raw} is null
   * @throws InvalidInputException if the name breaks a rule
   */
  public static String validate(String field, String raw) {
    Objects.requireNonNull(raw, field);
    if (raw.length() > MAX_RAW_LENGTH) {
      throw InputChecks.tooLong(field, raw.length(), MAX_LENGTH);
    }
    String token;
    try {
      token = InputChecks.token(field, raw, MAX_RAW_LENGTH, PRINTABLE);
    } catch (InvalidInputException e) {
      ErrorDetails d = e.details();
      if (d.rejectedValue().isPresent()) {
        d = d.with(ErrorDetails.VALUE, mask(raw));
      }
      throw new InvalidInputException(e.errorCode(), d);
    }
    String s = VietnameseText.collapseWhitespace(VietnameseText.nfc(token));
    if (s.length() > MAX_LENGTH) {
      throw InputChecks.tooLong(field, s.length(), MAX_LENGTH);
    }
    checkScripts(field, s);
    char[] out = s.toCharArray();
    for (int i = 0; i < out.length; i++) {
      char c = out[i];
      if (c == ' ' || Letters.isVietnamese(c)) {
        continue;
      }
      if (c == '\'' || c == '\u2019' || c == '\u02BC' || c == '-' || c == '\u2010') {
        boolean between =
            i > 0 && i < out.length - 1 && isLetter(out[i - 1]) && isLetter(out[i + 1]);
        if (!between) {
          throw error(CoreErrorCode.NAME_MISPLACED_PUNCTUATION, "punctuation", field, s, i);
        }
        out[i] = c == '-' || c == '\u2010' ? '-' : '\'';
        continue;
      }
      int cp = s.codePointAt(i);
      if (Character.getType(cp) == Character.NON_SPACING_MARK) {
        throw error(CoreErrorCode.NAME_STRAY_DIACRITIC, "diacritics", field, s, i);
      } else if (Character.isLetter(cp)) {
        throw error(CoreErrorCode.NAME_UNSUPPORTED_LETTER, "letters", field, s, i);
      } else if (Character.isDigit(cp)) {
        throw error(CoreErrorCode.NAME_DIGIT, "no-digits", field, s, i);
      }
      InvalidInputException e = InputChecks.badCharacter(field, s, i, ALLOWED);
      throw new InvalidInputException(e.errorCode(), e.details().with(ErrorDetails.VALUE, mask(s)));
    }
    return capitalise(out);
  }

  private static boolean isLetter(char c) {
    return Letters.isVietnamese(c);
  }

  private static void checkScripts(String field, String s) {
    Set<String> foreign = new TreeSet<>();
    boolean latin = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      if (script == Character.UnicodeScript.LATIN) {
        latin = true;
      } else if (script != Character.UnicodeScript.COMMON
          && script != Character.UnicodeScript.INHERITED) {
        foreign.add(displayName(script));
      }
    }
    if (foreign.isEmpty()) {
      return;
    }
    String scripts = (latin ? "Latin, " : "") + String.join(", ", foreign);
    CoreErrorCode code = latin ? CoreErrorCode.MIXED_SCRIPTS : CoreErrorCode.NAME_FOREIGN_SCRIPT;
    String rule = latin ? "person-name.mixed-scripts" : "person-name.latin-script";
    throw new InvalidInputException(
        code, ErrorDetails.field(field).rule(rule).with("scripts", scripts).rejectedValue(mask(s)));
  }

  private static String displayName(Character.UnicodeScript script) {
    String n = script.name().replace('_', ' ');
    return n.charAt(0) + n.substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  private static InvalidInputException error(
      CoreErrorCode code, String rule, String field, String s, int index) {
    int cp = s.codePointAt(index);
    String shown = String.format("U+%04X", cp);
    String name = Character.getName(cp);
    if (name != null) {
      shown += " " + name;
    }
    return new InvalidInputException(
        code,
        ErrorDetails.field(field)
            .rule("person-name." + rule)
            .with("character", shown)
            .with("position", index + 1)
            .rejectedValue(mask(s)));
  }

  /**
   * Capitalises each word: the first letter of the text and each letter after a space, hyphen or
   * apostrophe upper case, every other letter lower case.
   *
   * @param buf the characters, changed in place
   * @return the capitalised text
   */
  public static String capitalise(char[] buf) {
    boolean start = true;
    for (int i = 0; i < buf.length; i++) {
      char c = buf[i];
      if (c == ' ' || c == '-' || c == '\'') {
        start = true;
      } else if (Character.isLetter(c)) {
        buf[i] = start ? Character.toUpperCase(c) : Character.toLowerCase(c);
        start = false;
      }
    }
    return new String(buf);
  }

  /**
   * Masks a name for logs and error messages: the first character of each word is kept, every other
   * letter or digit becomes {@code *}.
   *
   * @param name the name
   * @return the masked name, for example {@code Nguyễn V. A.}
   */
  public static String mask(String name) {
    // One masking policy for names everywhere: the privacy package's. Bounded, as names in
    // errors may be hostile input of any length.
    return Masking.personName(name.length() > 200 ? name.substring(0, 200) : name);
  }
}
