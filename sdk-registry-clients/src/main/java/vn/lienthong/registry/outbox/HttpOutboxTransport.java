package vn.lienthong.registry.outbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Delivers outbox messages by HTTP {@code POST} of the payload to the message's destination URL,
 * with the JDK {@link HttpClient}: the message headers plus {@value #MESSAGE_ID_HEADER}, {@value
 * #ORDERING_KEY_HEADER} and {@value #MESSAGE_TYPE_HEADER}, so the receiver can drop duplicates.
 *
 * <p>Any 2xx answer acknowledges. 408, 425, 429 and 5xx answers, connection failures and timeouts
 * mean retry later (a {@code Retry-After} in seconds is honoured); other answers, a destination
 * that is not an {@code http(s)} URL and headers the JDK refuses are permanent failures. Instances
 * are thread-safe; create one and reuse it.
 *
 * <pre>{@code
 * OutboxTransport http = HttpOutboxTransport.builder()
 *     .connectTimeout(Duration.ofSeconds(5))
 *     .requestTimeout(Duration.ofSeconds(30))
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class HttpOutboxTransport implements OutboxTransport {

  /** The header carrying the message id. */
  public static final String MESSAGE_ID_HEADER = "X-LienThong-Message-Id";

  /** The header carrying the ordering key. */
  public static final String ORDERING_KEY_HEADER = "X-LienThong-Ordering-Key";

  /** The header carrying the message type. */
  public static final String MESSAGE_TYPE_HEADER = "X-LienThong-Message-Type";

  private static final long MAX_RETRY_AFTER_SECONDS = 86_400;

  private final HttpClient client;
  private final Duration requestTimeout;

  private HttpOutboxTransport(Builder b) {
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(b.connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.requestTimeout = b.requestTimeout;
  }

  /**
   * Starts a builder.
   *
   * @return a builder with 5 s connect and 30 s request timeouts
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Posts the message once.
   *
   * @param message the message
   * @return the outcome, as described on the class
   * @throws NullPointerException if {@code message} is null
   */
  @Override
  public DeliveryOutcome deliver(OutboxMessage message) {
    URI uri;
    HttpRequest request;
    try {
      uri = URI.create(message.destination());
      String scheme = uri.getScheme();
      if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
        return DeliveryOutcome.permanentFailure("destination is not an http(s) URL");
      }
      HttpRequest.Builder rb =
          HttpRequest.newBuilder(uri)
              .timeout(requestTimeout)
              .POST(HttpRequest.BodyPublishers.ofByteArray(message.payload()));
      for (Map.Entry<String, String> h : message.headers().entrySet()) {
        rb.header(h.getKey(), h.getValue());
      }
      rb.header(MESSAGE_ID_HEADER, message.id());
      rb.header(ORDERING_KEY_HEADER, message.orderingKey());
      rb.header(MESSAGE_TYPE_HEADER, message.type());
      request = rb.build();
    } catch (IllegalArgumentException e) {
      return DeliveryOutcome.permanentFailure("request refused: " + e.getMessage());
    }
    HttpResponse<Void> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      return DeliveryOutcome.retryLater(e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return DeliveryOutcome.retryLater("interrupted");
    }
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return DeliveryOutcome.acknowledged();
    }
    String reason = "HTTP " + status;
    if (status == 408 || status == 425 || status == 429 || status >= 500) {
      return retryAfter(response.headers().firstValue("Retry-After"))
          .map(d -> DeliveryOutcome.retryAfter(d, reason))
          .orElseGet(() -> DeliveryOutcome.retryLater(reason));
    }
    return DeliveryOutcome.permanentFailure(reason);
  }

  private static Optional<Duration> retryAfter(Optional<String> header) {
    if (header.isEmpty()) {
      return Optional.empty();
    }
    String v = header.get().strip();
    if (v.isEmpty() || v.length() > 9 || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofSeconds(Math.min(Long.parseLong(v), MAX_RETRY_AFTER_SECONDS)));
  }

  /**
   * Builds an {@link HttpOutboxTransport}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration requestTimeout = Duration.ofSeconds(30);

    private Builder() {}

    /**
     * Sets the connect timeout.
     *
     * @param connectTimeout positive
     * @return this builder
     * @throws NullPointerException if {@code connectTimeout} is null
     * @throws IllegalArgumentException if not positive
     */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = positive(connectTimeout, "connectTimeout");
      return this;
    }

    /**
     * Sets the time allowed for the whole answer; keep it below the dispatcher's lease.
     *
     * @param requestTimeout positive
     * @return this builder
     * @throws NullPointerException if {@code requestTimeout} is null
     * @throws IllegalArgumentException if not positive
     */
    public Builder requestTimeout(Duration requestTimeout) {
      this.requestTimeout = positive(requestTimeout, "requestTimeout");
      return this;
    }

    /**
     * Builds the transport.
     *
     * @return the transport
     */
    public HttpOutboxTransport build() {
      return new HttpOutboxTransport(this);
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return d;
    }
  }
}
