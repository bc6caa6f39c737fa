package vn.lienthong.core;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The root of every exception LienThong throws: an operation could not be performed.
 *
 * <p>It carries a stable {@link ErrorCode} that programs may branch on, {@link ErrorDetails} naming
 * the field, the rule and the (log-safe) rejected value, and messages in Vietnamese and English
 * from the code's catalogue. {@link #getMessage()} is English and starts with the code, for logs;
 * {@link #message(Locale)} gives the text for people. Subclasses tell the caller's problems ({@link
 * InvalidInputException}, {@link ConfigurationException}) from remote ones ({@link
 * RemoteServiceException}).
 *
 * <p>Outcomes that are not failures (a signature that does not validate, a citizen not found) are
 * values, never this exception.
 *
 * <pre>{@code
 * try {
 *   TaxCode.parse(input);
 * } catch (LienThongException e) {
 *   String code = e.code();                       // "LT-CORE-0103"
 *   String forOfficer = e.message(ErrorMessages.VIETNAMESE);
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public class LienThongException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient ErrorCode errorCode;
  private final transient ErrorDetails details;

  /**
   * Creates an exception.
   *
   * @param errorCode the error code
   * @param details what went wrong
   */
  public LienThongException(ErrorCode errorCode, ErrorDetails details) {
    this(errorCode, details, null);
  }

  /**
   * Creates an exception with a cause.
   *
   * @param errorCode the error code
   * @param details what went wrong
   * @param cause the underlying failure, or null
   */
  public LienThongException(ErrorCode errorCode, ErrorDetails details, @Nullable Throwable cause) {
    super(null, cause);
    this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
    this.details = Objects.requireNonNull(details, "details");
  }

  /**
   * Returns the error code.
   *
   * @return the error code
   */
  public ErrorCode errorCode() {
    return errorCode;
  }

  /**
   * Returns the stable code string, for example {@code LT-CORE-0001}.
   *
   * @return the code
   */
  public String code() {
    return errorCode.code();
  }

  /**
   * Returns what went wrong: field, rule, rejected value, path and other arguments.
   *
   * @return the details
   */
  public ErrorDetails details() {
    return details;
  }

  /**
   * Returns whether the same operation may succeed if tried again later.
   *
   * @return {@code true} if retryable
   */
  public boolean retryable() {
    return errorCode.retryable();
  }

  /**
   * Returns the message for people in the given language, without the code.
   *
   * @param locale {@link ErrorMessages#VIETNAMESE} or {@link Locale#ENGLISH}; other languages get
   *     English
   * @return the message
   */
  public String message(Locale locale) {
    return ErrorMessages.detail(errorCode, details, locale);
  }

  /**
   * Returns the English message prefixed by the code, for logs: {@code [LT-CORE-0001] ...}.
   *
   * @return the message
   */
  @Override
  public String getMessage() {
    return "[" + errorCode.code() + "] " + message(Locale.ENGLISH);
  }
}
