package vn.lienthong.core.internal.text;

import vn.lienthong.core.text.VietnameseText;

/** Match and search keys of names. Not part of the public API. */
public final class NameKeys {

  private NameKeys() {}

  /**
   * Returns the match key: NFC, lower case, white space collapsed, apostrophes unified, tones in
   * the modern position.
   *
   * @param text the name
   * @return the key
   */
  public static String matchKey(String text) {
    String s = VietnameseText.nfc(text);
    int n = s.length();
    char[] buf = new char[n];
    int o = 0;
    boolean pending = false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if (c > ' ') {
          if (pending) {
            buf[o++] = ' ';
            pending = false;
          }
          buf[o++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
          continue;
        }
      }
      if (VietnameseText.isWhitespace(c)) {
        pending = o > 0;
        continue;
      }
      if (pending) {
        buf[o++] = ' ';
        pending = false;
      }
      buf[o++] = c == '\u2019' || c == '\u02BC' ? '\'' : Character.toLowerCase(c);
    }
    Tones.place(buf, 0, o, true);
    return new String(buf, 0, o);
  }

  /**
   * Returns the search key: folded (no diacritics, lower case, đ as d) and white space collapsed.
   *
   * @param text the name
   * @return the key
   */
  public static String searchKey(String text) {
    return VietnameseText.collapseWhitespace(VietnameseText.fold(text));
  }
}
