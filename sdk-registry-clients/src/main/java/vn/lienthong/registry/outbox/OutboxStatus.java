package vn.lienthong.registry.outbox;

/**
 * Where a message stands in the outbox. Acknowledged messages leave the outbox, so they have no
 * status here.
 *
 * @since 0.1.0
 */
public enum OutboxStatus {
  /** Waiting for its first delivery or for a retry. */
  PENDING,
  /**
   * A dead letter: refused for good or not acknowledged within the horizon; it holds back the later
   * messages of its ordering key until an operator replays or discards it.
   */
  DEAD
}
