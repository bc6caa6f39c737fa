package vn.lienthong.registry.internal.outbox;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential back-off with jitter: the n-th retry waits a random time between half and all of
 * {@code min(max, initial * 2^(n-1))}, so nodes that failed together do not retry together.
 *
 * @param initialMillis the first delay's upper bound
 * @param maxMillis the largest delay
 */
public record Backoff(long initialMillis, long maxMillis) {

  /**
   * Returns the delay before the next attempt.
   *
   * @param failures failed attempts so far, at least 1
   * @return the delay in milliseconds
   */
  public long delayMillis(int failures) {
    int shift = Math.min(Math.max(failures, 1) - 1, 30);
    long bound = Math.min(maxMillis, initialMillis << shift);
    if (bound < 0) {
      bound = maxMillis;
    }
    long half = bound / 2;
    return half + ThreadLocalRandom.current().nextLong(bound - half + 1);
  }
}
