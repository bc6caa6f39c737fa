package vn.lienthong.core.privacy;

import java.util.Objects;

/**
 * Masking primitives for personal data in logs and public pages.
 *
 * <p>All methods are static and thread-safe. Masked output keeps the length and the separators of
 * the input, so a masked value still shows its shape, and never contains a hidden character.
 *
 * @since 0.1.0
 */
public final class Masking {

  /** The character shown in place of a hidden one. */
  public static final char MASK = '*';

  private Masking() {}

  /**
   * Hides every letter and digit except the last {@code visible} ones; other characters (separators
   * such as {@code -} and {@code .}) are kept.
   *
   * @param value the value
   * @param visible how many trailing letters or digits stay visible, at least 0
   * @return the masked value, for example {@code **********-002} for {@code 0314409058-002} with 3
   * @throws IllegalArgumentException if {@code visible} is negative
   */
  public static String keepLast(String value, int visible) {
    Objects.requireNonNull(value, "value");
    if (visible < 0) {
      throw new IllegalArgumentException("visible must be >= 0: " + visible);
    }
    int alnum = 0;
    for (int i = 0; i < value.length(); i++) {
      if (Character.isLetterOrDigit(value.charAt(i))) {
        alnum++;
      }
    }
    // Never reveal more than a third of the characters, however short the value.
    int shown = Math.min(visible, alnum / 3);
    int toHide = alnum - shown;
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isLetterOrDigit(c) && toHide > 0) {
        out.append(MASK);
        toHide--;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
