package vn.lienthong.registry.internal.bus;

import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.registry.BusErrorCategory;
import vn.lienthong.registry.BusException;
import vn.lienthong.registry.RegistryErrorCode;

/** Builds {@link BusException}s with the details their messages name. */
public final class BusErrors {

  private final RegistryErrorCode code;
  private BusErrorCategory category;
  private boolean retryable;
  private int status;
  private @Nullable String messageId;
  private @Nullable String remoteCode;
  private @Nullable String providerCode;
  private @Nullable Throwable cause;
  private ErrorDetails details = ErrorDetails.none();

  private BusErrors(RegistryErrorCode code) {
    this.code = code;
    this.category = categoryOf(code);
    this.retryable = code.retryable();
  }

  /**
   * Starts an error.
   *
   * @param code the code
   * @return a builder
   */
  public static BusErrors error(RegistryErrorCode code) {
    return new BusErrors(code);
  }

  /**
   * The default category of a code.
   *
   * @param code the code
   * @return the category
   */
  public static BusErrorCategory categoryOf(RegistryErrorCode code) {
    return switch (code) {
      case REMOTE_AUTHENTICATION_FAILED, TOKEN_REFUSED, TOKEN_RESPONSE_MALFORMED ->
          BusErrorCategory.AUTHENTICATION;
      case REMOTE_ROUTING_FAILED -> BusErrorCategory.ROUTING;
      case PROVIDER_DOWN, CALL_TIMED_OUT, CONNECTION_FAILED, CIRCUIT_OPEN ->
          BusErrorCategory.PROVIDER_DOWN;
      case BUS_INTERNAL_ERROR, TOKEN_ENDPOINT_UNAVAILABLE -> BusErrorCategory.BUS_INTERNAL;
      case BUSINESS_ERROR, SOAP_FAULT -> BusErrorCategory.BUSINESS;
      default -> BusErrorCategory.CLIENT;
    };
  }

  /**
   * Sets the category.
   *
   * @param value the category
   * @return this
   */
  public BusErrors category(BusErrorCategory value) {
    this.category = value;
    return this;
  }

  /**
   * Sets retryability.
   *
   * @param value whether retryable
   * @return this
   */
  public BusErrors retryable(boolean value) {
    this.retryable = value;
    return this;
  }

  /**
   * Sets the HTTP status.
   *
   * @param value the status
   * @return this
   */
  public BusErrors status(int value) {
    this.status = value;
    details = details.with("status", value);
    return this;
  }

  /**
   * Sets the service named in the message.
   *
   * @param value the service id or address
   * @return this
   */
  public BusErrors service(Object value) {
    details = details.with("service", value);
    return this;
  }

  /**
   * Sets the message id.
   *
   * @param value the id
   * @return this
   */
  public BusErrors messageId(@Nullable String value) {
    this.messageId = value;
    details = details.with("messageId", value == null ? "-" : value);
    return this;
  }

  /**
   * Sets the remote problem code.
   *
   * @param value the code
   * @return this
   */
  public BusErrors remoteCode(@Nullable String value) {
    this.remoteCode = value;
    details = details.with("remoteCode", value == null ? "-" : value);
    return this;
  }

  /**
   * Sets the provider's code.
   *
   * @param value the code
   * @return this
   */
  public BusErrors providerCode(@Nullable String value) {
    this.providerCode = value;
    details = details.with("providerCode", value == null ? "-" : value);
    return this;
  }

  /**
   * Sets the field.
   *
   * @param value the field
   * @return this
   */
  public BusErrors field(String value) {
    details = details.with(ErrorDetails.FIELD, value);
    return this;
  }

  /**
   * Sets the rejected value (shortened).
   *
   * @param value the value
   * @return this
   */
  public BusErrors value(@Nullable String value) {
    details = details.rejectedValue(value);
    return this;
  }

  /**
   * Adds a named argument.
   *
   * @param name the placeholder
   * @param value its value
   * @return this
   */
  public BusErrors arg(String name, Object value) {
    details = details.with(name, value);
    return this;
  }

  /**
   * Sets the cause.
   *
   * @param value the cause
   * @return this
   */
  public BusErrors cause(@Nullable Throwable value) {
    this.cause = value;
    return this;
  }

  /**
   * Builds the exception.
   *
   * @return the exception
   */
  public BusException build() {
    return new BusException(
        code, details, category, retryable, status, messageId, remoteCode, providerCode, cause);
  }
}
