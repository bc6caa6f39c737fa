package vn.lienthong.registry;

import java.time.Duration;
import java.util.Objects;

/**
 * When a {@link BusClient} stops calling a failing service for a while (per service id): when at
 * least {@code failureRatePercent} of the last {@code windowSize} calls failed transiently (and at
 * least {@code minimumCalls} were made), calls fail fast for {@code openFor}, then a few trial
 * calls decide whether to resume.
 *
 * <p>Immutable and thread-safe.
 *
 * @param failureRatePercent the failure rate that opens the circuit, 1-100
 * @param windowSize how many recent calls are counted
 * @param minimumCalls calls needed before the rate is judged
 * @param openFor how long calls fail fast
 * @since 0.1.0
 */
public record CircuitBreakerPolicy(
    int failureRatePercent, int windowSize, int minimumCalls, Duration openFor) {

  /**
   * Checks the values.
   *
   * @param failureRatePercent the failure rate that opens the circuit, 1-100
   * @param windowSize how many recent calls are counted
   * @param minimumCalls calls needed before the rate is judged
   * @param openFor how long calls fail fast
   * @throws IllegalArgumentException if a value is out of range
   */
  public CircuitBreakerPolicy {
    Objects.requireNonNull(openFor, "openFor");
    if (failureRatePercent < 1 || failureRatePercent > 100) {
      throw new IllegalArgumentException("failureRatePercent must be 1-100");
    }
    if (windowSize < 1 || minimumCalls < 1 || openFor.isNegative() || openFor.isZero()) {
      throw new IllegalArgumentException("windowSize, minimumCalls and openFor must be positive");
    }
  }

  /**
   * Opens at 50% failures over the last 20 calls (at least 10), for 30 s.
   *
   * @return the default policy
   */
  public static CircuitBreakerPolicy defaults() {
    return new CircuitBreakerPolicy(50, 20, 10, Duration.ofSeconds(30));
  }
}
