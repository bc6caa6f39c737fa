package vn.lienthong.core.privacy;

import java.time.LocalDate;
import java.util.Objects;
import vn.lienthong.core.internal.privacy.EmailShape;
import vn.lienthong.core.text.VietnameseText;

/**
 * Masking primitives for personal data in logs and public pages.
 *
 * <p>All methods are static and thread-safe, accept any text (a value of an unexpected shape is
 * masked entirely rather than rejected, because masking runs in log paths that must not fail) and
 * throw only {@link NullPointerException} for null. Number masks keep the length and the separators
 * of the input, so a masked value still shows its shape; no mask ever outputs a hidden character in
 * the hidden positions.
 *
 * <pre>{@code
 * Masking.personalIdNumber("001090123456");    // "*********456"
 * Masking.phoneNumber("+84 912 345 678");      // "+84 *** *** 678"
 * Masking.email("nguyen.van.an@hanoi.gov.vn");  // "n***@h***.gov.vn"
 * Masking.personName("Nguyễn Văn An");          // "Nguyễn V. A."
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Masking {

  /** The character shown in place of a hidden one. */
  public static final char MASK = '*';

  /** What a fully hidden value (sensitive data, images, gender...) is shown as. */
  public static final String REDACTED = "[redacted]";

  private static final java.util.regex.Pattern WHITESPACE =
      java.util.regex.Pattern.compile("\\s+", java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

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

  /**
   * Masks a 12-digit personal identification number (số định danh cá nhân) or a legacy 9-digit
   * identity card number (chứng minh nhân dân), keeping the last three digits.
   *
   * @param value the number, ideally digits only
   * @return for example {@code *********456} for {@code 001090123456}
   * @throws NullPointerException if {@code value} is null
   */
  public static String personalIdNumber(String value) {
    return keepLast(value, 3);
  }

  /**
   * Masks a tax code (mã số thuế), keeping its last three digits: for a 13-digit code that is the
   * branch suffix, so the shape {@code -002} stays readable while the main code, which may be an
   * individual's, is hidden.
   *
   * @param value the tax code, such as {@code 0314409058} or {@code 0314409058-002}
   * @return for example {@code *******488} or {@code **********-002}
   * @throws NullPointerException if {@code value} is null
   */
  public static String taxCode(String value) {
    return keepLast(value, 3);
  }

  /**
   * Masks a phone number, keeping its prefix shape ({@code +84}, {@code 84} before 9 digits, or the
   * trunk {@code 0}), its separators and its last three digits: {@code 0912345678} becomes {@code
   * 0******678}, {@code +84 912 345 678} becomes {@code +84 *** *** 678} and {@code 84912345678}
   * becomes {@code 84******678}. The mobile network prefix ({@code 091}) is hidden too, since with
   * the last digits it narrows the number down. At most a third of the subscriber digits are shown,
   * so a short value is hidden entirely.
   *
   * @param value the phone number as written
   * @return the masked number
   * @throws NullPointerException if {@code value} is null
   */
  public static String phoneNumber(String value) {
    Objects.requireNonNull(value, "value");
    int digits = 0;
    for (int i = 0; i < value.length(); i++) {
      if (isAsciiDigit(value.charAt(i))) {
        digits++;
      }
    }
    String lead = value.stripLeading();
    int prefixDigits = 0;
    if (lead.startsWith("+84") || lead.startsWith("(+84")) {
      prefixDigits = 2;
    } else if (lead.startsWith("84") && digits == 11) {
      prefixDigits = 2;
    } else if (lead.startsWith("0") || lead.startsWith("(0")) {
      prefixDigits = 1;
    }
    int subscriber = digits - prefixDigits;
    int shown = Math.min(3, subscriber / 3);
    StringBuilder out = new StringBuilder(value.length());
    int seen = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (isAsciiDigit(c)) {
        boolean visible = seen < prefixDigits || seen >= digits - shown;
        out.append(visible ? c : MASK);
        seen++;
      } else {
        out.append(Character.isLetterOrDigit(c) ? MASK : c);
      }
    }
    return out.toString();
  }

  /**
   * Masks an e-mail address: the first character of the local part followed by {@code ***} (the
   * length is hidden); each domain label reduced to its first character and {@code ***} except the
   * top-level domain and, under a two-letter country code, a common second level such as {@code
   * gov.vn} or {@code com.vn}. The domain is masked too because a personal domain names its owner,
   * while the kept suffix still tells an agency address from a private one. A value that is not an
   * e-mail address has every letter and digit hidden.
   *
   * @param value the address, such as {@code nguyen.van.an@gmail.com}
   * @return for example {@code n***@g***.com}
   * @throws NullPointerException if {@code value} is null
   */
  public static String email(String value) {
    Objects.requireNonNull(value, "value");
    int at = value.indexOf('@');
    if (at > 0 && EmailShape.domainEnd(value, at + 1) == value.length()) {
      boolean localOk = true;
      for (int i = 0; i < at && localOk; i++) {
        localOk = EmailShape.isLocalChar(value.charAt(i));
      }
      if (localOk) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        EmailShape.appendMasked(value.substring(0, at), value.substring(at + 1), true, out);
        return out.toString();
      }
    }
    return keepLast(value, 0);
  }

  /**
   * Masks a person's name for public pages and logs: the family name (the first word, in Vietnamese
   * order) is kept and every other word becomes its initial and a dot, so {@code Nguyễn Văn An}
   * becomes {@code Nguyễn V. A.}.
   *
   * <p>Why this form rather than {@code N*** V** An}: a handful of family names cover most of the
   * population (Nguyễn alone about 38%), so the family name reveals little while letting citizens
   * recognise their own dossier on a public status look-up; the given name is the identifying part
   * and is reduced to one letter; and initials hide the length of each word, which stars would
   * show. A one-word name becomes its initial. The text is NFC-normalised first.
   *
   * @param value the full name
   * @return the masked name; empty for a blank name
   * @throws NullPointerException if {@code value} is null
   */
  public static String personName(String value) {
    String name = VietnameseText.nfc(Objects.requireNonNull(value, "value")).strip();
    if (name.isEmpty()) {
      return "";
    }
    String[] words = WHITESPACE.split(name);
    if (words.length == 1) {
      return new StringBuilder().appendCodePoint(name.codePointAt(0)).append('.').toString();
    }
    StringBuilder out = new StringBuilder(name.length()).append(words[0]);
    for (int i = 1; i < words.length; i++) {
      out.append(' ').appendCodePoint(words[i].codePointAt(0)).append('.');
    }
    return out.toString();
  }

  /**
   * Masks an address, keeping the commune and the province and hiding the house number, street or
   * village. Addresses have two levels since 1 July 2025, so the last two comma-separated parts are
   * taken as commune and province: {@code Số 12 ngõ 34 phố Trúc Bạch, Phường Ba Đình, Thành phố Hà
   * Nội} becomes {@code ***, Phường Ba Đình, Thành phố Hà Nội}. With two parts only the last is
   * kept (it may be street and commune); with one part, everything is hidden.
   *
   * @param value the address, parts separated by commas
   * @return the masked address; empty for a blank address
   * @throws NullPointerException if {@code value} is null
   */
  public static String address(String value) {
    String text = VietnameseText.nfc(Objects.requireNonNull(value, "value"));
    java.util.List<String> parts = new java.util.ArrayList<>();
    for (String part : text.split(",", -1)) {
      if (!part.isBlank()) {
        parts.add(part.strip());
      }
    }
    if (parts.isEmpty()) {
      return "";
    }
    int keep = parts.size() >= 3 ? 2 : parts.size() - 1;
    StringBuilder out = new StringBuilder("***");
    for (int i = parts.size() - keep; i < parts.size(); i++) {
      out.append(", ").append(parts.get(i));
    }
    return out.toString();
  }

  /**
   * Masks a date of birth to its year: the first group of exactly four digits is kept (as in {@code
   * 15/08/1990} or {@code 1990-08-15}); a compact 8-digit date is read as {@code yyyyMMdd} (the
   * National Public Service Portal's format); all other letters and digits are hidden. A value with
   * no recognisable year is hidden entirely.
   *
   * @param value the date as written
   * @return for example {@code **}{@code /**}{@code /1990} or {@code 1990****}
   * @throws NullPointerException if {@code value} is null
   */
  public static String birthDate(String value) {
    Objects.requireNonNull(value, "value");
    int keepFrom = -1;
    int keepTo = -1;
    int i = 0;
    while (i < value.length() && keepFrom < 0) {
      if (isAsciiDigit(value.charAt(i))) {
        int end = i;
        while (end < value.length() && isAsciiDigit(value.charAt(end))) {
          end++;
        }
        if (end - i == 4 || end - i == 8) {
          keepFrom = i;
          keepTo = i + 4;
        }
        i = end;
      } else {
        i++;
      }
    }
    StringBuilder out = new StringBuilder(value.length());
    for (int k = 0; k < value.length(); k++) {
      char c = value.charAt(k);
      boolean kept = k >= keepFrom && k < keepTo;
      out.append(!kept && Character.isLetterOrDigit(c) ? MASK : c);
    }
    return out.toString();
  }

  /**
   * Masks a date of birth to its year, in the Vietnamese day/month/year order.
   *
   * @param date the date
   * @return for example {@code **}{@code /**}{@code /1990}
   * @throws NullPointerException if {@code date} is null
   */
  public static String birthDate(LocalDate date) {
    return "**/**/" + String.format("%04d", Objects.requireNonNull(date, "date").getYear());
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean allDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isAsciiDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
