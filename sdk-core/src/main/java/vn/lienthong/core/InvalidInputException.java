package vn.lienthong.core;

import org.jspecify.annotations.Nullable;

/**
 * The caller's input breaks a rule: fix the input, do not retry it unchanged.
 *
 * @since 0.1.0
 */
public class InvalidInputException extends LienThongException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param errorCode the error code
   * @param details the field, rule and rejected value
   */
  public InvalidInputException(ErrorCode errorCode, ErrorDetails details) {
    super(errorCode, details);
  }

  /**
   * Creates an exception with a cause.
   *
   * @param errorCode the error code
   * @param details the field, rule and rejected value
   * @param cause the underlying failure, or null
   */
  public InvalidInputException(
      ErrorCode errorCode, ErrorDetails details, @Nullable Throwable cause) {
    super(errorCode, details, cause);
  }
}
