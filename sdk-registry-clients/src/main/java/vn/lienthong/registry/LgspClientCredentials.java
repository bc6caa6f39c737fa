package vn.lienthong.registry;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;
import vn.lienthong.registry.internal.bus.LgspTokenFetcher;
import vn.lienthong.registry.internal.bus.TokenCache;

/**
 * LGSP gateway authentication: an OAuth 2.0 client-credentials access token ({@code
 * contracts/lgsp/token.yaml}, RFC 6749 §4.4) sent as {@code Authorization: Bearer}. The token is
 * cached and refreshed shortly before it expires, with exactly one token request in flight however
 * many calls need it at once.
 *
 * <p>Instances are thread-safe; create one per gateway and reuse it.
 *
 * <pre>{@code
 * LgspClientCredentials auth = LgspClientCredentials.builder()
 *     .tokenEndpoint(URI.create("https://lgsp.example.gov.vn/token"))
 *     .clientId("mot-cua-xa")
 *     .clientSecret(secret)
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class LgspClientCredentials implements BusAuthentication {

  /** How long before expiry a token is refreshed by default. */
  public static final Duration DEFAULT_REFRESH_BEFORE = Duration.ofSeconds(30);

  /** The largest accepted token response, in bytes. */
  public static final int MAX_TOKEN_RESPONSE_BYTES = 64 * 1024;

  private final TokenCache cache;
  private final @Nullable SSLContext sslContext;

  private LgspClientCredentials(Builder b) {
    this.sslContext = b.sslContext;
    HttpClient.Builder http =
        HttpClient.newBuilder()
            .connectTimeout(b.timeout)
            .followRedirects(HttpClient.Redirect.NEVER);
    if (b.sslContext != null) {
      http.sslContext(b.sslContext);
    }
    LgspTokenFetcher fetcher =
        new LgspTokenFetcher(
            http.build(),
            Objects.requireNonNull(b.tokenEndpoint),
            Objects.requireNonNull(b.clientId),
            Objects.requireNonNull(b.clientSecret),
            b.scope,
            b.timeout,
            b.refreshBefore,
            b.clock,
            MAX_TOKEN_RESPONSE_BYTES);
    this.cache = new TokenCache(fetcher, b.clock, b.timeout.multipliedBy(2));
  }

  /**
   * Starts a configuration.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Optional<SSLContext> sslContext() {
    return Optional.ofNullable(sslContext);
  }

  @Override
  public String authenticate(HttpRequest.Builder request) {
    String token = cache.token();
    request.header("Authorization", "Bearer " + token);
    return token;
  }

  @Override
  public boolean rejected(String credential) {
    cache.invalidate(credential);
    return true;
  }

  /**
   * Builds {@link LgspClientCredentials}.
   *
   * <p>Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable URI tokenEndpoint;
    private @Nullable String clientId;
    private @Nullable String clientSecret;
    private @Nullable String scope;
    private @Nullable SSLContext sslContext;
    private Duration timeout = Duration.ofSeconds(10);
    private Duration refreshBefore = DEFAULT_REFRESH_BEFORE;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets the token endpoint (required), {@code https} except on loopback.
     *
     * @param uri the address
     * @return this builder
     */
    public Builder tokenEndpoint(URI uri) {
      this.tokenEndpoint = Objects.requireNonNull(uri, "uri");
      return this;
    }

    /**
     * Sets the client id (required).
     *
     * @param clientId the id the gateway issued
     * @return this builder
     */
    public Builder clientId(String clientId) {
      this.clientId = Objects.requireNonNull(clientId, "clientId");
      return this;
    }

    /**
     * Sets the client secret (required).
     *
     * @param clientSecret the secret
     * @return this builder
     */
    public Builder clientSecret(String clientSecret) {
      this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
      return this;
    }

    /**
     * Sets the scope to request (default none).
     *
     * @param scope space-separated scopes
     * @return this builder
     */
    public Builder scope(String scope) {
      this.scope = Objects.requireNonNull(scope, "scope");
      return this;
    }

    /**
     * Sets a TLS context for the token endpoint and the bus (for mutual TLS as well).
     *
     * @param sslContext the context
     * @return this builder
     */
    public Builder sslContext(SSLContext sslContext) {
      this.sslContext = Objects.requireNonNull(sslContext, "sslContext");
      return this;
    }

    /**
     * Sets the token request timeout (default 10 s).
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      this.timeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * Sets how long before expiry the token is refreshed (default 30 s; at most half the token's
     * lifetime is used).
     *
     * @param refreshBefore the margin
     * @return this builder
     */
    public Builder refreshBefore(Duration refreshBefore) {
      this.refreshBefore = Objects.requireNonNull(refreshBefore, "refreshBefore");
      return this;
    }

    /**
     * Sets the clock (tests).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the authentication.
     *
     * @return the authentication
     * @throws IllegalStateException if the endpoint, client id or secret is missing, or the
     *     endpoint is plain http on a non-loopback host
     */
    public LgspClientCredentials build() {
      if (tokenEndpoint == null) {
        throw new IllegalStateException("tokenEndpoint required");
      }
      if (clientId == null || clientSecret == null) {
        throw new IllegalStateException("clientId and clientSecret required");
      }
      if (!"https".equals(tokenEndpoint.getScheme()) && !Loopback.is(tokenEndpoint)) {
        throw new IllegalStateException(
            "tokenEndpoint must be https (plain http only on loopback)");
      }
      return new LgspClientCredentials(this);
    }
  }
}
