package vn.lienthong.core.privacy;

import java.util.Locale;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.internal.InputChecks;

/**
 * The two categories of personal data of Decree 13/2023/NĐ-CP art. 2: basic personal data (dữ liệu
 * cá nhân cơ bản, cl. 3) and sensitive personal data (dữ liệu cá nhân nhạy cảm, cl. 4).
 *
 * <p>The Law on Personal Data Protection 91/2025/QH15 (from 1 January 2026) keeps the two
 * categories; its detailed lists are set by the Government <b>(unconfirmed)</b>, so the category of
 * each kind is data in {@link PersonalDataKind}, not logic. Enums are thread-safe.
 *
 * <pre>{@code
 * if (PersonalDataKind.HEALTH.category() == PersonalDataCategory.SENSITIVE) { ... }
 * }</pre>
 *
 * @since 0.1.0
 */
public enum PersonalDataCategory {
  /** Basic personal data (dữ liệu cá nhân cơ bản), Decree 13/2023/NĐ-CP art. 2 cl. 3. */
  BASIC("Dữ liệu cá nhân cơ bản"),
  /** Sensitive personal data (dữ liệu cá nhân nhạy cảm), Decree 13/2023/NĐ-CP art. 2 cl. 4. */
  SENSITIVE("Dữ liệu cá nhân nhạy cảm");

  private static final InputChecks.Alphabet NAME_CHARACTERS =
      InputChecks.Alphabet.of(
          "A-Z a-z _", c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_');

  private final String vietnameseLabel;

  PersonalDataCategory(String vietnameseLabel) {
    this.vietnameseLabel = vietnameseLabel;
  }

  /**
   * Returns the Vietnamese name of the category as the decree writes it.
   *
   * @return the label, for example {@code Dữ liệu cá nhân nhạy cảm}
   */
  public String vietnameseLabel() {
    return vietnameseLabel;
  }

  /**
   * Parses a category name, ignoring case and surrounding spaces, for configuration and data files.
   *
   * @param name {@code BASIC} or {@code SENSITIVE}
   * @return the category
   * @throws NullPointerException if {@code name} is null
   * @throws InvalidInputException with {@link CoreErrorCode#UNKNOWN_PERSONAL_DATA_CATEGORY} or a
   *     general input code ({@link CoreErrorCode#REQUIRED}, {@link CoreErrorCode#TOO_LONG}...)
   */
  public static PersonalDataCategory parse(String name) {
    String token = InputChecks.token("personalDataCategory", name, 16, NAME_CHARACTERS);
    String upper = token.toUpperCase(Locale.ROOT);
    for (PersonalDataCategory category : values()) {
      if (category.name().equals(upper)) {
        return category;
      }
    }
    throw new InvalidInputException(
        CoreErrorCode.UNKNOWN_PERSONAL_DATA_CATEGORY,
        ErrorDetails.field("personalDataCategory")
            .rule("personal-data.category")
            .rejectedValue(token));
  }
}
