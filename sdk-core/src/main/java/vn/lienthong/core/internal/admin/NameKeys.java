package vn.lienthong.core.internal.admin;

import java.util.List;
import vn.lienthong.core.admin.UnitKind;
import vn.lienthong.core.text.VietnameseText;

/**
 * Search keys for unit names: folded ({@link VietnameseText#fold}), every run of characters other
 * than letters and digits turned into one space, trimmed; plus the kind prefixes people write
 * before names ("TP.", "Tỉnh", "P.", "Xã"...). Not part of the public API.
 */
public final class NameKeys {

  /** A folded prefix and the kind it announces. */
  record Prefix(String folded, UnitKind kind) {}

  /** Prefixes of provincial names, longest first. */
  static final List<Prefix> PROVINCE_PREFIXES =
      List.of(
          new Prefix("thanh pho ", UnitKind.CITY),
          new Prefix("tinh ", UnitKind.PROVINCE),
          new Prefix("tp ", UnitKind.CITY));

  /** Prefixes of commune-level names, longest first. */
  static final List<Prefix> COMMUNE_PREFIXES =
      List.of(
          new Prefix("dac khu ", UnitKind.SPECIAL_ZONE),
          new Prefix("phuong ", UnitKind.WARD),
          new Prefix("xa ", UnitKind.COMMUNE),
          new Prefix("p ", UnitKind.WARD),
          new Prefix("x ", UnitKind.COMMUNE));

  private NameKeys() {}

  /**
   * Returns the search key of a name.
   *
   * @param name the name, in any case, with or without diacritics, NFC or NFD
   * @return the key, for example {@code "da nang"} for {@code "Đà Nẵng"}; empty if the name has no
   *     letter or digit
   */
  public static String key(String name) {
    String folded = VietnameseText.fold(name);
    StringBuilder out = new StringBuilder(folded.length());
    boolean pendingSpace = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (pendingSpace && out.length() > 0) {
          out.append(' ');
        }
        pendingSpace = false;
        out.append(c);
      } else {
        pendingSpace = true;
      }
    }
    return out.toString();
  }

  /**
   * Returns the key of an official name without its kind word ("Phường Ba Đình" gives "ba dinh").
   *
   * @param officialName the official full name
   * @param kind the unit's kind
   * @return the key of the name's remainder
   */
  static String baseKey(String officialName, UnitKind kind) {
    String word = kind.vietnameseName();
    boolean prefixed =
        officialName.length() > word.length()
            && officialName.startsWith(word)
            && officialName.charAt(word.length()) == ' ';
    return key(prefixed ? officialName.substring(word.length() + 1) : officialName);
  }
}
