package vn.lienthong.sandbox.internal.identity;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import vn.lienthong.sandbox.internal.http.ReplyException;

/**
 * One issuer's short-lived state: pending requests by request_uri, codes, access tokens, and the
 * replay caches. Every value is single-use where the standards say so (request_uri, code), removed
 * atomically. Thread-safe.
 */
final class FlowState {

  static final String REQUEST_URI_PREFIX = "urn:ietf:params:oauth:request_uri:";

  private final Map<String, PendingRequest> pending = new ConcurrentHashMap<>();
  private final Map<String, CodeGrant> codes = new ConcurrentHashMap<>();
  private final Map<String, Instant> usedCodes = new ConcurrentHashMap<>();
  private final Map<String, AccessGrant> tokens = new ConcurrentHashMap<>();
  final ReplayCache assertionIds = new ReplayCache();
  final ReplayCache dpopIds = new ReplayCache();

  String push(PendingRequest request, Instant now) {
    room(pending, now, p -> p.expiresAt().isBefore(now));
    String uri = REQUEST_URI_PREFIX + Ids.random(24);
    pending.put(uri, request);
    return uri;
  }

  /** Looks at a pending request without using it up. */
  Optional<PendingRequest> peek(String requestUri, Instant now) {
    PendingRequest p = pending.get(requestUri);
    return p == null || p.expiresAt().isBefore(now) ? Optional.empty() : Optional.of(p);
  }

  /** Uses a pending request up; empty if unknown, used or expired. */
  Optional<PendingRequest> take(String requestUri, Instant now) {
    PendingRequest p = pending.remove(requestUri);
    return p == null || p.expiresAt().isBefore(now) ? Optional.empty() : Optional.of(p);
  }

  String issueCode(CodeGrant grant, Instant now) {
    room(codes, now, c -> c.expiresAt().isBefore(now));
    usedCodes.entrySet().removeIf(e -> e.getValue().isBefore(now));
    String code = Ids.random(32);
    codes.put(code, grant);
    return code;
  }

  /** Redeems a code once; returns null and tells why if it cannot. */
  @Nullable CodeGrant redeem(String code, Instant now, StringBuilder why) {
    CodeGrant g = codes.remove(code);
    if (g == null) {
      why.append(
          usedCodes.containsKey(code)
              ? "authorization code already used"
              : "unknown authorization code");
      return null;
    }
    usedCodes.put(code, now.plus(FlowLimits.CODE_LIFETIME.multipliedBy(10)));
    if (g.expiresAt().isBefore(now)) {
      why.append("authorization code expired");
      return null;
    }
    return g;
  }

  String issueToken(AccessGrant grant, Instant now) {
    room(tokens, now, t -> t.expiresAt().isBefore(now));
    String token = Ids.random(32);
    tokens.put(token, grant);
    return token;
  }

  Optional<AccessGrant> token(String token, Instant now) {
    AccessGrant g = tokens.get(token);
    return g == null || g.expiresAt().isBefore(now) ? Optional.empty() : Optional.of(g);
  }

  private static <V> void room(Map<String, V> map, Instant now, Predicate<V> expired) {
    if (map.size() >= FlowLimits.MAX_PENDING) {
      map.values().removeIf(expired);
      if (map.size() >= FlowLimits.MAX_PENDING) {
        throw ReplyException.oauth(503, "temporarily_unavailable", "sandbox state is full");
      }
    }
  }
}
