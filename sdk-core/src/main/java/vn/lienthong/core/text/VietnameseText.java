package vn.lienthong.core.text;

import java.text.Normalizer;
import java.util.Objects;
import vn.lienthong.core.internal.text.Letters;
import vn.lienthong.core.internal.text.Tones;

/**
 * Basic Vietnamese text operations: NFC normalisation, diacritic folding, whitespace collapsing and
 * tone-mark placement.
 *
 * <p>All methods are static, allocation-light and thread-safe. Text in the usual Vietnamese range
 * (ASCII, Latin-1, Latin Extended, Latin Extended Additional) is handled by lookup tables without
 * any Unicode normalisation; other text falls back to the JDK's {@link Normalizer}.
 *
 * <pre>{@code
 * VietnameseText.fold("Đà Nẵng");   // "da nang"
 * VietnameseText.nfc(userInput);    // composed form, the only form LienThong stores
 * }</pre>
 *
 * @since 0.1.0
 */
public final class VietnameseText {

  private VietnameseText() {}

  /**
   * Returns the NFC (composed) form of a text; returns the same instance when already NFC.
   *
   * @param text the text
   * @return the NFC form
   * @throws NullPointerException if {@code text} is null
   */
  public static String nfc(String text) {
    return isNfc(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /**
   * Tells whether a text is in NFC (composed) form. Text made only of characters below U+0300 and
   * Vietnamese precomposed letters is answered without calling the normaliser.
   *
   * @param text the text
   * @return {@code true} if {@code text} equals its NFC form
   * @throws NullPointerException if {@code text} is null
   */
  public static boolean isNfc(String text) {
    Objects.requireNonNull(text, "text");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x300 && (c < 0x1E00 || c > 0x1EFF)) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC);
      }
    }
    return true;
  }

  /**
   * Folds a text for comparison and search: lower case, Vietnamese diacritics removed, {@code đ}
   * becomes {@code d}. NFC and NFD spellings fold to the same result; characters outside the
   * Vietnamese alphabet are lower-cased and otherwise kept. Other Latin accents are removed too
   * ({@code é}, {@code ü}, {@code ñ}). The result is exactly that of decomposing to NFD, dropping
   * non-spacing marks, mapping {@code đ}/{@code Đ} to {@code d} and lower-casing each character.
   *
   * @param text the text
   * @return the folded text, for example {@code "da nang"} for {@code "Đà Nẵng"}; the same instance
   *     when nothing changes
   * @throws NullPointerException if {@code text} is null
   */
  public static String fold(String text) {
    Objects.requireNonNull(text, "text");
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c >= 0x80 || (c >= 'A' && c <= 'Z')) {
        break;
      }
      i++;
    }
    if (i == n) {
      return text;
    }
    char[] out = new char[n];
    text.getChars(0, i, out, 0);
    int o = i;
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        out[o++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        continue;
      }
      char m = Letters.fold(c);
      if (m == Letters.SLOW) {
        return foldSlowly(text);
      }
      if (m != Letters.DROP) {
        out[o++] = m;
      }
    }
    return new String(out, 0, o);
  }

  private static String foldSlowly(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (c == 'đ' || c == 'Đ') {
        out.append('d');
      } else {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }

  /**
   * Tells whether a character is white space for {@link #collapseWhitespace(String)}: Java white
   * space or a Unicode space separator (no-break space, ideographic space...).
   *
   * @param c the character
   * @return {@code true} if white space
   */
  public static boolean isWhitespace(char c) {
    return c == ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * Removes white space at both ends and replaces each inner run of white space (any Unicode space,
   * tab or line break) by one ASCII space.
   *
   * <pre>{@code
   * VietnameseText.collapseWhitespace(" Nguyễn\u00a0 Văn\tAn ");   // "Nguyễn Văn An"
   * }</pre>
   *
   * @param text the text
   * @return the collapsed text; the same instance when nothing changes
   * @throws NullPointerException if {@code text} is null
   */
  public static String collapseWhitespace(String text) {
    Objects.requireNonNull(text, "text");
    int n = text.length();
    char[] out = new char[n];
    int o = 0;
    boolean pendingSpace = false;
    boolean changed = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (isWhitespace(c)) {
        if (c != ' ' || pendingSpace || o == 0) {
          changed = true;
        }
        pendingSpace = o > 0;
      } else {
        if (pendingSpace) {
          out[o++] = ' ';
          pendingSpace = false;
        }
        out[o++] = c;
      }
    }
    if (n > 0 && isWhitespace(text.charAt(n - 1))) {
      changed = true;
    }
    return changed ? new String(out, 0, o) : text;
  }

  /**
   * Returns the NFC text with the tone marks of {@code oa}, {@code oe} and {@code uy} syllables
   * placed in the given style, and any misplaced tone moved to its vowel. Case is kept.
   *
   * <pre>{@code
   * VietnameseText.withToneStyle("Hòa thúy", ToneStyle.MODERN);       // "Hoà thuý"
   * VietnameseText.withToneStyle("Hoà thuý", ToneStyle.TRADITIONAL);  // "Hòa thúy"
   * }</pre>
   *
   * @param text the text
   * @param style where tones go
   * @return the respelled NFC text
   * @throws NullPointerException if an argument is null
   */
  public static String withToneStyle(String text, ToneStyle style) {
    Objects.requireNonNull(style, "style");
    char[] buf = nfc(text).toCharArray();
    Tones.place(buf, 0, buf.length, style == ToneStyle.MODERN);
    return new String(buf);
  }
}
