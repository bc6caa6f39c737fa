package vn.lienthong.core;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A remote service (a registry, the portal, an identity provider, the bus) failed or refused: keeps
 * the HTTP status, the request or correlation id and the remote system's own code, so the failure
 * can be traced on both sides.
 *
 * @since 0.1.0
 */
public class RemoteServiceException extends LienThongException {

  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final @Nullable String requestId;
  private final @Nullable String remoteCode;

  /**
   * Creates an exception.
   *
   * @param errorCode the error code; its {@link ErrorCode#retryable()} says whether to retry
   * @param details what was called and what went wrong
   * @param statusCode the HTTP status, or 0 when no response arrived
   * @param requestId the request or correlation id, or null
   * @param remoteCode the remote system's error code, or null
   * @param cause the underlying failure, or null
   */
  public RemoteServiceException(
      ErrorCode errorCode,
      ErrorDetails details,
      int statusCode,
      @Nullable String requestId,
      @Nullable String remoteCode,
      @Nullable Throwable cause) {
    super(errorCode, details, cause);
    this.statusCode = statusCode;
    this.requestId = requestId;
    this.remoteCode = remoteCode;
  }

  /**
   * Returns the HTTP status of the remote answer.
   *
   * @return the status, or 0 when no response arrived
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Returns the request or correlation id.
   *
   * @return the id, if known
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /**
   * Returns the remote system's own error code.
   *
   * @return the remote code, if any
   */
  public Optional<String> remoteCode() {
    return Optional.ofNullable(remoteCode);
  }
}
