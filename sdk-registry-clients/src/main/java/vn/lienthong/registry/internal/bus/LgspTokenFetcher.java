package vn.lienthong.registry.internal.bus;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.lienthong.registry.BusException;
import vn.lienthong.registry.RegistryErrorCode;

/** Requests an access token from an LGSP gateway ({@code contracts/lgsp/token.yaml}). */
public final class LgspTokenFetcher implements Supplier<TokenCache.Token> {

  private static final int MAX_TOKEN_LENGTH = 8192;
  private static final long MAX_EXPIRES_IN = 604_800;
  private static final Pattern BEARER = Pattern.compile("[Bb][Ee][Aa][Rr][Ee][Rr]");

  private final HttpClient http;
  private final URI endpoint;
  private final String authorization;
  private final byte[] form;
  private final Duration timeout;
  private final Duration refreshBefore;
  private final Clock clock;
  private final int cap;

  /**
   * Creates the fetcher.
   *
   * @param http the HTTP client
   * @param endpoint the token endpoint
   * @param clientId the client id
   * @param clientSecret the secret
   * @param scope the scope, or null
   * @param timeout the request timeout
   * @param refreshBefore the refresh margin
   * @param clock the clock
   * @param cap the largest accepted response
   */
  public LgspTokenFetcher(
      HttpClient http,
      URI endpoint,
      String clientId,
      String clientSecret,
      @Nullable String scope,
      Duration timeout,
      Duration refreshBefore,
      Clock clock,
      int cap) {
    this.http = http;
    this.endpoint = endpoint;
    // RFC 6749 §2.3.1: form-urlencode, then Basic.
    String pair = encode(clientId) + ":" + encode(clientSecret);
    this.authorization =
        "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    this.form =
        ("grant_type=client_credentials" + (scope == null ? "" : "&scope=" + encode(scope)))
            .getBytes(StandardCharsets.UTF_8);
    this.timeout = timeout;
    this.refreshBefore = refreshBefore;
    this.clock = clock;
    this.cap = cap;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Override
  public TokenCache.Token get() {
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .timeout(timeout)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .header("Authorization", authorization)
            .POST(HttpRequest.BodyPublishers.ofByteArray(form))
            .build();
    Instant sent = clock.instant();
    HttpResponse<byte[]> response;
    try {
      response =
          http.sendAsync(request, new CappedBody(cap))
              .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable(0, "interrupted", e);
    } catch (TimeoutException e) {
      throw unavailable(0, "timed out after " + timeout, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof CappedBody.TooLarge) {
        throw malformed("response larger than " + cap + " bytes", e.getCause());
      }
      throw unavailable(0, String.valueOf(e.getCause()), e.getCause());
    }
    int status = response.statusCode();
    if (status == 400 || status == 401 || status == 403) {
      String error = "-";
      try {
        JsonNode node = Json.parse(response.body());
        if (node.path("error").isTextual()) {
          error = node.path("error").asText();
        }
      } catch (IOException e) {
        // keep "-": the status already says the credentials were refused
      }
      throw BusErrors.error(RegistryErrorCode.TOKEN_REFUSED)
          .value(endpoint.toString())
          .status(status)
          .remoteCode(error.length() > 40 ? error.substring(0, 40) : error)
          .build();
    }
    if (status != 200) {
      throw unavailable(status, "HTTP " + status, null);
    }
    if (!ResponseChecks.mediaType(response.headers().firstValue("Content-Type").orElse(null))
        .equals("application/json")) {
      throw malformed("content type is not application/json", null);
    }
    return parse(response.body(), sent);
  }

  private TokenCache.Token parse(byte[] body, Instant sent) {
    JsonNode node;
    try {
      node = Json.parse(body);
    } catch (IOException e) {
      throw malformed("not well-formed JSON", e);
    }
    JsonNode token = node.path("access_token");
    JsonNode type = node.path("token_type");
    JsonNode expires = node.path("expires_in");
    if (!token.isTextual()
        || token.asText().isEmpty()
        || token.asText().length() > MAX_TOKEN_LENGTH) {
      throw malformed("access_token missing or too long", null);
    }
    if (!token.asText().chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw malformed("access_token has characters not allowed in a header", null);
    }
    if (!type.isTextual() || !BEARER.matcher(type.asText()).matches()) {
      throw malformed("token_type is not Bearer", null);
    }
    if (!expires.canConvertToLong()
        || !expires.isIntegralNumber()
        || expires.asLong() < 1
        || expires.asLong() > MAX_EXPIRES_IN) {
      throw malformed("expires_in missing or outside 1-604800", null);
    }
    Duration lifetime = Duration.ofSeconds(expires.asLong());
    Duration margin =
        refreshBefore.compareTo(lifetime.dividedBy(2)) > 0 ? lifetime.dividedBy(2) : refreshBefore;
    return new TokenCache.Token(token.asText(), sent.plus(lifetime).minus(margin));
  }

  private BusException unavailable(int status, String reason, @Nullable Throwable cause) {
    return BusErrors.error(RegistryErrorCode.TOKEN_ENDPOINT_UNAVAILABLE)
        .value(endpoint.toString())
        .status(status)
        .arg("reason", reason)
        .cause(cause)
        .build();
  }

  private BusException malformed(String reason, @Nullable Throwable cause) {
    return BusErrors.error(RegistryErrorCode.TOKEN_RESPONSE_MALFORMED)
        .value(endpoint.toString())
        .arg("reason", reason)
        .cause(cause)
        .build();
  }
}
