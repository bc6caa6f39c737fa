package vn.lienthong.registry;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A successful (2xx) bus response whose envelope was checked: it echoes the request's message id
 * and request hash.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class BusResponse {

  private final int statusCode;
  private final HttpHeaders headers;
  private final byte[] body;
  private final @Nullable String contentType;
  private final MessageId messageId;
  private final String requestHash;
  private final boolean replayed;
  private final int attempts;

  /**
   * Creates a response (used by the bus client and by tests).
   *
   * @param statusCode the HTTP status
   * @param headers the headers
   * @param body the body (not copied; do not modify)
   * @param contentType the content type, or null
   * @param messageId the echoed message id
   * @param requestHash the echoed request hash
   * @param replayed whether the provider replayed a stored response
   * @param attempts how many attempts the call took
   */
  public BusResponse(
      int statusCode,
      HttpHeaders headers,
      byte[] body,
      @Nullable String contentType,
      MessageId messageId,
      String requestHash,
      boolean replayed,
      int attempts) {
    this.statusCode = statusCode;
    this.headers = headers;
    this.body = body;
    this.contentType = contentType;
    this.messageId = messageId;
    this.requestHash = requestHash;
    this.replayed = replayed;
    this.attempts = attempts;
  }

  /**
   * Returns the HTTP status.
   *
   * @return 200-299
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Returns the response headers.
   *
   * @return the headers
   */
  public HttpHeaders headers() {
    return headers;
  }

  /**
   * Returns a copy of the body.
   *
   * @return the bytes
   */
  public byte[] body() {
    return body.clone();
  }

  /**
   * Returns the body as UTF-8 text.
   *
   * @return the text
   */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * Returns the content type.
   *
   * @return the media type, or empty
   */
  public Optional<String> contentType() {
    return Optional.ofNullable(contentType);
  }

  /**
   * Returns the echoed message id.
   *
   * @return the id
   */
  public MessageId messageId() {
    return messageId;
  }

  /**
   * Returns the echoed request hash.
   *
   * @return SHA-256, base64url without padding
   */
  public String requestHash() {
    return requestHash;
  }

  /**
   * Whether the provider had already processed this message id and returned the stored response.
   *
   * @return true if {@code LT-Replayed: true}
   */
  public boolean replayed() {
    return replayed;
  }

  /**
   * Returns how many attempts the call took.
   *
   * @return 1 when the first attempt succeeded
   */
  public int attempts() {
    return attempts;
  }
}
