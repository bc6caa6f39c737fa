package vn.lienthong.registry.internal.bus;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.registry.RegistryErrorCode;

/** Shape checks of envelope values, with the patterns of {@code contracts/bus/envelope.yaml}. */
public final class WireChecks {

  /** Instance: {@code VN}, {@code VN-TEST}... */
  public static final Pattern INSTANCE = Pattern.compile("[A-Z][A-Z0-9-]{1,15}");

  /** Member class: {@code GOV}... */
  public static final Pattern MEMBER_CLASS = Pattern.compile("[A-Z]{2,8}");

  /** Subsystem and service codes. */
  public static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  /** Service version {@code v1}. */
  public static final Pattern VERSION = Pattern.compile("v[0-9]{1,3}");

  /** Message id. */
  public static final Pattern MESSAGE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{7,63}");

  /** User id. */
  public static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@:+-]{0,127}");

  /** Issue (dossier code or case number): printable ASCII without spaces. */
  public static final Pattern ISSUE = Pattern.compile("[!-~]{1,64}");

  /** Request hash: SHA-256, base64url without padding. */
  public static final Pattern REQUEST_HASH = Pattern.compile("[A-Za-z0-9_-]{43}");

  /** Protocol version {@code 1.0}. */
  public static final Pattern PROTOCOL_VERSION = Pattern.compile("[0-9]{1,2}\\.[0-9]{1,2}");

  private static final int MAX_CHECKED_LENGTH = 256;

  private static final int MESSAGE_ID_MIN = 8;
  private static final int MESSAGE_ID_MAX = 64;

  private WireChecks() {}

  /**
   * Checks a message id against {@link #MESSAGE_ID} without a regular expression: message ids are
   * checked on every call.
   *
   * @param value the candidate
   * @return the value
   * @throws InvalidInputException if it does not match
   */
  public static String checkMessageId(@Nullable String value) {
    if (!isMessageId(value)) {
      throw invalid("messageId", value, "pattern " + MESSAGE_ID.pattern());
    }
    return value;
  }

  /**
   * Tells whether a value matches {@link #MESSAGE_ID}, by a loop over its characters.
   *
   * @param value the candidate
   * @return true if it matches
   */
  public static boolean isMessageId(@Nullable String value) {
    if (value == null || value.length() < MESSAGE_ID_MIN || value.length() > MESSAGE_ID_MAX) {
      return false;
    }
    if (!alphanumeric(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!alphanumeric(c) && c != '.' && c != '_' && c != ':' && c != '-') {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether a value matches {@link #REQUEST_HASH} (43 base64url characters), without a
   * regular expression.
   *
   * @param value the candidate
   * @return true if it matches
   */
  public static boolean isRequestHash(String value) {
    if (value.length() != 43) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!alphanumeric(c) && c != '-' && c != '_') {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether a value matches {@link #PROTOCOL_VERSION} (one or two digits, a dot, one or two
   * digits), without a regular expression.
   *
   * @param value the candidate
   * @return true if it matches
   */
  public static boolean isProtocolVersion(String value) {
    int dot = value.indexOf('.');
    return dot >= 1
        && dot <= 2
        && value.length() - dot - 1 >= 1
        && value.length() - dot - 1 <= 2
        && digits(value, 0, dot)
        && digits(value, dot + 1, value.length());
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean alphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /**
   * Checks a value against a pattern.
   *
   * @param field the field named in the error
   * @param value the value
   * @param pattern the pattern
   * @return the value
   * @throws InvalidInputException with {@code INVALID_REQUEST_VALUE} if it does not match
   */
  public static String check(String field, @Nullable String value, Pattern pattern) {
    if (value == null || value.length() > MAX_CHECKED_LENGTH || !pattern.matcher(value).matches()) {
      throw invalid(field, value, "pattern " + pattern.pattern());
    }
    return value;
  }

  /**
   * Builds the error for a value that cannot go on the wire.
   *
   * @param field the field
   * @param value the rejected value (shown shortened)
   * @param reason why
   * @return the exception
   */
  public static InvalidInputException invalid(String field, @Nullable String value, String reason) {
    return new InvalidInputException(
        RegistryErrorCode.INVALID_REQUEST_VALUE,
        ErrorDetails.field(field).rejectedValue(value).with("reason", reason));
  }
}
