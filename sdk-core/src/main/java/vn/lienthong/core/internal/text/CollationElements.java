package vn.lienthong.core.internal.text;

import java.util.Arrays;
import vn.lienthong.core.text.VietnameseText;

/**
 * Turns a text into collation elements for the Vietnamese order: a primary weight (the letter of
 * the alphabet, or the class of a non-letter), a secondary weight (the tone, or another diacritic)
 * and a tertiary weight (the case). Not part of the public API.
 */
public final class CollationElements {

  /** The alphabet in order; f, j, w, z placed as in Latin. */
  static final String ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";

  private static final long SPACE = 1;
  private static final long SYMBOL = 0x10L;
  private static final long DIGIT = 0x20000L;
  private static final long LETTER = 0x30000L;
  private static final long OTHER = 0x40000L;

  /** Secondary weight of a letter without tone or diacritic (lowest). */
  static final int COMMON = 1;

  private CollationElements() {}

  /**
   * Returns the elements of a text, each packed as {@code primary << 16 | secondary << 8 |
   * tertiary}; a primary of 0 marks a combining mark that only carries a secondary weight.
   *
   * @param text the text, in any normalisation form
   * @return the elements
   */
  public static long[] of(String text) {
    String s = VietnameseText.nfc(text);
    long[] out = new long[s.length()];
    int o = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      long primary;
      int secondary = COMMON;
      int tertiary = 0;
      char base = cp < Letters.TABLE_SIZE ? Letters.base((char) cp) : 0;
      int index = base == 0 ? -1 : ALPHABET.indexOf(base);
      if (index < 0 && base != 0) {
        index = ALPHABET.indexOf(Letters.fold((char) cp));
      }
      if (index >= 0) {
        primary = LETTER + index;
        int tone = Letters.tone((char) cp);
        int other = Letters.otherMarkWeight((char) cp);
        secondary = other > 0 ? Math.min(255, COMMON + 5 + other) : COMMON + tone;
        tertiary = Letters.isUpper((char) cp) ? 1 : 0;
      } else {
        int type = Character.getType(cp);
        if (type == Character.CONTROL || type == Character.FORMAT) {
          continue;
        } else if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
          int tone = cp <= 0xFFFF ? Letters.toneOf((char) cp) : 0;
          primary = 0;
          secondary = tone > 0 ? COMMON + tone : Math.min(255, COMMON + 11 + (cp & 0xFF));
        } else if (cp <= 0xFFFF && VietnameseText.isWhitespace((char) cp)) {
          primary = SPACE;
        } else if (Character.isDigit(cp)) {
          primary = DIGIT + Character.digit(cp, 10);
          tertiary = cp < 0x80 ? 0 : 1;
        } else if (Character.isLetter(cp)) {
          primary = OTHER + Character.toLowerCase(cp);
          tertiary = Character.isUpperCase(cp) ? 1 : 0;
        } else {
          primary = SYMBOL + cp;
        }
      }
      if (o == out.length) {
        out = Arrays.copyOf(out, o * 2 + 2);
      }
      out[o++] = primary << 16 | (long) secondary << 8 | tertiary;
    }
    return o == out.length ? out : Arrays.copyOf(out, o);
  }

  /**
   * Compares two element sequences level by level: primaries, then secondaries in text order, then
   * tertiaries.
   *
   * @param a elements of the first text
   * @param b elements of the second text
   * @return negative, zero or positive
   */
  public static int compare(long[] a, long[] b) {
    int c = comparePrimary(a, b);
    if (c != 0) {
      return c;
    }
    c = compareLevel(a, b, 8);
    return c != 0 ? c : compareLevel(a, b, 0);
  }

  private static int comparePrimary(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    while (true) {
      while (i < a.length && (a[i] >>> 16) == 0) {
        i++;
      }
      while (j < b.length && (b[j] >>> 16) == 0) {
        j++;
      }
      if (i == a.length || j == b.length) {
        return Boolean.compare(i < a.length, j < b.length);
      }
      int c = Long.compare(a[i] >>> 16, b[j] >>> 16);
      if (c != 0) {
        return c;
      }
      i++;
      j++;
    }
  }

  // Secondary: a letter contributes COMMON then its tone as a separate weight, as in the UCA where
  // a toned letter is a base element plus a secondary-only element; tertiary: the case bit.
  private static int compareLevel(long[] a, long[] b, int shift) {
    int[] wa = weights(a, shift);
    int[] wb = weights(b, shift);
    return Arrays.compare(wa, wb);
  }

  private static int[] weights(long[] e, int shift) {
    int[] w = new int[e.length * 2];
    int o = 0;
    for (long x : e) {
      int v = (int) (x >>> shift) & 0xFF;
      boolean primary = (x >>> 16) != 0;
      if (shift == 8) {
        if (primary) {
          w[o++] = COMMON;
          if (v > COMMON) {
            w[o++] = v;
          }
        } else {
          w[o++] = v;
        }
      } else {
        w[o++] = v;
        if (primary && ((x >>> 8) & 0xFF) > COMMON) {
          w[o++] = 0;
        }
      }
    }
    return Arrays.copyOf(w, o);
  }
}
