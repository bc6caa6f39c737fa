package vn.lienthong.core.id;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.internal.InputChecks;
import vn.lienthong.core.internal.id.IdentifierInput;

/**
 * How dossier codes are written: a pattern of literal characters and three placeholders, {@code
 * {agency}} (the {@link AgencyCode}), {@code {yyMMdd}} or {@code {yyyyMMdd}} (the receipt date) and
 * {@code {seq:N}} (the daily sequence, zero-padded to N digits, 1 to 9).
 *
 * <p>The default, {@value #DEFAULT_PATTERN}, follows Circular 01/2018/TT-VPCP art. 19 ({@code
 * 000.00.01.H22-250701-0001}). The separator and any later change to the rule are not confirmed, so
 * the pattern is configuration. Every placeholder has a fixed width, so parsing a code back is a
 * single left-to-right scan. A two-digit year means 2000-2099. Literals are printable ASCII other
 * than braces.
 *
 * <p>Instances are immutable and thread-safe; create one per pattern and reuse it.
 *
 * <pre>{@code
 * DossierCodeFormat f = DossierCodeFormat.of("{agency}-{yyMMdd}-{seq:4}");
 * DossierCode c = f.parse("000.00.01.H22-250701-0001");
 * c.sequence();   // 1
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DossierCodeFormat {

  /** The default pattern, from Circular 01/2018/TT-VPCP art. 19. */
  public static final String DEFAULT_PATTERN = "{agency}-{yyMMdd}-{seq:4}";

  /** The default format, {@value #DEFAULT_PATTERN}. */
  public static final DossierCodeFormat DEFAULT = of(DEFAULT_PATTERN);

  /** The longest accepted pattern. */
  public static final int MAX_PATTERN_LENGTH = 64;

  private static final String FIELD = "dossierCode";
  private static final InputChecks.Alphabet ALPHABET =
      InputChecks.Alphabet.of("printable ASCII", c -> c > ' ' && c < 0x7f);

  private enum Kind {
    LITERAL,
    AGENCY,
    DATE,
    SEQUENCE
  }

  private record Part(Kind kind, String literal, int width) {}

  private final String pattern;
  private final List<Part> parts;
  private final int length;
  private final int sequenceWidth;
  private final boolean fullYear;

  private DossierCodeFormat(String pattern, List<Part> parts) {
    this.pattern = pattern;
    this.parts = List.copyOf(parts);
    int len = 0;
    int seq = 0;
    boolean full = false;
    for (Part p : parts) {
      len += p.width();
      if (p.kind() == Kind.SEQUENCE) {
        seq = p.width();
      } else if (p.kind() == Kind.DATE) {
        full = p.width() == 8;
      }
    }
    this.length = len;
    this.sequenceWidth = seq;
    this.fullYear = full;
  }

  /**
   * Returns the format for a pattern.
   *
   * @param pattern for example {@code {agency}-{yyMMdd}-{seq:4}}
   * @return the format
   * @throws NullPointerException if {@code pattern} is null
   * @throws ConfigurationException with {@link CoreErrorCode#INVALID_CONFIGURATION} if a
   *     placeholder is unknown, missing or repeated, or a literal character is not printable ASCII
   * @since 0.1.0
   */
  public static DossierCodeFormat of(String pattern) {
    Objects.requireNonNull(pattern, "pattern");
    if (pattern.length() > MAX_PATTERN_LENGTH) {
      throw invalid(pattern, "too-long");
    }
    List<Part> parts = new ArrayList<>();
    boolean[] seen = new boolean[Kind.values().length];
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '{') {
        int end = pattern.indexOf('}', i);
        if (end < 0) {
          throw invalid(pattern, "unclosed-placeholder");
        }
        Part part = placeholder(pattern, pattern.substring(i + 1, end));
        if (seen[part.kind().ordinal()]) {
          throw invalid(pattern, "repeated-placeholder");
        }
        seen[part.kind().ordinal()] = true;
        if (literal.length() > 0) {
          parts.add(new Part(Kind.LITERAL, literal.toString(), literal.length()));
          literal.setLength(0);
        }
        parts.add(part);
        i = end;
      } else if (c > ' ' && c < 0x7f && c != '}') {
        literal.append(c);
      } else {
        throw invalid(pattern, "literal-characters");
      }
    }
    if (literal.length() > 0) {
      parts.add(new Part(Kind.LITERAL, literal.toString(), literal.length()));
    }
    if (!seen[Kind.AGENCY.ordinal()]
        || !seen[Kind.DATE.ordinal()]
        || !seen[Kind.SEQUENCE.ordinal()]) {
      throw invalid(pattern, "missing-placeholder");
    }
    return new DossierCodeFormat(pattern, parts);
  }

  private static Part placeholder(String pattern, String name) {
    switch (name) {
      case "agency":
        return new Part(Kind.AGENCY, "", AgencyCode.LENGTH);
      case "yyMMdd":
        return new Part(Kind.DATE, "", 6);
      case "yyyyMMdd":
        return new Part(Kind.DATE, "", 8);
      default:
        if (name.length() == 5
            && name.startsWith("seq:")
            && name.charAt(4) >= '1'
            && name.charAt(4) <= '9') {
          return new Part(Kind.SEQUENCE, "", name.charAt(4) - '0');
        }
        throw invalid(pattern, "unknown-placeholder");
    }
  }

  private static ConfigurationException invalid(String pattern, String rule) {
    return new ConfigurationException(
        CoreErrorCode.INVALID_CONFIGURATION,
        ErrorDetails.field("dossierCodeFormat")
            .rule("dossier-code-format." + rule)
            .rejectedValue(pattern),
        null);
  }

  /**
   * Returns the pattern.
   *
   * @return the pattern this format was made from
   * @since 0.1.0
   */
  public String pattern() {
    return pattern;
  }

  /**
   * Returns the length of every code in this format.
   *
   * @return the number of characters
   * @since 0.1.0
   */
  public int length() {
    return length;
  }

  /**
   * Returns the largest sequence number the format can hold.
   *
   * @return for example 9999 for {@code {seq:4}}
   * @since 0.1.0
   */
  public long maxSequence() {
    long max = 1;
    for (int i = 0; i < sequenceWidth; i++) {
      max *= 10;
    }
    return max - 1;
  }

  /**
   * Tells whether the format can write a receipt date: 2000-2099 with a two-digit year, 1-9999
   * otherwise.
   *
   * @param date the date
   * @return {@code true} if it can be written
   * @since 0.1.0
   */
  public boolean supports(LocalDate date) {
    int year = date.getYear();
    return fullYear ? year >= 1 && year <= 9999 : year >= 2000 && year <= 2099;
  }

  /**
   * Parses a dossier code written in this format; surrounding spaces are ignored and the agency
   * code's letter is upper-cased.
   *
   * @param raw the input
   * @return the dossier code
   * @throws NullPointerException if {@code raw} is null
   * @throws InvalidInputException if it does not follow the format or its date does not exist
   * @since 0.1.0
   */
  public DossierCode parse(String raw) {
    String s = IdentifierInput.token(FIELD, raw, length, ALPHABET, false);
    if (s.length() != length) {
      throw IdentifierInput.wrongLength(
          FIELD, s, Integer.toString(length), "dossier-code.length", false);
    }
    AgencyCode agency = null;
    LocalDate date = null;
    long sequence = 0;
    int at = 0;
    for (Part p : parts) {
      switch (p.kind()) {
        case LITERAL -> check(s, at, p.literal());
        case AGENCY -> {
          check(s, at, AgencyCode.SHAPE);
          agency = new AgencyCode(s.substring(at, at + p.width()).toUpperCase(Locale.ROOT));
        }
        case DATE -> {
          check(s, at, p.width() == 8 ? "99999999" : "999999");
          date = date(s, at, p.width());
        }
        case SEQUENCE -> {
          check(s, at, "999999999".substring(0, p.width()));
          sequence = Long.parseLong(s, at, at + p.width(), 10);
          if (sequence == 0) {
            throw IdentifierInput.wrongShape(
                FIELD, s, pattern, at, "dossier-code.sequence-positive", false);
          }
        }
      }
      at += p.width();
    }
    return new DossierCode(
        Objects.requireNonNull(agency), Objects.requireNonNull(date), sequence, this);
  }

  private void check(String s, int at, String shape) {
    int bad = IdentifierInput.mismatch(s, at, shape);
    if (bad >= 0) {
      throw IdentifierInput.wrongShape(FIELD, s, pattern, bad, "dossier-code.format", false);
    }
  }

  private static LocalDate date(String s, int at, int width) {
    int yearWidth = width - 4;
    int year = Integer.parseInt(s, at, at + yearWidth, 10) + (width == 6 ? 2000 : 0);
    int month = Integer.parseInt(s, at + yearWidth, at + yearWidth + 2, 10);
    int day = Integer.parseInt(s, at + yearWidth + 2, at + width, 10);
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new InvalidInputException(
          CoreErrorCode.DOSSIER_CODE_DATE,
          ErrorDetails.field(FIELD)
              .rule("dossier-code.date")
              .with("date", s.substring(at, at + width))
              .rejectedValue(s),
          e);
    }
  }

  String format(AgencyCode agency, LocalDate date, long sequence) {
    StringBuilder out = new StringBuilder(length);
    for (Part p : parts) {
      switch (p.kind()) {
        case LITERAL -> out.append(p.literal());
        case AGENCY -> out.append(agency.value());
        case DATE -> {
          int year = date.getYear();
          pad(out, p.width() == 8 ? year : year % 100, p.width() - 4);
          pad(out, date.getMonthValue(), 2);
          pad(out, date.getDayOfMonth(), 2);
        }
        case SEQUENCE -> pad(out, sequence, p.width());
      }
    }
    return out.toString();
  }

  private static void pad(StringBuilder out, long n, int width) {
    String digits = Long.toString(n);
    for (int i = digits.length(); i < width; i++) {
      out.append('0');
    }
    out.append(digits);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DossierCodeFormat other && pattern.equals(other.pattern);
  }

  @Override
  public int hashCode() {
    return pattern.hashCode();
  }

  /**
   * Returns the pattern.
   *
   * @return the pattern
   */
  @Override
  public String toString() {
    return pattern;
  }
}
