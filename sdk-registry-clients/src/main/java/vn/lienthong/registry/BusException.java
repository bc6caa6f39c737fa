package vn.lienthong.registry;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ErrorCode;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.RemoteServiceException;

/**
 * A bus call that could not be performed: the one exception of the bus client and the typed
 * clients, with its {@link BusErrorCategory}, the message id ({@code LT-Id}) that correlates it
 * with both message logs, the remote problem code ({@code LT-BUS-0302}) and, for business errors,
 * the provider's own code.
 *
 * <p>Not thread-safe to mutate (it is not mutated after construction). Outcomes that are answers (a
 * citizen not found, no matching parcel) are values, never this exception.
 *
 * <pre>{@code
 * try {
 *   population.lookup(id, purpose, ctx);
 * } catch (BusException e) {
 *   if (e.category() == BusErrorCategory.PROVIDER_DOWN) { ... e.messageId() ... }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public class BusException extends RemoteServiceException {

  private static final long serialVersionUID = 1L;

  private final BusErrorCategory category;
  private final boolean retryable;
  private final @Nullable String providerCode;

  /**
   * Creates the exception.
   *
   * @param errorCode the LienThong code
   * @param details the details (log-safe)
   * @param category the category
   * @param retryable whether the same call may be retried with the same message id
   * @param statusCode the HTTP status, or 0 when no response arrived
   * @param messageId the message id of the call, or null if none was assigned
   * @param remoteCode the remote problem code such as {@code LT-BUS-0302}, or null
   * @param providerCode the provider's own code for business errors, or null
   * @param cause the cause, or null
   */
  public BusException(
      ErrorCode errorCode,
      ErrorDetails details,
      BusErrorCategory category,
      boolean retryable,
      int statusCode,
      @Nullable String messageId,
      @Nullable String remoteCode,
      @Nullable String providerCode,
      @Nullable Throwable cause) {
    super(errorCode, details, statusCode, messageId, remoteCode, cause);
    this.category = category;
    this.retryable = retryable;
    this.providerCode = providerCode;
  }

  /**
   * Returns the category.
   *
   * @return the category
   */
  public BusErrorCategory category() {
    return category;
  }

  /**
   * Returns the message id ({@code LT-Id}) of the failed call, the same on every retry.
   *
   * @return the message id, empty if the call failed before one was assigned
   */
  public Optional<String> messageId() {
    return requestId();
  }

  /**
   * Returns the provider's own error code for business errors.
   *
   * @return the code, or empty
   */
  public Optional<String> providerCode() {
    return Optional.ofNullable(providerCode);
  }

  /**
   * Whether the same call may be retried later with the same message id.
   *
   * @return true for provider-down, bus-internal, rate limits and local back-pressure
   */
  @Override
  public boolean retryable() {
    return retryable;
  }
}
