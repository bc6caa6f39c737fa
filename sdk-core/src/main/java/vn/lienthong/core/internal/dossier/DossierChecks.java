package vn.lienthong.core.internal.dossier;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;

/**
 * Checks shared by the dossier value types.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class DossierChecks {

  /** Viet Nam's time zone, in which the portal writes dates and due dates are counted. */
  public static final ZoneId VIET_NAM = ZoneId.of("Asia/Ho_Chi_Minh");

  /** The closing time at which due dates fall when no working calendar says otherwise. */
  public static final LocalTime DEFAULT_CLOSING_TIME = LocalTime.of(17, 0);

  private DossierChecks() {}

  /**
   * Checks a free text (name, reason, actor): not blank and at most {@code max} characters.
   *
   * @param field the field
   * @param value the value
   * @param max the longest value
   * @return the value
   * @throws NullPointerException if {@code value} is null
   * @throws InvalidInputException if blank or too long
   */
  public static String text(String field, String value, int max) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new InvalidInputException(
          CoreErrorCode.REQUIRED, ErrorDetails.field(field).rule("required"));
    }
    if (value.length() > max) {
      throw new InvalidInputException(
          CoreErrorCode.TOO_LONG,
          ErrorDetails.field(field)
              .rule("max-length")
              .with("length", value.length())
              .with("max", max));
    }
    return value;
  }

  /**
   * Checks that a quantity is zero or more.
   *
   * @param field the field
   * @param value the value
   * @return the value
   * @throws InvalidInputException if negative
   */
  public static long nonNegative(String field, long value) {
    if (value < 0) {
      throw new InvalidInputException(
          CoreErrorCode.NEGATIVE_QUANTITY,
          ErrorDetails.field(field).rule("non-negative").rejectedValue(Long.toString(value)));
    }
    return value;
  }

  /**
   * Checks that a count is at most {@code max}.
   *
   * @param field the field
   * @param value the value
   * @param max the cap
   * @throws InvalidInputException if above the cap
   */
  public static void atMost(String field, long value, long max) {
    if (value > max) {
      throw new InvalidInputException(
          CoreErrorCode.QUANTITY_TOO_LARGE,
          ErrorDetails.field(field)
              .rule("max")
              .with("max", max)
              .rejectedValue(Long.toString(value)));
    }
  }

  /**
   * Checks a SHA-256 digest written as 64 hexadecimal digits and returns it in lower case.
   *
   * @param field the field
   * @param value the value
   * @return the digest in lower case
   * @throws NullPointerException if {@code value} is null
   * @throws InvalidInputException if not 64 hexadecimal digits
   */
  public static String sha256(String field, String value) {
    Objects.requireNonNull(value, field);
    boolean ok = value.length() == 64;
    for (int i = 0; ok && i < value.length(); i++) {
      char c = value.charAt(i);
      ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
    if (!ok) {
      throw new InvalidInputException(
          CoreErrorCode.DIGEST_SHAPE,
          ErrorDetails.field(field)
              .rule("sha256.hex")
              .with("length", value.length())
              .rejectedValue(value));
    }
    return value.toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Copies a list, rejecting null elements.
   *
   * @param field the field
   * @param list the list
   * @param <T> the element type
   * @return an unmodifiable copy
   * @throws NullPointerException if the list or an element is null
   */
  public static <T> List<T> copy(String field, List<T> list) {
    Objects.requireNonNull(list, field);
    return List.copyOf(list);
  }
}
