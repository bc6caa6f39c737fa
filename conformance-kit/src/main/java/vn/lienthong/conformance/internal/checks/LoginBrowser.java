package vn.lienthong.conformance.internal.checks;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.lienthong.conformance.HttpExchange;
import vn.lienthong.conformance.TargetHttp;

/**
 * A minimal cookie-aware browser for driving a web login: GET only, no redirects followed (the
 * caller decides where to go), cookies kept per origin (scheme, host and port) and sent back there
 * whatever their {@code Secure} flag (the kit often talks to a local target over plain HTTP, as
 * browsers do for localhost), answers capped at {@link TargetHttp#MAX_BODY_BYTES}. Every request is
 * recorded as evidence. Not thread-safe: one per login.
 */
final class LoginBrowser {

  /** The most answers one login may take (redirect hops included). */
  static final int MAX_STEPS = 12;

  private static final int MAX_COOKIES = 50;

  private final HttpClient client;
  private final Duration timeout;
  private final Map<String, Map<String, String>> cookies = new LinkedHashMap<>();
  private final List<HttpExchange> evidence = new ArrayList<>();

  LoginBrowser(Duration timeout) {
    this.timeout = timeout;
    this.client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(timeout)
            .build();
  }

  /** One answer: status, the resolved Location (if any) and the body. */
  record Page(URI uri, int status, @Nullable URI location, String body) {
    boolean redirect() {
      return status >= 300 && status < 400 && location != null;
    }
  }

  /**
   * Sends a GET with the origin's cookies and the given headers.
   *
   * @throws IOException if the server does not answer
   */
  Page get(URI uri, Map<String, String> headers) throws IOException {
    if (evidence.size() >= MAX_STEPS) {
      throw new IOException("more than " + MAX_STEPS + " requests for one login");
    }
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout).GET();
    headers.forEach(b::header);
    Map<String, String> jar = cookies.getOrDefault(origin(uri), Map.of());
    if (!jar.isEmpty()) {
      StringBuilder c = new StringBuilder();
      jar.forEach((k, v) -> c.append(c.length() == 0 ? "" : "; ").append(k).append('=').append(v));
      b.header("Cookie", c.toString());
    }
    HttpResponse<InputStream> response;
    try {
      response = client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    byte[] bytes;
    try (InputStream in = response.body()) {
      bytes = in.readNBytes(TargetHttp.MAX_BODY_BYTES);
    }
    for (String set : response.headers().allValues("Set-Cookie")) {
      keep(uri, set);
    }
    String body = new String(bytes, StandardCharsets.UTF_8);
    String contentType = response.headers().firstValue("Content-Type").orElse("");
    evidence.add(
        new HttpExchange(
            "GET",
            uri.toString(),
            response.statusCode(),
            contentType,
            Checks.cut(body, 4 * HttpExchange.MAX_EXCERPT)));
    Optional<String> location = response.headers().firstValue("Location");
    URI resolved = null;
    if (location.isPresent()) {
      try {
        resolved = uri.resolve(location.get().strip());
      } catch (IllegalArgumentException e) {
        throw new IOException("unusable Location header", e);
      }
    }
    return new Page(uri, response.statusCode(), resolved, body);
  }

  private void keep(URI uri, String setCookie) {
    String first = setCookie.split(";", 2)[0];
    int eq = first.indexOf('=');
    if (eq <= 0) {
      return;
    }
    String name = first.substring(0, eq).strip();
    String value = first.substring(eq + 1).strip();
    Map<String, String> jar = cookies.computeIfAbsent(origin(uri), k -> new LinkedHashMap<>());
    boolean expired =
        setCookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0") || value.isEmpty();
    if (expired) {
      jar.remove(name);
    } else if (jar.size() < MAX_COOKIES || jar.containsKey(name)) {
      jar.put(name, value);
    }
  }

  static String origin(URI uri) {
    int port = uri.getPort();
    if (port < 0) {
      port = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
    return uri.getScheme() + "://" + uri.getHost() + ":" + port;
  }

  List<HttpExchange> evidence() {
    return List.copyOf(evidence);
  }
}
