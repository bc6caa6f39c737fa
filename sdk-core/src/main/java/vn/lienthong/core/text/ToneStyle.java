package vn.lienthong.core.text;

/**
 * Where a syllable's tone mark goes in the open rhymes {@code oa}, {@code oe} and {@code uy}: the
 * two spellings in use for the same words.
 *
 * <p>Both are correct and both appear in civil-status records, so LienThong never treats them as
 * different names. Every other syllable is spelled the same in both styles (hoàn, thuyết, quý).
 *
 * @since 0.1.0
 */
public enum ToneStyle {
  /**
   * The traditional style ("kiểu cũ", also called the aesthetic style): the tone on the first
   * vowel, as in hòa, khỏe, thúy; common in print and in textbooks (see for example the Vietnamese
   * translators' spelling guide at help.launchpad.net/Translations/Vietnamese/Spelling).
   */
  TRADITIONAL,
  /**
   * The modern style ("kiểu mới"): the tone on the main vowel, the second one, as in hoà, khoẻ,
   * thuý.
   */
  MODERN
}
