package vn.lienthong.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks an error-code catalogue for completeness, so each module's tests can fail when a code
 * lacks its Vietnamese or English text.
 *
 * <pre>{@code
 * assertThat(ErrorCatalogue.problems(CoreErrorCode.class)).isEmpty();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ErrorCatalogue {

  private static final Pattern CODE_SHAPE = Pattern.compile("LT-[A-Z]{2,8}-\\d{4}");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");
  private static final Pattern VIETNAMESE_LETTER =
      Pattern.compile(
          "[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private ErrorCatalogue() {}

  /**
   * Lists every problem of a catalogue: a code of the wrong shape or used twice, a missing title or
   * detail in Vietnamese or English, a Vietnamese text without a single Vietnamese letter (an
   * untranslated copy), or placeholders that differ between the two languages.
   *
   * @param <E> the enum type
   * @param catalogue the enum of codes
   * @return one line per problem; empty when the catalogue is complete
   */
  public static <E extends Enum<E> & ErrorCode> List<String> problems(Class<E> catalogue) {
    List<String> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (E code : catalogue.getEnumConstants()) {
      String c = code.code();
      if (!CODE_SHAPE.matcher(c).matches()) {
        problems.add(code.name() + ": code '" + c + "' is not shaped LT-AREA-NNNN");
      }
      if (!seen.add(c)) {
        problems.add(code.name() + ": code " + c + " is used twice");
      }
      for (String part : List.of("title", "detail")) {
        String key = c + "." + part;
        Optional<String> vi = ErrorMessages.rawText(code, key, ErrorMessages.VIETNAMESE);
        Optional<String> en = ErrorMessages.rawText(code, key, Locale.ENGLISH);
        if (vi.isEmpty() || vi.get().isBlank()) {
          problems.add(key + ": Vietnamese text missing");
        } else if (!VIETNAMESE_LETTER.matcher(vi.get()).find()) {
          problems.add(key + ": Vietnamese text has no Vietnamese letter (untranslated?)");
        }
        if (en.isEmpty() || en.get().isBlank()) {
          problems.add(key + ": English text missing");
        }
        if (vi.isPresent() && en.isPresent()) {
          Set<String> viNames = placeholders(vi.get());
          Set<String> enNames = placeholders(en.get());
          if (!viNames.equals(enNames)) {
            problems.add(key + ": placeholders differ, vi " + viNames + " vs en " + enNames);
          }
        }
      }
    }
    return problems;
  }

  private static Set<String> placeholders(String template) {
    Set<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
