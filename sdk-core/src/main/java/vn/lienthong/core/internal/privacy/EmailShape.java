package vn.lienthong.core.internal.privacy;

import java.util.Set;

/**
 * Recognises and masks the ASCII e-mail shape {@code local@label.label}: shared by {@code
 * Masking.email} and the scrubber so that both agree. Not part of the public API.
 */
public final class EmailShape {

  /** Second-level labels kept under a two-letter country code, as in {@code gov.vn}. */
  private static final Set<String> SECOND_LEVEL =
      Set.of("ac", "biz", "co", "com", "edu", "gov", "health", "info", "int", "name", "net", "org");

  private EmailShape() {}

  /**
   * Tells whether a character may appear in the local part.
   *
   * @param c the character
   * @return {@code true} for ASCII letters, digits and {@code . _ % + -}
   */
  public static boolean isLocalChar(char c) {
    return isAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  }

  /**
   * Finds the end of the longest valid domain starting at {@code from}: labels of ASCII letters,
   * digits and hyphens separated by single dots, at least two labels, the last of two or more
   * letters. What follows the last valid label ({@code .} ending a sentence, {@code .0912345678})
   * is not part of the domain.
   *
   * @param s the text
   * @param from where the domain starts (just after {@code @})
   * @return the end index (exclusive), or -1 if no valid domain starts there
   */
  public static int domainEnd(CharSequence s, int from) {
    int n = s.length();
    int best = -1;
    int labels = 0;
    int labelStart = from;
    boolean letters = true;
    for (int i = from; ; i++) {
      char c = i < n ? s.charAt(i) : ' ';
      if (isAsciiAlnum(c) || c == '-') {
        letters &= isAsciiLetter(c);
        continue;
      }
      if (i == labelStart) {
        return best;
      }
      labels++;
      if (labels >= 2 && letters && i - labelStart >= 2) {
        best = i;
      }
      if (c != '.') {
        return best;
      }
      labelStart = i + 1;
      letters = true;
    }
  }

  /**
   * Masks a valid e-mail address: the first character of the local part, then {@code ***}; each
   * domain label reduced to its first character and {@code ***}, except the top-level label and,
   * under a two-letter country code, a common second-level label ({@code gov.vn}, {@code com.vn}).
   *
   * @param local the local part, not empty
   * @param domain a domain accepted by {@link #domainEnd}
   * @param keepSuffix whether the top-level (and common second-level) label is kept; false when the
   *     address is glued to a further {@code @}, where a kept suffix would become the local part of
   *     a new address on a second scrubbing
   * @param out where to append the masked address
   */
  public static void appendMasked(
      CharSequence local, CharSequence domain, boolean keepSuffix, StringBuilder out) {
    out.append(local.charAt(0)).append("***@");
    String d = domain.toString();
    String[] labels = d.split("\\.", -1);
    int kept = keepSuffix ? 1 : 0;
    String last = labels[labels.length - 1];
    if (keepSuffix
        && labels.length >= 3
        && last.length() == 2
        && SECOND_LEVEL.contains(labels[labels.length - 2].toLowerCase(java.util.Locale.ROOT))) {
      kept = 2;
    }
    for (int i = 0; i < labels.length; i++) {
      if (i > 0) {
        out.append('.');
      }
      if (i >= labels.length - kept) {
        out.append(labels[i]);
      } else {
        out.append(labels[i].charAt(0)).append("***");
      }
    }
  }

  static boolean isAsciiAlnum(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9');
  }

  static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
