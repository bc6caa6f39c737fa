package vn.lienthong.core.internal.privacy;

/**
 * The scrubber's single left-to-right scanner: finds e-mail addresses, 12-digit personal ids,
 * 9-digit legacy card numbers and phone numbers in free text and masks them. Not part of the public
 * API.
 *
 * <p>No regular expressions and no backtracking: every character is looked at a bounded number of
 * times (a phone candidate looks ahead over at most 15 digits), so time is linear in the input.
 *
 * <p>A phone number written in groups uses one separator throughout ({@code 0912 345 678}, {@code
 * 091.234.5678}), which keeps unrelated neighbouring numbers apart.
 *
 * <p>Idempotence: masked numbers are written compactly ({@code 0******678}, separators dropped),
 * and a digit group touching the mask character can only match on its own, never joined with its
 * neighbours, so the visible digits of a masked value never combine into a new match.
 */
public final class ScrubScanner {

  private static final char MASK = '*';
  private static final int MAX_PHONE_DIGITS = 15;

  private final CharSequence s;
  private final int n;
  private final int limit;
  private final StringBuilder out;
  private final char[] digits = new char[MAX_PHONE_DIGITS + 1];
  private boolean changed;
  private int memoFrom = -1;
  private boolean memoEmail;

  /** Where the last masked e-mail address ended: a number starting there is not glued to it. */
  private int emailEnd = -1;

  private ScrubScanner(CharSequence s, int limit) {
    this.s = s;
    this.n = s.length();
    this.limit = limit;
    this.out = new StringBuilder(Math.min(n, limit) + 16);
  }

  /**
   * Scrubs a text, stopping once about {@code limit} characters have been written; a truncated
   * result ends with {@code …(+N)}, N being the number of input characters not scanned. A value
   * crossing the limit is masked whole before the cut.
   *
   * @param text the text
   * @param limit the output length after which scanning stops
   * @return the scrubbed text; the same content as the input when nothing was found
   */
  public static String scrub(CharSequence text, int limit) {
    ScrubScanner scanner = new ScrubScanner(text, limit);
    int end = scanner.run();
    if (end < scanner.n) {
      return scanner.out.append("…(+").append(scanner.n - end).append(')').toString();
    }
    return scanner.changed ? scanner.out.toString() : text.toString();
  }

  private int run() {
    int i = 0;
    while (i < n && out.length() < limit) {
      char c = s.charAt(i);
      if (!EmailShape.isLocalChar(c)) {
        out.append(c);
        i++;
        continue;
      }
      int j = localEnd(i);
      if (j < n && s.charAt(j) == '@') {
        int k = EmailShape.domainEnd(s, j + 1);
        if (k > 0) {
          int after = localEnd(k);
          boolean glued = after < n && s.charAt(after) == '@';
          EmailShape.appendMasked(s.subSequence(i, j), s.subSequence(j + 1, k), !glued, out);
          changed = true;
          i = k;
          emailEnd = k;
          continue;
        }
      }
      i = word(i, j);
    }
    return i;
  }

  /** Copies a run of e-mail-local characters, masking the numbers that start in it. */
  private int word(int from, int to) {
    int p = from;
    while (p < to && out.length() < limit) {
      char c = s.charAt(p);
      boolean number = isDigit(c) || (c == '+' && p + 1 < n && isDigit(s.charAt(p + 1)));
      // A number starts a word, or right after an e-mail address (whose masked form ends in '*',
      // so deciding on the raw neighbour would make scrubbing not idempotent).
      if (number && (p == 0 || p == emailEnd || !Character.isLetterOrDigit(s.charAt(p - 1)))) {
        p = numberRun(p);
      } else if (Character.isLetterOrDigit(c)) {
        // Letters and digits glued together (a code, a hash): never a personal number.
        while (p < to && Character.isLetterOrDigit(s.charAt(p))) {
          out.append(s.charAt(p++));
        }
      } else {
        out.append(c);
        p++;
      }
    }
    return p;
  }

  /** Handles digit groups joined by single separators, starting at a group. */
  private int numberRun(int start) {
    int g = start;
    while (true) {
      int end = tryMatch(g);
      if (end < 0) {
        end = copyGroup(g);
      }
      if (!joins(end) || out.length() >= limit) {
        return end;
      }
      out.append(s.charAt(end));
      g = end + 1;
    }
  }

  /** Masks a personal number starting at group {@code g} and returns its end, or returns -1. */
  private int tryMatch(int g) {
    boolean plus = s.charAt(g) == '+';
    int ds = plus ? g + 1 : g;
    int de = digitsEnd(ds);
    int len = de - ds;
    if (len > MAX_PHONE_DIGITS) {
      return -1;
    }
    if (!plus && (len == 12 || len == 9) && endsWord(de)) {
      mask(len - 3);
      out.append(s, de - 3, de);
      changed = true;
      return de;
    }
    boolean dirty = (g > 0 && s.charAt(g - 1) == MASK) || (de < n && s.charAt(de) == MASK);
    int total = 0;
    int bestTotal = -1;
    int bestEnd = -1;
    int bestPrefix = 0;
    char separator = 0;
    while (true) {
      for (int k = ds; k < de; k++) {
        digits[total++] = s.charAt(k);
      }
      if (endsWord(de)) {
        int prefix = phonePrefix(total, plus);
        if (prefix >= 0) {
          bestTotal = total;
          bestEnd = de;
          bestPrefix = prefix;
        }
      }
      if (dirty || !joins(de) || (separator != 0 && s.charAt(de) != separator)) {
        break;
      }
      separator = s.charAt(de);
      int nds = de + 1;
      int nde = digitsEnd(nds);
      if (total + nde - nds > MAX_PHONE_DIGITS || (nde < n && s.charAt(nde) == MASK)) {
        break;
      }
      ds = nds;
      de = nde;
    }
    if (bestTotal < 0) {
      return -1;
    }
    if (plus) {
      out.append('+');
    }
    out.append(digits, 0, bestPrefix);
    mask(bestTotal - bestPrefix - 3);
    out.append(digits, bestTotal - 3, 3);
    changed = true;
    return bestEnd;
  }

  /**
   * Returns how many leading digits a phone number keeps ({@code 84} or the trunk {@code 0}), or -1
   * if the digits are not a phone number.
   */
  private int phonePrefix(int total, boolean plus) {
    boolean vn = total >= 3 && digits[0] == '8' && digits[1] == '4';
    if (plus) {
      if (vn) {
        return total == 11 || total == 12 ? 2 : -1;
      }
      return total >= 8 && total <= MAX_PHONE_DIGITS ? 0 : -1;
    }
    if (total == 10 && digits[0] == '0' && digits[1] >= '2') {
      return 1; // mobile 03x/05x/07x/08x/09x, or a pre-2017 landline
    }
    if (total == 11 && digits[0] == '0' && (digits[1] == '1' || digits[1] == '2')) {
      return 1; // landline 02xx, or a pre-2018 11-digit mobile 01xx
    }
    if (total == 11 && vn && digits[2] >= '2') {
      return 2; // 84 + 9 digits, the plus sign omitted
    }
    return -1;
  }

  private void mask(int count) {
    for (int k = 0; k < count; k++) {
      out.append(MASK);
    }
  }

  private int copyGroup(int g) {
    int p = g;
    if (s.charAt(p) == '+') {
      out.append('+');
      p++;
    }
    while (p < n && isDigit(s.charAt(p))) {
      out.append(s.charAt(p++));
    }
    return p;
  }

  /** Digits end, looking at no more than {@code MAX_PHONE_DIGITS + 1} of them. */
  private int digitsEnd(int from) {
    int p = from;
    int cap = Math.min(n, from + MAX_PHONE_DIGITS + 1);
    while (p < cap && isDigit(s.charAt(p))) {
      p++;
    }
    return p;
  }

  private boolean joins(int pos) {
    if (pos + 1 >= n || !isDigit(s.charAt(pos + 1))) {
      return false;
    }
    char c = s.charAt(pos);
    if (c == ' ') {
      return !emailAhead(pos + 1);
    }
    return c == '.' || c == '-';
  }

  private boolean emailAhead(int from) {
    if (from != memoFrom) {
      int j = localEnd(from);
      memoFrom = from;
      memoEmail = j < n && s.charAt(j) == '@' && EmailShape.domainEnd(s, j + 1) > 0;
    }
    return memoEmail;
  }

  private boolean endsWord(int pos) {
    return pos >= n || !Character.isLetterOrDigit(s.charAt(pos));
  }

  private int localEnd(int from) {
    int j = from;
    while (j < n && EmailShape.isLocalChar(s.charAt(j))) {
      j++;
    }
    return j;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
