package vn.lienthong.registry.internal.outbox;

import java.time.Clock;

/**
 * The dispatcher's settings, checked by its builder.
 *
 * @param name the name used in thread names and the lease owner
 * @param batchSize the most messages claimed per poll
 * @param workers the number of delivery threads
 * @param pollMillis the pause after a poll that found fewer due messages than it asked for
 * @param backoff the retry back-off
 * @param horizonMillis how long a message is retried before it becomes a dead letter
 * @param leaseMillis how long a claim holds a message against other nodes
 * @param clock the clock
 */
public record DispatchSettings(
    String name,
    int batchSize,
    int workers,
    long pollMillis,
    Backoff backoff,
    long horizonMillis,
    long leaseMillis,
    Clock clock) {}
