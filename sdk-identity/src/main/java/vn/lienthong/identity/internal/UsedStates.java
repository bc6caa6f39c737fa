package vn.lienthong.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the {@code state} values of finished logins until they would have expired anyway, so a
 * callback (and its authorization code) cannot be used twice on this node. Bounded. Thread-safe.
 */
public final class UsedStates {

  /** Most remembered states; beyond it, expired ones are purged and then the oldest dropped. */
  public static final int MAX_ENTRIES = 100_000;

  private final Map<String, Instant> used = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Duration lifetime;

  /**
   * Creates the store.
   *
   * @param clock the clock
   * @param lifetime how long a login may last
   */
  public UsedStates(Clock clock, Duration lifetime) {
    this.clock = clock;
    this.lifetime = lifetime;
  }

  /**
   * Marks a state as used.
   *
   * @param state the state value
   * @return {@code true} if it was not used before
   */
  public boolean markUsed(String state) {
    Instant now = clock.instant();
    if (used.size() >= MAX_ENTRIES) {
      purge(now);
    }
    return used.putIfAbsent(state, now.plus(lifetime)) == null;
  }

  private void purge(Instant now) {
    used.values().removeIf(expiry -> expiry.isBefore(now));
    Iterator<String> it = used.keySet().iterator();
    while (used.size() >= MAX_ENTRIES && it.hasNext()) {
      it.next();
      it.remove();
    }
  }
}
