package vn.lienthong.core.text;

import java.util.Comparator;
import java.util.Objects;
import vn.lienthong.core.internal.text.CollationElements;

/**
 * Sorts text in Vietnamese alphabetical order, following the CLDR Vietnamese collation tailoring
 * ({@code common/collation/vi.xml}: {@code &a<ă<â}, {@code &d<đ}, {@code &e<ê}, {@code &o<ô<ơ},
 * {@code &u<ư}, and tones {@code &̀<<̉<<̃<<́<<̣}).
 *
 * <ul>
 *   <li>Primary: the letter, in the order a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x
 *       y, with f, j, w, z in their Latin places; white space before punctuation and symbols,
 *       before digits, before letters.
 *   <li>Secondary: the tone, in the order no mark (thanh ngang), grave (huyền), hook (hỏi), tilde
 *       (ngã), acute (sắc), dot below (nặng), compared from the start of the text.
 *   <li>Tertiary: lower case before upper case.
 * </ul>
 *
 * <p>NFC and NFD spellings compare equal; so do texts that differ only in the kind of white space
 * or in invisible format characters, so this order is not consistent with {@link String#equals}.
 * Letters of other scripts sort after Latin by code point. An ICU4J test checks the order against
 * ICU's {@code vi} collator on real words and names.
 *
 * <p>Instances are immutable and thread-safe; use the shared {@link #instance()}.
 *
 * <pre>{@code
 * names.sort(VietnameseCollator.instance());   // An, Ánh, Bình, Chi, Dũng, Đức, ...
 * }</pre>
 *
 * @since 0.1.0
 */
public final class VietnameseCollator implements Comparator<String> {

  private static final VietnameseCollator INSTANCE = new VietnameseCollator();

  private VietnameseCollator() {}

  /**
   * Returns the shared collator.
   *
   * @return the collator
   */
  public static VietnameseCollator instance() {
    return INSTANCE;
  }

  /**
   * Compares two texts in Vietnamese order.
   *
   * @param a a text
   * @param b another text
   * @return negative if {@code a} sorts first, zero if equal, positive if {@code b} sorts first
   * @throws NullPointerException if an argument is null
   */
  @Override
  public int compare(String a, String b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (a.equals(b)) {
      return 0;
    }
    return CollationElements.compare(CollationElements.of(a), CollationElements.of(b));
  }
}
