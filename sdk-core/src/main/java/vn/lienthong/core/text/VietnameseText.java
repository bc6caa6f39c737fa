package vn.lienthong.core.text;

import java.text.Normalizer;
import java.util.Objects;

/**
 * Basic Vietnamese text operations: NFC normalisation and diacritic folding.
 *
 * <p>All methods are static, allocation-light and thread-safe.
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
   */
  public static String nfc(String text) {
    Objects.requireNonNull(text, "text");
    return Normalizer.isNormalized(text, Normalizer.Form.NFC)
        ? text
        : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /**
   * Folds a text for comparison and search: lower case, Vietnamese diacritics removed, {@code đ}
   * becomes {@code d}. NFC and NFD spellings fold to the same result; characters outside the
   * Vietnamese alphabet are lower-cased and otherwise kept.
   *
   * @param text the text
   * @return the folded text, for example {@code "da nang"} for {@code "Đà Nẵng"}
   */
  public static String fold(String text) {
    Objects.requireNonNull(text, "text");
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
}
