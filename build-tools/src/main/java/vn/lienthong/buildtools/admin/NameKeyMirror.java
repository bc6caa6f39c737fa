package vn.lienthong.buildtools.admin;

import java.text.Normalizer;

/**
 * The search key of a unit name, computed at build time so that loading the resource folds nothing.
 * It mirrors {@code vn.lienthong.core.internal.admin.NameKeys.baseKey} (build-tools cannot depend
 * on sdk-core, whose build runs this step): fold (NFD, drop non-spacing marks, đ to d, lower case),
 * turn every run of characters other than letters and digits into one space, trim, after removing
 * the kind word that starts the official name. A test in sdk-core checks, for every unit, that the
 * key written here equals the runtime's, so the two cannot drift apart silently.
 */
final class NameKeyMirror {

  private NameKeyMirror() {}

  /**
   * Returns the key of an official name without its kind word ("Phường Ba Đình" gives "ba dinh").
   */
  static String baseKey(String officialName, UnitKindCode kind) {
    String word = kind.prefix;
    boolean prefixed =
        officialName.length() > word.length()
            && officialName.startsWith(word)
            && officialName.charAt(word.length()) == ' ';
    return key(prefixed ? officialName.substring(word.length() + 1) : officialName);
  }

  static String key(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean pendingSpace = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      char folded = c == 'đ' || c == 'Đ' ? 'd' : Character.toLowerCase(c);
      if (Character.isLetterOrDigit(folded)) {
        if (pendingSpace && out.length() > 0) {
          out.append(' ');
        }
        pendingSpace = false;
        out.append(folded);
      } else {
        pendingSpace = true;
      }
    }
    return out.toString();
  }
}
