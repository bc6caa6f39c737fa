package vn.lienthong.registry;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link BusClient} retries calls that failed transiently (provider down, bus internal,
 * timeouts, dropped connections): exponential backoff with jitter, every attempt with the same
 * message id. Client, authentication, routing and business errors are never retried.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * RetryPolicy policy = new RetryPolicy(4, Duration.ofMillis(200), 2.0, Duration.ofSeconds(5), 0.5);
 * }</pre>
 *
 * @param maxAttempts attempts in all, 1 for no retry (at most 10)
 * @param initialBackoff the wait before the first retry
 * @param multiplier the growth of the wait per retry, at least 1
 * @param maxBackoff the longest wait
 * @param jitter the randomisation factor 0-1: each wait is drawn from {@code wait * (1 +- jitter)}
 * @since 0.1.0
 */
public record RetryPolicy(
    int maxAttempts,
    Duration initialBackoff,
    double multiplier,
    Duration maxBackoff,
    double jitter) {

  /** The most attempts a policy may make. */
  public static final int MAX_ATTEMPTS = 10;

  /**
   * Checks the values.
   *
   * @param maxAttempts attempts in all, 1 for no retry (at most 10)
   * @param initialBackoff the wait before the first retry
   * @param multiplier the growth of the wait per retry, at least 1
   * @param maxBackoff the longest wait
   * @param jitter the randomisation factor 0-1: each wait is drawn from {@code wait * (1 +-
   *     jitter)}
   * @throws IllegalArgumentException if a value is out of range
   * @throws NullPointerException if a duration is null
   */
  public RetryPolicy {
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    if (maxAttempts < 1 || maxAttempts > MAX_ATTEMPTS) {
      throw new IllegalArgumentException("maxAttempts must be 1-" + MAX_ATTEMPTS);
    }
    if (initialBackoff.isNegative()
        || initialBackoff.isZero()
        || maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException(
          "backoffs must be positive and maxBackoff >= initialBackoff");
    }
    if (multiplier < 1 || jitter < 0 || jitter >= 1) {
      throw new IllegalArgumentException("multiplier >= 1 and 0 <= jitter < 1 required");
    }
  }

  /**
   * Three attempts, 200 ms then 400 ms (each +-50%), capped at 5 s.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return new RetryPolicy(3, Duration.ofMillis(200), 2.0, Duration.ofSeconds(5), 0.5);
  }

  /**
   * One attempt only (for callers that retry themselves, such as an outbox).
   *
   * @return the policy
   */
  public static RetryPolicy none() {
    return new RetryPolicy(1, Duration.ofMillis(1), 1.0, Duration.ofMillis(1), 0.0);
  }
}
