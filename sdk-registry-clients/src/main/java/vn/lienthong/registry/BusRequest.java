package vn.lienthong.registry;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One call through the bus: the service, the address, the body and the envelope fields. The message
 * id is fixed when the request is built, so every retry of it reuses the same id.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * BusRequest request = BusRequest.builder()
 *     .uri(URI.create("https://lgsp.example.gov.vn/population/v1/citizens/lookup"))
 *     .service(ServiceId.parse("VN/GOV/000.00.00.G01/csdl-dan-cu/citizen-lookup/v1"))
 *     .context(CallContext.officer("officer:an@xa-ba-dinh"))
 *     .jsonBody(bytes)
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class BusRequest {

  /** The JSON media type. */
  public static final String JSON = "application/json";

  private final URI uri;
  private final ServiceId service;
  private final String method;
  private final byte[] body;
  private final String contentType;
  private final String accept;
  private final MessageId messageId;
  private final CallContext context;
  private final @Nullable Duration timeout;

  private BusRequest(Builder b) {
    this.uri = Objects.requireNonNull(b.uri, "uri");
    this.service = Objects.requireNonNull(b.service, "service");
    this.method = b.method;
    this.body = b.body;
    this.contentType = b.contentType;
    this.accept = b.accept;
    this.messageId = b.messageId == null ? MessageId.random() : b.messageId;
    this.context = b.context;
    this.timeout = b.timeout;
  }

  /**
   * Starts a request.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this request's values, message id included.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.uri = uri;
    b.service = service;
    b.method = method;
    b.body = body;
    b.contentType = contentType;
    b.accept = accept;
    b.messageId = messageId;
    b.context = context;
    b.timeout = timeout;
    return b;
  }

  /**
   * Returns the address.
   *
   * @return the absolute URI
   */
  public URI uri() {
    return uri;
  }

  /**
   * Returns the called service.
   *
   * @return the service id
   */
  public ServiceId service() {
    return service;
  }

  /**
   * Returns the HTTP method.
   *
   * @return {@code POST} or {@code GET}
   */
  public String method() {
    return method;
  }

  /**
   * Returns a copy of the body.
   *
   * @return the body bytes, empty for none
   */
  public byte[] body() {
    return body.clone();
  }

  byte[] bodyNoCopy() {
    return body;
  }

  /**
   * Returns the body's content type.
   *
   * @return the media type
   */
  public String contentType() {
    return contentType;
  }

  /**
   * Returns the media type the operation answers with on success.
   *
   * @return the media type
   */
  public String accept() {
    return accept;
  }

  /**
   * Returns the message id, the same on every retry.
   *
   * @return the id
   */
  public MessageId messageId() {
    return messageId;
  }

  /**
   * Returns the user and issue of the call.
   *
   * @return the context
   */
  public CallContext context() {
    return context;
  }

  /**
   * Returns this call's timeout, if it overrides the client's.
   *
   * @return the timeout, or empty
   */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /**
   * Builds a {@link BusRequest}.
   *
   * <p>Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable URI uri;
    private @Nullable ServiceId service;
    private String method = "POST";
    private byte[] body = new byte[0];
    private String contentType = JSON;
    private String accept = JSON;
    private @Nullable MessageId messageId;
    private CallContext context = CallContext.system();
    private @Nullable Duration timeout;

    private Builder() {}

    /**
     * Sets the absolute address (required).
     *
     * @param uri the address, {@code http} or {@code https}
     * @return this builder
     * @throws IllegalArgumentException if it is not absolute http(s)
     */
    public Builder uri(URI uri) {
      String scheme = uri.getScheme();
      if (scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
        throw new IllegalArgumentException("uri must be absolute http or https");
      }
      this.uri = uri;
      return this;
    }

    /**
     * Sets the service (required).
     *
     * @param service the service id
     * @return this builder
     */
    public Builder service(ServiceId service) {
      this.service = Objects.requireNonNull(service, "service");
      return this;
    }

    /**
     * Sets the HTTP method (default {@code POST}).
     *
     * @param method {@code POST}, {@code GET}, {@code PUT} or {@code DELETE}
     * @return this builder
     * @throws IllegalArgumentException for another method
     */
    public Builder method(String method) {
      if (!Arrays.asList("POST", "GET", "PUT", "DELETE").contains(method)) {
        throw new IllegalArgumentException("unsupported method " + method);
      }
      this.method = method;
      return this;
    }

    /**
     * Sets a JSON body.
     *
     * @param json UTF-8 JSON bytes (copied)
     * @return this builder
     */
    public Builder jsonBody(byte[] json) {
      return body(json, JSON);
    }

    /**
     * Sets the body and its content type.
     *
     * @param body the bytes (copied)
     * @param contentType the media type
     * @return this builder
     */
    public Builder body(byte[] body, String contentType) {
      this.body = body.clone();
      this.contentType = Objects.requireNonNull(contentType, "contentType");
      return this;
    }

    /**
     * Sets the media type expected on success (default {@code application/json}).
     *
     * @param accept the media type
     * @return this builder
     */
    public Builder accept(String accept) {
      this.accept = Objects.requireNonNull(accept, "accept");
      return this;
    }

    /**
     * Sets the message id; by default a random UUID is chosen at {@link #build()}. Give the same id
     * when re-sending a call after a restart (an outbox does).
     *
     * @param messageId the id
     * @return this builder
     */
    public Builder messageId(MessageId messageId) {
      this.messageId = Objects.requireNonNull(messageId, "messageId");
      return this;
    }

    /**
     * Sets the user and issue (default {@link CallContext#system()}).
     *
     * @param context the context
     * @return this builder
     */
    public Builder context(CallContext context) {
      this.context = Objects.requireNonNull(context, "context");
      return this;
    }

    /**
     * Overrides the client's per-attempt timeout for this call.
     *
     * @param timeout a positive duration
     * @return this builder
     * @throws IllegalArgumentException if it is not positive
     */
    public Builder timeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive");
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws IllegalStateException if the uri or service is missing
     */
    public BusRequest build() {
      if (uri == null) {
        throw new IllegalStateException("uri required");
      }
      if (service == null) {
        throw new IllegalStateException("service required");
      }
      return new BusRequest(this);
    }
  }
}
