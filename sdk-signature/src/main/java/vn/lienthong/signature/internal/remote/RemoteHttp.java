package vn.lienthong.signature.internal.remote;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.RemoteServiceException;
import vn.lienthong.signature.SignatureErrorCode;

/**
 * JSON over HTTPS for the remote signing clients: HTTPS required except on loopback, no redirects,
 * a request timeout and a cap on the answer size. Never puts request bodies (which may hold PINs or
 * client secrets) in exceptions. Thread-safe.
 */
public final class RemoteHttp implements AutoCloseable {

  /** The member under which an answer that is a JSON array is kept. */
  public static final String ARRAY = "items";

  private final HttpClient client;
  private final ExecutorService executor;
  private final Duration timeout;
  private final int maxResponseBytes;

  /**
   * Creates a client.
   *
   * @param timeout the connect and request timeout
   * @param maxResponseBytes the largest answer body accepted
   */
  public RemoteHttp(Duration timeout, int maxResponseBytes) {
    this.timeout = timeout;
    this.maxResponseBytes = maxResponseBytes;
    this.executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "lienthong-remote-signing");
              t.setDaemon(true);
              return t;
            });
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .executor(executor)
            .build();
  }

  /**
   * Checks that an endpoint is HTTPS, or plain HTTP on a loopback address.
   *
   * @param uri the endpoint
   * @param field the setting named in the error
   * @return the endpoint
   * @throws ConfigurationException {@code LT-SIG-0517} otherwise
   */
  public static URI checkEndpoint(URI uri, String field) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("https") && uri.getHost() != null) {
      return uri;
    }
    if (scheme.equals("http") && uri.getHost() != null && loopback(uri.getHost())) {
      return uri;
    }
    throw new ConfigurationException(
        SignatureErrorCode.REMOTE_ENDPOINT_INSECURE,
        ErrorDetails.field(field)
            .rule("signature.remote.https-required")
            .rejectedValue(describe(uri)),
        null);
  }

  private static boolean loopback(String host) {
    if (host.equalsIgnoreCase("localhost")) {
      return true;
    }
    String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    if (!h.matches("[0-9.]+") && !(h.contains(":") && h.matches("[0-9a-fA-F:.]+"))) {
      return false; // never resolve names here
    }
    try {
      return InetAddress.getByName(h).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /**
   * Describes an endpoint for messages: scheme, host, port and path, no query.
   *
   * @param uri the endpoint
   * @return the text
   */
  public static String describe(URI uri) {
    return uri.getScheme()
        + "://"
        + uri.getHost()
        + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
        + (uri.getPath() == null ? "" : uri.getPath());
  }

  /**
   * Posts a JSON object.
   *
   * @param uri the endpoint
   * @param body the object
   * @param bearer the access token, or null
   * @return the answer
   * @throws RemoteServiceException {@code LT-SIG-0514} when the call fails, {@code LT-SIG-0515}
   *     when the answer is too large or not a JSON object
   */
  public Answer postJson(URI uri, Map<String, ?> body, @Nullable String bearer) {
    return post(
        uri,
        "application/json",
        JSONObjectUtils.toJSONString(body).getBytes(StandardCharsets.UTF_8),
        bearer);
  }

  /**
   * Posts a body and reads a JSON object back (an empty body reads as an empty object).
   *
   * @param uri the endpoint
   * @param contentType the body's type
   * @param body the body
   * @param bearer the access token, or null
   * @return the answer
   * @throws RemoteServiceException {@code LT-SIG-0514} when the call fails, {@code LT-SIG-0515}
   *     when the answer is too large or not a JSON object
   */
  public Answer post(URI uri, String contentType, byte[] body, @Nullable String bearer) {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("Content-Type", contentType)
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (bearer != null) {
      r.header("Authorization", "Bearer " + bearer);
    }
    HttpResponse<InputStream> response;
    try {
      response = client.send(r.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable(uri, 0, "interrupted", e);
    } catch (IOException e) {
      throw unavailable(uri, 0, e.getClass().getSimpleName(), e);
    }
    byte[] bytes;
    try (InputStream in = response.body()) {
      bytes = in.readNBytes(maxResponseBytes + 1);
    } catch (IOException e) {
      throw unavailable(uri, response.statusCode(), "answer cut off", e);
    }
    int status = response.statusCode();
    if (bytes.length > maxResponseBytes) {
      throw invalid(uri, status, "answer larger than " + maxResponseBytes + " bytes");
    }
    if (status >= 500 || status == 429) {
      throw unavailable(uri, status, "HTTP " + status, null);
    }
    String text = new String(bytes, StandardCharsets.UTF_8).strip();
    if (text.isEmpty()) {
      return new Answer(uri, status, Map.of());
    }
    try {
      if (text.startsWith("[")) {
        return new Answer(
            uri, status, Map.of(ARRAY, com.nimbusds.jose.util.JSONArrayUtils.parse(text)));
      }
      return new Answer(uri, status, JSONObjectUtils.parse(text, maxResponseBytes));
    } catch (ParseException | RuntimeException e) {
      throw invalid(uri, status, "not a JSON object");
    }
  }

  /**
   * Creates the error for an unusable answer.
   *
   * @param uri the endpoint
   * @param status the HTTP status or 0
   * @param reason what is wrong, without secrets
   * @return the exception
   */
  public static RemoteServiceException invalid(URI uri, int status, String reason) {
    return new RemoteServiceException(
        SignatureErrorCode.REMOTE_ANSWER_INVALID,
        ErrorDetails.none().with("endpoint", describe(uri)).with("reason", reason),
        status,
        null,
        null,
        null);
  }

  /**
   * Creates the error for a service that cannot be reached.
   *
   * @param uri the endpoint
   * @param status the HTTP status or 0
   * @param reason what happened, without secrets
   * @param cause the failure, or null
   * @return the exception
   */
  public static RemoteServiceException unavailable(
      URI uri, int status, String reason, @Nullable Throwable cause) {
    return new RemoteServiceException(
        SignatureErrorCode.REMOTE_PROVIDER_UNAVAILABLE,
        ErrorDetails.none().with("endpoint", describe(uri)).with("reason", reason),
        status,
        null,
        null,
        cause);
  }

  /** Shuts the client's threads down. */
  @Override
  public void close() {
    executor.shutdownNow();
  }

  /**
   * An answer: endpoint, status and JSON object.
   *
   * @param uri the endpoint called
   * @param status the HTTP status
   * @param json the body
   */
  public record Answer(URI uri, int status, Map<String, Object> json) {

    /**
     * Returns a required string member.
     *
     * @param name the member
     * @return the value
     * @throws RemoteServiceException {@code LT-SIG-0515} if it is missing or not a string
     */
    public String string(String name) {
      return Json.string(uri, status, json, name);
    }
  }
}
