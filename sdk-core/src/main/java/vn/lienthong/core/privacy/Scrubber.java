package vn.lienthong.core.privacy;

import java.util.Objects;
import vn.lienthong.core.internal.privacy.ScrubScanner;

/**
 * Finds personal numbers and e-mail addresses in free text and masks them: 12-digit personal
 * identification numbers and 9-digit legacy identity card numbers (standing alone), Vietnamese
 * phone numbers ({@code 0912345678}, {@code 0912 345 678}, {@code 091.234.5678}, {@code 024 3825
 * 1234}, {@code 84912345678}, {@code +84 912 345 678}) and other international numbers written with
 * {@code +}, and e-mail addresses.
 *
 * <p>A hand-written linear scanner, no regular expression: time is proportional to the length, a 10
 * MB text is fine. Scrubbing is idempotent and leaves text without personal data unchanged. Found
 * numbers are written compactly, separators dropped ({@code 0******678}); e-mails as {@link
 * Masking#email}. Limits, by design: digits glued to letters ({@code SDT0912345678}, hashes, codes)
 * are not numbers; a grouped number touching an asterisk ({@code *0912 345 678}) is only masked
 * when written without separators; names and addresses cannot be recognised in free text, so models
 * must mark them with {@link PersonalData}. All methods are static and thread-safe.
 *
 * <pre>{@code
 * Scrubber.scrub("CCCD 001090123456, SĐT 0912 345 678, an@gmail.com");
 * // "CCCD *********456, SĐT 0******678, a***@g***.com"
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Scrubber {

  private Scrubber() {}

  /**
   * Returns the text with every personal number and e-mail address masked.
   *
   * @param text the text
   * @return the scrubbed text
   * @throws NullPointerException if {@code text} is null
   */
  public static String scrub(CharSequence text) {
    return ScrubScanner.scrub(Objects.requireNonNull(text, "text"), Integer.MAX_VALUE);
  }

  /**
   * Returns the scrubbed text, cut after about {@code maxLength} characters; the cut is shown as
   * {@code …(+N)} with N the number of input characters left out. A value crossing the cut is
   * masked whole first, so the cut never leaves part of a number readable. Only the kept part is
   * scanned, so a huge text costs little.
   *
   * @param text the text
   * @param maxLength the length after which the output is cut, at least 1
   * @return the scrubbed, possibly cut text
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code maxLength} is below 1
   */
  public static String scrub(CharSequence text, int maxLength) {
    Objects.requireNonNull(text, "text");
    if (maxLength < 1) {
      throw new IllegalArgumentException("maxLength must be >= 1: " + maxLength);
    }
    return ScrubScanner.scrub(text, maxLength);
  }
}
