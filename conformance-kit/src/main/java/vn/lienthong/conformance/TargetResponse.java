package vn.lienthong.conformance;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An answer of the system under test as read by {@link TargetHttp}: status, content type, the body
 * (at most {@link TargetHttp#MAX_BODY_BYTES}) and its log-safe {@link HttpExchange} summary.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class TargetResponse {

  private final HttpExchange exchange;
  private final byte[] body;

  TargetResponse(HttpExchange exchange, byte[] body) {
    this.exchange = Objects.requireNonNull(exchange, "exchange");
    this.body = body.clone();
  }

  /**
   * Returns the log-safe summary to keep as evidence.
   *
   * @return the exchange summary
   */
  public HttpExchange exchange() {
    return exchange;
  }

  /**
   * Returns the HTTP status.
   *
   * @return the status
   */
  public int status() {
    return exchange.status();
  }

  /**
   * Returns the content type, empty when the target sent none.
   *
   * @return the content type
   */
  public String contentType() {
    return exchange.contentType();
  }

  /**
   * Returns the body bytes.
   *
   * @return a copy of the body
   */
  public byte[] body() {
    return body.clone();
  }

  /**
   * Returns the body decoded as UTF-8 (malformed bytes replaced). Not log-safe: it may hold
   * personal data; scrub it before it goes in a result.
   *
   * @return the body text
   */
  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "TargetResponse[" + exchange.summary() + "]";
  }
}
