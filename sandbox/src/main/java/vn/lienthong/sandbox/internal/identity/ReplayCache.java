package vn.lienthong.sandbox.internal.identity;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers single-use identifiers (client assertion and DPoP {@code jti}) until they expire. Fails
 * closed: when full of unexpired entries, new identifiers are refused. Thread-safe.
 */
final class ReplayCache {

  /** The most identifiers remembered at once. */
  static final int MAX_ENTRIES = 100_000;

  private final Map<String, Instant> seen = new ConcurrentHashMap<>();

  /**
   * Records a use; returns false if the identifier was already used (a replay) or the cache is
   * full.
   */
  boolean firstUse(String id, Instant keepUntil, Instant now) {
    if (seen.size() >= MAX_ENTRIES) {
      seen.values().removeIf(t -> t.isBefore(now));
      if (seen.size() >= MAX_ENTRIES) {
        return false;
      }
    }
    return seen.putIfAbsent(id, keepUntil) == null;
  }
}
