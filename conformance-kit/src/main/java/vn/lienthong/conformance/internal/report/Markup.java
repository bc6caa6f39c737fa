package vn.lienthong.conformance.internal.report;

/** Escaping for HTML and XML text and attributes. Stateless and thread-safe. */
public final class Markup {

  private Markup() {}

  /**
   * Escapes text for HTML or XML content and quoted attributes, and replaces characters XML 1.0
   * forbids (control characters, lone surrogates) with U+FFFD, since values come from hostile
   * targets.
   *
   * @param s the text
   * @return the escaped text
   */
  public static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(++i));
          } else {
            out.append(allowed(c) ? c : '\uFFFD');
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * Replaces characters XML 1.0 forbids with U+FFFD, leaving escaping to the writer.
   *
   * @param s the text
   * @return the cleaned text
   */
  public static String xmlSafe(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        out.append(c).append(s.charAt(++i));
      } else {
        out.append(allowed(c) ? c : '\uFFFD');
      }
    }
    return out.toString();
  }

  private static boolean allowed(char c) {
    return c == '\t'
        || c == '\n'
        || c == '\r'
        || (c >= 0x20 && c < 0xD800)
        || (c >= 0xE000 && c <= 0xFFFD);
  }
}
