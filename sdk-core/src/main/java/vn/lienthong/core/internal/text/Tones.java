package vn.lienthong.core.internal.text;

/**
 * Moves the tone mark of each syllable to its place under the traditional or modern rule. Works in
 * place on NFC text in a char array. Not part of the public API.
 *
 * <p>The rule: the tone goes on the last vowel with a shape mark (ă, â, ê, ô, ơ, ư) if there is
 * one; otherwise on the last vowel when a final consonant follows; otherwise on the only vowel, on
 * the middle one of three, and on the first of two, except that the modern style puts it on the
 * second vowel of {@code oa}, {@code oe} and {@code uy} (hoà, khoẻ, thuý) where the traditional
 * style keeps it on the first (hòa, khỏe, thúy). The {@code u} of {@code qu} and the {@code i} of
 * {@code gi} before a vowel belong to the initial consonant.
 */
public final class Tones {

  private Tones() {}

  /**
   * Places the tone of every syllable (maximal run of Latin letters) in {@code buf[from, to)}.
   *
   * @param buf NFC characters, changed in place
   * @param from first index
   * @param to end index, exclusive
   * @param modern {@code true} for the modern style (hoà), {@code false} for the traditional (hòa)
   */
  public static void place(char[] buf, int from, int to, boolean modern) {
    int i = from;
    while (i < to) {
      if (Letters.base(buf[i]) == 0) {
        i++;
        continue;
      }
      int start = i;
      while (i < to && Letters.base(buf[i]) != 0) {
        i++;
      }
      placeInSyllable(buf, start, i, modern);
    }
  }

  private static void placeInSyllable(char[] buf, int from, int to, boolean modern) {
    int toneAt = -1;
    int tone = 0;
    for (int i = from; i < to; i++) {
      int t = Letters.tone(buf[i]);
      if (t > 0) {
        if (toneAt >= 0) {
          return; // two tones: not a single syllable, leave it alone
        }
        toneAt = i;
        tone = t;
      }
    }
    if (toneAt < 0) {
      return;
    }
    int start = from;
    if (to - from >= 3 && Letters.isVowel(buf[from + 2])) {
      char b0 = Letters.base(buf[from]);
      char b1 = Letters.base(buf[from + 1]);
      if ((b0 == 'q' && b1 == 'u') || (b0 == 'g' && b1 == 'i')) {
        start = from + 2;
      }
    }
    int vs = -1;
    int ve = -1;
    for (int i = start; i < to; i++) {
      if (Letters.isVowel(buf[i])) {
        if (ve >= 0) {
          return; // several vowel groups: a word of several syllables, leave it alone
        }
        if (vs < 0) {
          vs = i;
        }
      } else if (vs >= 0 && ve < 0) {
        ve = i;
      }
    }
    if (vs < 0) {
      return;
    }
    boolean hasFinal = ve >= 0;
    if (ve < 0) {
      ve = to;
    }
    int target = target(buf, vs, ve, hasFinal, modern);
    if (target < 0 || target == toneAt) {
      return;
    }
    char moved = Letters.compose(Letters.base(buf[target]), tone, Letters.isUpper(buf[target]));
    char bare = Letters.compose(Letters.base(buf[toneAt]), 0, Letters.isUpper(buf[toneAt]));
    if (moved == 0 || bare == 0) {
      return;
    }
    buf[target] = moved;
    buf[toneAt] = bare;
  }

  private static int target(char[] buf, int vs, int ve, boolean hasFinal, boolean modern) {
    int lastShaped = -1;
    for (int i = vs; i < ve; i++) {
      if (Letters.isShaped(Letters.base(buf[i]))) {
        lastShaped = i;
      }
    }
    int k = ve - vs;
    if (lastShaped >= 0) {
      return lastShaped;
    } else if (hasFinal || k == 1) {
      return ve - 1;
    } else if (k == 2) {
      char a = Letters.base(buf[vs]);
      char b = Letters.base(buf[vs + 1]);
      boolean glide = (a == 'o' && (b == 'a' || b == 'e')) || (a == 'u' && b == 'y');
      return modern && glide ? vs + 1 : vs;
    } else if (k == 3) {
      return vs + 1;
    }
    return -1;
  }
}
