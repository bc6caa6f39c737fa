package vn.lienthong.core;

import org.jspecify.annotations.Nullable;

/**
 * LienThong is misconfigured or its installation is broken (a missing setting, a corrupt bundled
 * resource): an operator must act; retrying does not help.
 *
 * @since 0.1.0
 */
public class ConfigurationException extends LienThongException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param errorCode the error code
   * @param details the setting or resource and what is wrong with it
   * @param cause the underlying failure, or null
   */
  public ConfigurationException(
      ErrorCode errorCode, ErrorDetails details, @Nullable Throwable cause) {
    super(errorCode, details, cause);
  }
}
