package vn.lienthong.core;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Looks up the Vietnamese and English texts of error codes and fills their placeholders.
 *
 * <p>Templates use {@code {name}} placeholders filled from {@link ErrorDetails#arguments()}; a
 * placeholder without an argument is left as written so the gap is visible. Thread-safe.
 *
 * @since 0.1.0
 */
public final class ErrorMessages {

  /** The Vietnamese locale, {@code vi}. */
  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private ErrorMessages() {}

  /**
   * Returns the short title of a code, the same for every occurrence.
   *
   * @param code the error code
   * @param locale Vietnamese or English; other languages get English
   * @return the title, or the code itself if no text is catalogued
   */
  public static String title(ErrorCode code, Locale locale) {
    return text(code, code.code() + ".title", locale).orElse(code.code());
  }

  /**
   * Returns the detail message of a code with its placeholders filled.
   *
   * @param code the error code
   * @param details the arguments for the placeholders
   * @param locale Vietnamese or English; other languages get English
   * @return the message, or the title if no detail text is catalogued
   */
  public static String detail(ErrorCode code, ErrorDetails details, Locale locale) {
    Objects.requireNonNull(details, "details");
    return text(code, code.code() + ".detail", locale)
        .map(template -> fill(template, details))
        .orElseGet(() -> title(code, locale));
  }

  /**
   * Returns the raw catalogued text for a key in exactly the given language, without falling back.
   *
   * @param code the error code whose bundle is searched
   * @param key the key, {@code <code>.title} or {@code <code>.detail}
   * @param locale the language
   * @return the text, if catalogued in that language
   */
  static Optional<String> rawText(ErrorCode code, String key, Locale locale) {
    try {
      ResourceBundle bundle =
          ResourceBundle.getBundle(
              code.bundleBaseName(),
              Locale.forLanguageTag(locale.getLanguage()),
              code.getClass().getClassLoader(),
              NO_FALLBACK);
      return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
    } catch (MissingResourceException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> text(ErrorCode code, String key, Locale locale) {
    Locale language =
        VIETNAMESE.getLanguage().equals(locale.getLanguage()) ? VIETNAMESE : Locale.ENGLISH;
    Optional<String> text = rawText(code, key, language);
    return text.isPresent() ? text : rawText(code, key, Locale.ENGLISH);
  }

  private static String fill(String template, ErrorDetails details) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i + 1) : -1;
      if (close > i) {
        String name = template.substring(i + 1, close);
        String value = details.arguments().get(name);
        out.append(value != null ? value : template.substring(i, close + 1));
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }
}
