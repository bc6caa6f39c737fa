package vn.lienthong.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.RemoteServiceException;

/**
 * The HTTP client checks use to talk to the system under test: connect and request timeouts, a cap
 * on the bytes read per answer, no redirects followed (a redirect is an answer to judge).
 *
 * <p>Instances are thread-safe; create one and reuse it.
 *
 * <pre>{@code
 * TargetHttp http = TargetHttp.create(Duration.ofSeconds(10));
 * TargetResponse r = http.send("POST", uri, Map.of("Content-Type", "application/json"), malformed);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class TargetHttp {

  /** The most bytes read from one answer (4 MiB; a result PDF may be larger: fetch it apart). */
  public static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

  /** The default timeout of a request. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);

  private final HttpClient client;
  private final Duration timeout;

  private TargetHttp(Duration timeout) {
    this.timeout = timeout;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /**
   * Creates a client.
   *
   * @param timeout the connect and request timeout, positive
   * @return the client
   * @throws IllegalArgumentException if the timeout is not positive
   * @throws NullPointerException if the argument is null
   */
  public static TargetHttp create(Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    return new TargetHttp(timeout);
  }

  /**
   * Sends a GET request.
   *
   * @param uri the URI
   * @return the answer
   * @throws RemoteServiceException if the target does not answer ({@code LT-CONF-0001}) or answers
   *     with more than {@link #MAX_BODY_BYTES} ({@code LT-CONF-0002})
   * @throws NullPointerException if the argument is null
   */
  public TargetResponse get(URI uri) {
    return send("GET", uri, Map.of(), new byte[0]);
  }

  /**
   * Sends a request.
   *
   * @param method the method, e.g. {@code POST}
   * @param uri the URI
   * @param headers request headers
   * @param body the request body, empty for none
   * @return the answer
   * @throws RemoteServiceException if the target does not answer ({@code LT-CONF-0001}) or answers
   *     with more than {@link #MAX_BODY_BYTES} ({@code LT-CONF-0002})
   * @throws NullPointerException if an argument is null
   */
  public TargetResponse send(String method, URI uri, Map<String, String> headers, byte[] body) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(uri, "uri");
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .method(
                method,
                body.length == 0
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(b::header);
    HttpResponse<InputStream> response;
    try {
      response = client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw unreachable(uri, e.getClass().getSimpleName(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unreachable(uri, "interrupted", e);
    }
    byte[] bytes;
    try (InputStream in = response.body()) {
      bytes = in.readNBytes(MAX_BODY_BYTES + 1);
    } catch (IOException e) {
      throw unreachable(uri, "answer cut off: " + e.getClass().getSimpleName(), e);
    }
    if (bytes.length > MAX_BODY_BYTES) {
      throw new RemoteServiceException(
          ConformanceErrorCode.TARGET_RESPONSE_TOO_LARGE,
          ErrorDetails.field(uri.toString()).with("max", MAX_BODY_BYTES),
          response.statusCode(),
          null,
          null,
          null);
    }
    String contentType = response.headers().firstValue("Content-Type").orElse("");
    HttpExchange exchange =
        new HttpExchange(
            method,
            uri.toString(),
            response.statusCode(),
            contentType,
            new String(
                bytes,
                0,
                Math.min(bytes.length, 4 * HttpExchange.MAX_EXCERPT),
                StandardCharsets.UTF_8));
    return new TargetResponse(exchange, bytes);
  }

  private static RemoteServiceException unreachable(URI uri, String reason, Throwable cause) {
    return new RemoteServiceException(
        ConformanceErrorCode.TARGET_UNREACHABLE,
        ErrorDetails.field(uri.toString()).with("reason", reason),
        0,
        null,
        null,
        cause);
  }

  @Override
  public String toString() {
    return "TargetHttp[timeout=" + timeout + "]";
  }
}
