package vn.lienthong.registry.outbox;

/**
 * How many messages wait in the outbox: pending (of which some have failed at least once) and dead
 * letters.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param pending messages waiting for delivery or a retry
 * @param retrying pending messages that failed at least once
 * @param dead dead letters waiting for an operator
 * @since 0.1.0
 */
public record OutboxCounts(long pending, long retrying, long dead) {

  /**
   * Checks the counts.
   *
   * @param pending messages waiting for delivery or a retry
   * @param retrying pending messages that failed at least once
   * @param dead dead letters
   * @throws IllegalArgumentException if a count is negative or {@code retrying > pending}
   */
  public OutboxCounts {
    if (pending < 0 || retrying < 0 || dead < 0 || retrying > pending) {
      throw new IllegalArgumentException("bad counts");
    }
  }

  /**
   * Returns all messages not yet acknowledged.
   *
   * @return pending plus dead
   */
  public long total() {
    return pending + dead;
  }
}
