package vn.lienthong.core.text;

import java.util.Objects;
import vn.lienthong.core.internal.text.NameKeys;
import vn.lienthong.core.internal.text.NameRules;

/**
 * Lenient operations on person names as they come from forms and registries: display normalisation,
 * matching that ignores case, spacing and tone-mark placement, and a diacritic-insensitive search
 * key. Nothing here rejects input; use {@link PersonName#parse} to validate.
 *
 * <p>Matching treats the traditional and modern tone placement as equal (Hòa and Hoà, Thúy and
 * Thuý, Khỏe and Khoẻ: see {@link ToneStyle}) but keeps every other diacritic: Hòa and Hoa are
 * different names. For "find Nguyễn when the user typed nguyen", use {@link #searchKey(String)}.
 *
 * <p>All methods are static and thread-safe.
 *
 * <pre>{@code
 * VietnameseNames.normalise("nguyễn  văn AN");              // "Nguyễn Văn An"
 * VietnameseNames.matches("Lê Thị Thúy Hòa", "LÊ THỊ THUÝ HOÀ"); // true
 * VietnameseNames.matches("Hòa", "Hoa");                    // false
 * VietnameseNames.searchKey("Đặng  Thùy");                  // "dang thuy"
 * }</pre>
 *
 * @since 0.1.0
 */
public final class VietnameseNames {

  private VietnameseNames() {}

  /**
   * Normalises a name for display without validating it: NFC, white space collapsed, each word
   * capitalised (also after a hyphen or apostrophe: H'Hen). Tone placement is kept as written.
   *
   * @param name the name
   * @return the normalised name
   * @throws NullPointerException if {@code name} is null
   */
  public static String normalise(String name) {
    Objects.requireNonNull(name, "name");
    String s = VietnameseText.collapseWhitespace(VietnameseText.nfc(name));
    return NameRules.capitalise(s.toCharArray());
  }

  /**
   * Returns the key under which two spellings of the same name are equal: NFC, lower case, white
   * space collapsed, tone marks moved to their modern position ({@link ToneStyle#MODERN}).
   *
   * @param name the name
   * @return the match key, for example {@code "lê thị thuý hoà"} for {@code "LÊ Thị Thúy Hòa"}
   * @throws NullPointerException if {@code name} is null
   */
  public static String matchKey(String name) {
    Objects.requireNonNull(name, "name");
    return NameKeys.matchKey(name);
  }

  /**
   * Returns the diacritic-insensitive search key: folded (see {@link VietnameseText#fold}) and
   * white space collapsed.
   *
   * @param name the name
   * @return the search key, for example {@code "dang thuy"} for {@code "Đặng Thùy"}
   * @throws NullPointerException if {@code name} is null
   */
  public static String searchKey(String name) {
    Objects.requireNonNull(name, "name");
    return NameKeys.searchKey(name);
  }

  /**
   * Tells whether two spellings denote the same name: equal {@link #matchKey(String) match keys}.
   *
   * @param a a name
   * @param b another name
   * @return {@code true} if they differ only in case, spacing, NFC/NFD or tone placement
   * @throws NullPointerException if an argument is null
   */
  public static boolean matches(String a, String b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    return a.equals(b) || NameKeys.matchKey(a).equals(NameKeys.matchKey(b));
  }
}
