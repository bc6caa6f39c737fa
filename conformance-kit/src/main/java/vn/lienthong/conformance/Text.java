package vn.lienthong.conformance;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * A text in Vietnamese (shown to people at provincial departments) and English.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param vi the Vietnamese text, NFC
 * @param en the English text
 * @since 0.1.0
 */
public record Text(String vi, String en) {

  /**
   * Checks both texts are present and the Vietnamese one is NFC.
   *
   * @param vi the Vietnamese text
   * @param en the English text
   * @throws IllegalArgumentException if a text is blank or the Vietnamese one is not NFC
   */
  public Text {
    Objects.requireNonNull(vi, "vi");
    Objects.requireNonNull(en, "en");
    if (vi.isBlank() || en.isBlank()) {
      throw new IllegalArgumentException("both the Vietnamese and the English text are required");
    }
    if (!Normalizer.isNormalized(vi, Normalizer.Form.NFC)) {
      throw new IllegalArgumentException("the Vietnamese text must be NFC: " + vi);
    }
  }

  /**
   * Returns the text in a language, Vietnamese unless the locale's language is English.
   *
   * @param locale the reader's locale
   * @return the text
   */
  public String in(Locale locale) {
    return "en".equals(locale.getLanguage()) ? en : vi;
  }
}
