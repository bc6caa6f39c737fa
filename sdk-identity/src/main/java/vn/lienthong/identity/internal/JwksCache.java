package vn.lienthong.identity.internal;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.identity.IdentityErrorCode;

/**
 * The provider's public keys, fetched once and kept; refreshed when older than {@link #MAX_AGE},
 * and on an unknown {@code kid} at most once per refresh interval (so a flood of forged tokens with
 * random kids cannot turn into a flood of requests to the provider). Thread-safe.
 */
public final class JwksCache {

  /** Most keys a provider's key set may hold. */
  public static final int MAX_KEYS = 100;

  /** Age after which the key set is fetched again on next use. */
  public static final Duration MAX_AGE = Duration.ofMinutes(15);

  private final @Nullable Http http;
  private final URI uri;
  private final Clock clock;
  private final Duration refreshInterval;
  private volatile @Nullable JWKSet keys;
  private volatile Instant fetchedAt = Instant.EPOCH;

  /**
   * Creates a cache.
   *
   * @param http the HTTP client
   * @param uri the JWKS address
   * @param clock the clock for ages and the refresh rate limit
   * @param refreshInterval the least time between two fetches caused by unknown kids
   */
  public JwksCache(Http http, URI uri, Clock clock, Duration refreshInterval) {
    this.http = http;
    this.uri = uri;
    this.clock = clock;
    this.refreshInterval = refreshInterval;
  }

  private JwksCache(JWKSet fixed, Clock clock) {
    this.http = null;
    this.uri = URI.create("urn:lienthong:fixed-jwks");
    this.clock = clock;
    this.refreshInterval = Duration.ZERO;
    this.keys = fixed;
    this.fetchedAt = Instant.MAX;
  }

  /**
   * Returns a cache over a fixed key set that never fetches (fuzzing, benchmarks).
   *
   * @param keys the keys
   * @param clock the clock
   * @return the cache
   */
  public static JwksCache fixed(JWKSet keys, Clock clock) {
    return new JwksCache(keys, clock);
  }

  /**
   * Returns the current key set, fetching it on first use or when stale.
   *
   * @return the keys
   */
  public JWKSet keys() {
    JWKSet k = keys;
    if (http == null && k != null) {
      return k;
    }
    if (k == null || fetchedAt.plus(MAX_AGE).isBefore(clock.instant())) {
      synchronized (this) {
        k = keys;
        if (k == null || fetchedAt.plus(MAX_AGE).isBefore(clock.instant())) {
          k = fetch();
        }
      }
    }
    return k;
  }

  /**
   * Returns the key with an id, refreshing once if it is unknown and the rate limit allows.
   *
   * @param kid the key id
   * @return the key, or null if the provider does not publish it
   */
  public @Nullable JWK key(String kid) {
    JWK found = keys().getKeyByKeyId(kid);
    if (found != null) {
      return found;
    }
    synchronized (this) {
      JWKSet k = keys;
      if (k != null && k.getKeyByKeyId(kid) != null) {
        return k.getKeyByKeyId(kid);
      }
      if (http == null || fetchedAt.plus(refreshInterval).isAfter(clock.instant())) {
        return null;
      }
      return fetch().getKeyByKeyId(kid);
    }
  }

  private JWKSet fetch() {
    Http h = http;
    if (h == null) {
      throw malformed("fixed key set", 0);
    }
    Http.Response r = h.get(uri, "jwks_uri");
    if (r.status() != 200) {
      throw malformed("status " + r.status(), r.status());
    }
    JWKSet set;
    try {
      Map<String, Object> m = Json.parseObject(r.body());
      Object list = m.get("keys");
      if (!(list instanceof List)) {
        throw malformed("no keys array", r.status());
      }
      int count = ((List<?>) list).size();
      if (count > MAX_KEYS) {
        throw Failures.remote(
            IdentityErrorCode.JWKS_TOO_LARGE,
            ErrorDetails.field(uri.toString()).with("count", count).with("limit", MAX_KEYS),
            r.status(),
            null,
            null);
      }
      set = JWKSet.parse(m);
    } catch (IllegalArgumentException | java.text.ParseException e) {
      throw malformed("not a JWK set", r.status());
    }
    for (JWK k : set.getKeys()) {
      if (k.isPrivate()) {
        throw malformed("the key set publishes a private key", r.status());
      }
    }
    keys = set;
    fetchedAt = clock.instant();
    return set;
  }

  private RuntimeException malformed(String reason, int status) {
    return Failures.remote(
        IdentityErrorCode.PROVIDER_RESPONSE_MALFORMED,
        ErrorDetails.field("jwks_uri " + uri).with("status", status).with("reason", reason),
        status,
        null,
        null);
  }
}
