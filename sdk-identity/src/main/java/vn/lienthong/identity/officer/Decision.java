package vn.lienthong.identity.officer;

import java.util.Locale;
import java.util.Objects;

/**
 * The outcome of a jurisdiction check, explaining itself in English and Vietnamese, for example
 * "denied: officer CB-0001 is assigned to commune 00004 until 2026-03-01; the dossier belongs to
 * 00013".
 *
 * <p>Immutable and thread-safe.
 *
 * @param allowed whether the action is allowed
 * @param reason why, as a stable value
 * @param english the explanation in English
 * @param vietnamese the explanation in Vietnamese (NFC)
 * @since 0.1.0
 */
public record Decision(boolean allowed, Reason reason, String english, String vietnamese) {

  /**
   * Why a decision was made.
   *
   * @since 0.1.0
   */
  public enum Reason {
    /** A commune assignment in force with the needed role covers the dossier's commune. */
    COMMUNE_ASSIGNMENT,
    /** A province assignment in force with the needed role covers the dossier's commune. */
    PROVINCE_ASSIGNMENT,
    /** An assignment covered the commune but it ended before the date. */
    ASSIGNMENT_ENDED,
    /** An assignment will cover the commune but it starts after the date. */
    ASSIGNMENT_NOT_STARTED,
    /** An assignment in force covers the commune, without the needed role. */
    ROLE_MISSING,
    /** The officer's assignments in force are elsewhere. */
    OTHER_UNIT,
    /** The officer has no assignment in force at all. */
    NO_ASSIGNMENT,
    /** The dossier's commune code is not in the administrative unit list. */
    UNKNOWN_COMMUNE
  }

  /**
   * Checks the parts.
   *
   * @param allowed whether allowed
   * @param reason the reason
   * @param english the English text
   * @param vietnamese the Vietnamese text
   * @throws NullPointerException if a part is null
   */
  public Decision {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(english, "english");
    Objects.requireNonNull(vietnamese, "vietnamese");
  }

  /**
   * Returns the explanation in a language: Vietnamese for {@code vi}, English otherwise.
   *
   * @param locale the language
   * @return the explanation
   * @since 0.1.0
   */
  public String explanation(Locale locale) {
    return "vi".equals(locale.getLanguage()) ? vietnamese : english;
  }

  /**
   * Returns the English explanation.
   *
   * @return the explanation
   */
  @Override
  public String toString() {
    return english;
  }
}
