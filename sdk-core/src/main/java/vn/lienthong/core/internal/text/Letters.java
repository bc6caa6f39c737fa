package vn.lienthong.core.internal.text;

import java.text.Normalizer;

/**
 * Per-character tables for Latin letters, built once from the JDK's Unicode decomposition data: the
 * diacritic-folded form, and for Vietnamese letters the shaped base letter (a, ă, â, ..., đ), the
 * tone and the case. Covers U+0000-U+1EFF; other characters take the slow paths. Not part of the
 * public API.
 */
public final class Letters {

  /** Table value: the character cannot be folded on its own; fold the whole text the slow way. */
  public static final char SLOW = '\uFFFF';

  /** Table value: the character is a combining mark that folding drops. */
  public static final char DROP = '\uFFFE';

  /** No tone (thanh ngang). */
  public static final int TONE_NONE = 0;

  /**
   * Combining tone marks by tone number, in CLDR collation order: grave, hook, tilde, acute, dot.
   */
  static final char[] TONE_MARKS = {0, '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'};

  /** The twelve Vietnamese vowels (lower case). */
  static final String VOWELS = "aăâeêioôơuưy";

  /** The vowels that carry a shape mark (breve, circumflex, horn). */
  static final String SHAPED_VOWELS = "ăâêôơư";

  static final int TABLE_SIZE = 0x1F00;

  private static final char[] FOLD = new char[TABLE_SIZE];

  // Packed per-character info: bits 0-15 base (lower case, shape kept), 16-18 tone, 19 upper case,
  // 20 Vietnamese letter, 21 vowel, 22 Latin letter with a non-Vietnamese diacritic, 23-30 that
  // diacritic's weight.
  private static final int[] INFO = new int[TABLE_SIZE];

  private static final int UPPER = 1 << 19;
  private static final int VIETNAMESE = 1 << 20;
  private static final int VOWEL = 1 << 21;
  private static final int OTHER_MARK = 1 << 22;

  /** Composed vowels by vowel index and tone, lower case. */
  private static final char[][] COMPOSED = new char[VOWELS.length()][TONE_MARKS.length];

  /** Marks an {@link #INFO} entry as computed; entries are filled lazily, on first use. */
  private static final int COMPUTED = 1 << 31;

  /**
   * The lower-case vowels of {@link #VOWELS}, each with the tones none, grave, hook, tilde, acute
   * and dot below, precomposed (NFC). Written out rather than computed so that class initialisation
   * does no normalisation; LettersTest checks it against {@link Normalizer}.
   */
  static final String COMPOSED_VOWELS =
      "aàảãáạ" + "ăằẳẵắặ" + "âầẩẫấậ" + "eèẻẽéẹ" + "êềểễếệ" + "iìỉĩíị" + "oòỏõóọ" + "ôồổỗốộ"
          + "ơờởỡớợ" + "uùủũúụ" + "ưừửữứự" + "yỳỷỹýỵ";

  static {
    // Only what needs no normalisation is filled here; the table entries of other characters are
    // computed on first use (about 2,000 Normalizer calls made eagerly cost ~50 ms on a cold JVM).
    for (int v = 0; v < VOWELS.length(); v++) {
      for (int t = 0; t < TONE_MARKS.length; t++) {
        COMPOSED[v][t] = COMPOSED_VOWELS.charAt(v * TONE_MARKS.length + t);
      }
    }
  }

  /**
   * Returns the fold entry of a character below {@link #TABLE_SIZE}, computing it on first use.
   * Concurrent first uses compute the same value; char writes are atomic, so the race is benign.
   */
  private static char foldOf(char c) {
    char f = FOLD[c];
    if (f == 0 && c != 0) {
      f = foldEntry(c);
      FOLD[c] = f;
    }
    return f;
  }

  /** Returns the info entry of a character below {@link #TABLE_SIZE}, computing it on first use. */
  private static int info(char c) {
    int i = INFO[c];
    if (i == 0) {
      i = infoEntry(c) | COMPUTED;
      INFO[c] = i;
    }
    return i;
  }

  private Letters() {}

  private static char foldEntry(char c) {
    if (c < 0x80) {
      return Character.toLowerCase(c);
    }
    boolean latin = c <= 0x24F || (c >= 0x1E00 && c <= 0x1EFF);
    boolean marks = c >= 0x300 && c <= 0x36F;
    if (!latin && !marks) {
      return SLOW;
    }
    String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    int first = 0;
    while (first < d.length() && isMark(d.charAt(first))) {
      first++;
    }
    for (int i = first + 1; i < d.length(); i++) {
      if (!isMark(d.charAt(i))) {
        return SLOW;
      }
    }
    if (first == d.length()) {
      return DROP;
    }
    if (first > 0) {
      return SLOW;
    }
    char base = d.charAt(0);
    return base == 'đ' || base == 'Đ' ? 'd' : Character.toLowerCase(base);
  }

  private static int infoEntry(char c) {
    if (!Character.isLetter(c) || c >= 0x250 && c < 0x1E00) {
      return 0;
    }
    if (c == 'đ' || c == 'Đ') {
      return 'đ' | VIETNAMESE | (c == 'Đ' ? UPPER : 0);
    }
    String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    char base = d.charAt(0);
    if (base >= 0x80 || !Character.isLetter(base)) {
      return 0;
    }
    int upper = Character.isUpperCase(base) ? UPPER : 0;
    char lower = Character.toLowerCase(base);
    int tone = 0;
    char shape = 0;
    int other = 0;
    for (int i = 1; i < d.length(); i++) {
      char m = d.charAt(i);
      int t = toneOf(m);
      if (t > 0 && tone == 0) {
        tone = t;
      } else if ((m == '\u0306' || m == '\u0302' || m == '\u031B') && shape == 0) {
        shape = m;
      } else if (other == 0) {
        other = Math.min(255, 6 + (m - 0x300));
      }
    }
    char shaped =
        shape == 0
            ? lower
            : Normalizer.normalize(lower + "" + shape, Normalizer.Form.NFC).charAt(0);
    boolean onVowel = VOWELS.indexOf(shaped) >= 0;
    boolean vietnamese = other == 0 && (shape == 0 || onVowel) && (tone == 0 || onVowel);
    if (!vietnamese) {
      // A Latin letter with other diacritics (ü, ñ, ǎ...): base letter, diacritic as weight.
      int w = other != 0 ? other : Math.min(255, 6 + (d.length() > 1 ? d.charAt(1) - 0x300 : 0));
      return lower | upper | OTHER_MARK | (w << 23);
    }
    int vowel = VOWELS.indexOf(shaped) >= 0 ? VOWEL : 0;
    return shaped | (tone << 16) | upper | VIETNAMESE | vowel;
  }

  private static boolean isMark(char c) {
    return Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /**
   * Returns the tone number of a combining tone mark.
   *
   * @param mark a character
   * @return 1-5 for grave, hook, tilde, acute, dot below (also the deprecated U+0340/U+0341), else
   *     0
   */
  public static int toneOf(char mark) {
    switch (mark) {
      case '\u0300':
      case '\u0340':
        return 1;
      case '\u0309':
        return 2;
      case '\u0303':
        return 3;
      case '\u0301':
      case '\u0341':
        return 4;
      case '\u0323':
        return 5;
      default:
        return 0;
    }
  }

  /**
   * Returns the folding of one character, {@link #SLOW} or {@link #DROP}.
   *
   * @param c the character
   * @return the folded character or a sentinel
   */
  public static char fold(char c) {
    return c < TABLE_SIZE ? foldOf(c) : SLOW;
  }

  /**
   * Tells whether a character is a letter of the Vietnamese alphabet (with or without tone) or an
   * ASCII letter.
   *
   * @param c the character
   * @return {@code true} for a, ă, â, ..., đ, ..., ỹ, f, j, w, z and their capitals
   */
  public static boolean isVietnamese(char c) {
    return c < TABLE_SIZE && (info(c) & VIETNAMESE) != 0;
  }

  /**
   * Tells whether a character is a Vietnamese vowel letter, with or without tone.
   *
   * @param c the character
   * @return {@code true} for the vowels a ă â e ê i o ô ơ u ư y with any tone, either case
   */
  public static boolean isVowel(char c) {
    return c < TABLE_SIZE && (info(c) & VOWEL) != 0;
  }

  /**
   * Returns the lower-case base of a Latin letter, keeping Vietnamese shape marks (ă, â, ê, ô, ơ,
   * ư, đ) and dropping tones and other diacritics.
   *
   * @param c the character
   * @return the base, or 0 when {@code c} is not a Latin letter of the table
   */
  public static char base(char c) {
    return c < TABLE_SIZE ? (char) (info(c) & 0xFFFF) : 0;
  }

  /**
   * Returns the tone of a Vietnamese letter.
   *
   * @param c the character
   * @return 0 (none) to 5 (dot below)
   */
  public static int tone(char c) {
    return c < TABLE_SIZE ? (info(c) >>> 16) & 7 : 0;
  }

  /**
   * Tells whether a Latin letter of the table is upper case.
   *
   * @param c the character
   * @return {@code true} if upper case
   */
  public static boolean isUpper(char c) {
    return c < TABLE_SIZE && (info(c) & UPPER) != 0;
  }

  /**
   * Returns the secondary weight of a non-Vietnamese diacritic on a Latin letter (6 or more).
   *
   * @param c the character
   * @return the weight, or 0 when the letter has none
   */
  public static int otherMarkWeight(char c) {
    return c < TABLE_SIZE && (info(c) & OTHER_MARK) != 0 ? (info(c) >>> 23) & 0xFF : 0;
  }

  /**
   * Composes a vowel with a tone.
   *
   * @param base the lower-case shaped vowel (a, ă, â, e, ê, i, o, ô, ơ, u, ư, y)
   * @param tone 0-5
   * @param upper whether to return the capital
   * @return the composed letter, or 0 when {@code base} is not a vowel
   */
  public static char compose(char base, int tone, boolean upper) {
    int v = VOWELS.indexOf(base);
    if (v < 0 || tone < 0 || tone >= TONE_MARKS.length) {
      return 0;
    }
    char c = COMPOSED[v][tone];
    return upper ? Character.toUpperCase(c) : c;
  }

  /**
   * Tells whether a lower-case shaped vowel carries a shape mark (ă, â, ê, ô, ơ, ư).
   *
   * @param base the shaped base
   * @return {@code true} if shaped
   */
  public static boolean isShaped(char base) {
    return SHAPED_VOWELS.indexOf(base) >= 0;
  }
}
