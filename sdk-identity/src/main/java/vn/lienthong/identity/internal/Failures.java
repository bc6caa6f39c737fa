package vn.lienthong.identity.internal;

import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.RemoteServiceException;
import vn.lienthong.identity.IdentityErrorCode;

/** Builds the module's exceptions with consistent details. */
public final class Failures {

  private Failures() {}

  /**
   * A rejected input (token, callback, state): the caller's or the provider's data failed a check.
   *
   * @param code the code
   * @param field what was checked
   * @param reason a short, log-safe reason
   * @return the exception to throw
   */
  public static InvalidInputException input(IdentityErrorCode code, String field, String reason) {
    return new InvalidInputException(code, ErrorDetails.field(field).with("reason", reason));
  }

  /**
   * A rejected input with prepared details.
   *
   * @param code the code
   * @param details the details
   * @return the exception to throw
   */
  public static InvalidInputException input(IdentityErrorCode code, ErrorDetails details) {
    return new InvalidInputException(code, details);
  }

  /**
   * A failure talking to the provider.
   *
   * @param code the code
   * @param details the details
   * @param status the HTTP status, 0 if none
   * @param remoteCode the provider's error code, or null
   * @param cause the cause, or null
   * @return the exception to throw
   */
  public static RemoteServiceException remote(
      IdentityErrorCode code,
      ErrorDetails details,
      int status,
      @Nullable String remoteCode,
      @Nullable Throwable cause) {
    return new RemoteServiceException(code, details, status, null, remoteCode, cause);
  }

  /**
   * A configuration problem.
   *
   * @param field the setting
   * @param reason what is wrong
   * @return the exception to throw
   */
  public static ConfigurationException config(String field, String reason) {
    return new ConfigurationException(
        IdentityErrorCode.CONFIGURATION_INVALID,
        ErrorDetails.field(field).with("reason", reason),
        null);
  }
}
