package vn.lienthong.core.internal;

/**
 * Renders untrusted text safely for messages and logs: truncates it and shows control, invisible
 * and format characters as {@code U+XXXX}, so hostile input cannot forge log lines or hide
 * characters. Not part of the public API.
 */
public final class Printable {

  private Printable() {}

  /**
   * Returns a printable rendering of {@code text} of at most about {@code max} characters.
   *
   * @param text the untrusted text
   * @param max the number of input characters kept before truncation
   * @return the rendering; truncation is shown as {@code …(+N)}
   */
  public static String of(String text, int max) {
    int limit = Math.min(text.length(), max);
    StringBuilder out = null;
    for (int i = 0; i < limit; ) {
      int cp = text.codePointAt(i);
      int n = Character.charCount(cp);
      boolean unsafe = needsEscape(cp) || (n == 1 && Character.isSurrogate((char) cp));
      if (unsafe && out == null) {
        out = new StringBuilder(limit + 16).append(text, 0, i);
      }
      if (out != null) {
        if (unsafe) {
          out.append(String.format("U+%04X", cp));
        } else {
          out.appendCodePoint(cp);
        }
      }
      i += n;
    }
    String head = out != null ? out.toString() : text.substring(0, limit);
    return text.length() > max ? head + "…(+" + (text.length() - max) + ")" : head;
  }

  /**
   * Tells whether a code point is invisible or controls layout: C0/C1 controls, format characters
   * (zero-width space and joiners, bidirectional controls, BOM, soft hyphen), line and paragraph
   * separators.
   *
   * @param cp the code point
   * @return {@code true} if it must not appear raw in messages
   */
  public static boolean needsEscape(int cp) {
    int type = Character.getType(cp);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE
        || type == Character.SURROGATE;
  }
}
