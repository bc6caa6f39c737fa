package vn.lienthong.registry.outbox;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What became of one delivery attempt: {@linkplain #acknowledged() acknowledged} (the receiver has
 * the message; it leaves the outbox), {@linkplain #retryLater(String) retry later} (try again after
 * a back-off) or {@linkplain #permanentFailure(String) permanent failure} (the receiver refuses
 * this message for good; it becomes a dead letter at once).
 *
 * <p>Reasons are stored and shown to operators after masking personal numbers; keep them short and
 * free of payload data. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * return status == 429
 *     ? DeliveryOutcome.retryAfter(Duration.ofSeconds(30), "HTTP 429")
 *     : DeliveryOutcome.acknowledged();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DeliveryOutcome {

  /** The three kinds of outcome. */
  public enum Kind {
    /** The receiver has the message. */
    ACKNOWLEDGED,
    /** Not delivered this time; try again later. */
    RETRY_LATER,
    /** The receiver will never accept this message. */
    PERMANENT_FAILURE
  }

  private static final DeliveryOutcome ACK = new DeliveryOutcome(Kind.ACKNOWLEDGED, "", null);

  private final Kind kind;
  private final String reason;
  private final @Nullable Duration retryAfter;

  private DeliveryOutcome(Kind kind, String reason, @Nullable Duration retryAfter) {
    this.kind = kind;
    this.reason = reason;
    this.retryAfter = retryAfter;
  }

  /**
   * The receiver acknowledged the message.
   *
   * @return the outcome
   */
  public static DeliveryOutcome acknowledged() {
    return ACK;
  }

  /**
   * The message was not delivered this time; the dispatcher's back-off decides when to retry.
   *
   * @param reason why, such as {@code HTTP 503} or {@code connect timeout}
   * @return the outcome
   * @throws NullPointerException if {@code reason} is null
   */
  public static DeliveryOutcome retryLater(String reason) {
    return new DeliveryOutcome(Kind.RETRY_LATER, Objects.requireNonNull(reason, "reason"), null);
  }

  /**
   * The message was not delivered; the receiver asked to wait at least this long (a {@code
   * Retry-After}). The dispatcher caps the wait at its maximum back-off.
   *
   * @param delay the wait, not negative
   * @param reason why
   * @return the outcome
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code delay} is negative
   */
  public static DeliveryOutcome retryAfter(Duration delay, String reason) {
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative");
    }
    return new DeliveryOutcome(Kind.RETRY_LATER, Objects.requireNonNull(reason, "reason"), delay);
  }

  /**
   * The receiver refused the message for good (a validation error, an unknown destination): it
   * becomes a dead letter at once and holds back the later messages of its ordering key until an
   * operator replays or discards it.
   *
   * @param reason why
   * @return the outcome
   * @throws NullPointerException if {@code reason} is null
   */
  public static DeliveryOutcome permanentFailure(String reason) {
    return new DeliveryOutcome(
        Kind.PERMANENT_FAILURE, Objects.requireNonNull(reason, "reason"), null);
  }

  /**
   * Returns the kind of outcome.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the reason given, empty for an acknowledgement.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  /**
   * Returns the wait the receiver asked for.
   *
   * @return the wait, if any
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /**
   * Returns the kind and reason.
   *
   * @return a description
   */
  @Override
  public String toString() {
    return reason.isEmpty() ? kind.toString() : kind + "(" + reason + ")";
  }
}
