package vn.lienthong.registry.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;
import vn.lienthong.core.internal.InputChecks;
import vn.lienthong.registry.internal.outbox.Backoff;
import vn.lienthong.registry.internal.outbox.DispatchEngine;
import vn.lienthong.registry.internal.outbox.DispatchSettings;

/**
 * Delivers the outbox in the background: in enqueue order per ordering key (a failing head holds
 * back only its own key), retried with exponential back-off and jitter until acknowledged, moved to
 * dead letters after the horizon, never dropped.
 *
 * <p>Several nodes may run a dispatcher on one PostgreSQL outbox: each claims the heads of ordering
 * keys with {@code SELECT ... FOR UPDATE SKIP LOCKED} and writes a lease on them, so two nodes
 * never deliver a key at the same time and order holds across nodes. The lease must outlast the
 * slowest delivery (the transport's timeout), or a second node may deliver the same message while
 * the first is still waiting; the receiver drops such duplicates by message id ({@link
 * InboxDeduplicator}). On embedded H2 only one process opens the database, so one node drains it;
 * several dispatcher threads in that process are fine.
 *
 * <p>Delivery is at least once: a crash between the receiver's acknowledgement and the delete
 * delivers the message again after the lease expires. Threads are named {@code
 * lt-outbox-<name>-poller} and {@code lt-outbox-<name>-worker-N}. Instances are thread-safe; create
 * one per process and close it on shutdown.
 *
 * <pre>{@code
 * try (OutboxDispatcher dispatcher = OutboxDispatcher.builder(dataSource, transport)
 *     .workers(4)
 *     .deadLetterHorizon(Duration.ofDays(3))
 *     .start()) {
 *   ... // the application runs; the dispatcher drains the outbox
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class OutboxDispatcher implements AutoCloseable {

  /** The default number of messages claimed per poll. */
  public static final int DEFAULT_BATCH_SIZE = 64;

  /** The largest batch size. */
  public static final int MAX_BATCH_SIZE = 1000;

  /** The largest number of worker threads. */
  public static final int MAX_WORKERS = 256;

  private final DispatchEngine engine;
  private final String name;

  private OutboxDispatcher(Builder b) {
    this.name = b.name;
    this.engine =
        new DispatchEngine(
            b.dataSource,
            b.transport,
            new DispatchSettings(
                b.name,
                b.batchSize,
                b.workers,
                b.pollInterval.toMillis(),
                new Backoff(b.initialBackoff.toMillis(), b.maxBackoff.toMillis()),
                b.deadLetterHorizon.toMillis(),
                b.lease.toMillis(),
                b.clock));
  }

  /**
   * Starts a builder.
   *
   * @param dataSource the database holding {@code lt_outbox}
   * @param transport how messages are delivered
   * @return a builder with the defaults
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(DataSource dataSource, OutboxTransport transport) {
    return new Builder(
        Objects.requireNonNull(dataSource, "dataSource"),
        Objects.requireNonNull(transport, "transport"));
  }

  /**
   * Returns the dispatcher's name, as in its thread names.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Stops claiming messages, lets deliveries in flight finish for up to ten seconds, then stops the
   * threads. Messages left claimed are taken again after their lease expires.
   */
  @Override
  public void close() {
    engine.close();
  }

  /**
   * Builds and starts an {@link OutboxDispatcher}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final DataSource dataSource;
    private final OutboxTransport transport;
    private String name = "outbox";
    private int batchSize = DEFAULT_BATCH_SIZE;
    private int workers = 4;
    private Duration pollInterval = Duration.ofMillis(500);
    private Duration initialBackoff = Duration.ofSeconds(1);
    private Duration maxBackoff = Duration.ofMinutes(5);
    private Duration deadLetterHorizon = Duration.ofDays(3);
    private Duration lease = Duration.ofMinutes(2);
    private Clock clock = Clock.systemUTC();

    private Builder(DataSource dataSource, OutboxTransport transport) {
      this.dataSource = dataSource;
      this.transport = transport;
    }

    /**
     * Sets the name used in thread names and lease owner ids; by default {@code outbox}.
     *
     * @param name 1 to 32 characters from {@code A-Z a-z 0-9 . _ -}
     * @return this builder
     * @throws NullPointerException if {@code name} is null
     * @throws vn.lienthong.core.InvalidInputException if the name breaks the rule
     */
    public Builder name(String name) {
      this.name =
          InputChecks.token(
              "name",
              name,
              32,
              InputChecks.Alphabet.of(
                  "A-Z a-z 0-9 . _ -",
                  c ->
                      Character.isLetterOrDigit(c) && c < 128 || c == '.' || c == '_' || c == '-'));
      return this;
    }

    /**
     * Sets the most messages claimed per poll; by default {@value #DEFAULT_BATCH_SIZE}.
     *
     * @param batchSize 1 to {@value #MAX_BATCH_SIZE}
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder batchSize(int batchSize) {
      this.batchSize = range("batchSize", batchSize, MAX_BATCH_SIZE);
      return this;
    }

    /**
     * Sets the number of delivery threads, and so the most ordering keys delivered at once; by
     * default 4.
     *
     * @param workers 1 to {@value #MAX_WORKERS}
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder workers(int workers) {
      this.workers = range("workers", workers, MAX_WORKERS);
      return this;
    }

    /**
     * Sets the pause after a poll that found fewer due messages than it had idle workers for (the
     * outbox is drained); by default 500 ms. While messages are due the dispatcher does not pause.
     *
     * @param pollInterval 1 ms to 1 minute
     * @return this builder
     * @throws NullPointerException if {@code pollInterval} is null
     * @throws IllegalArgumentException if out of range
     */
    public Builder pollInterval(Duration pollInterval) {
      this.pollInterval =
          duration("pollInterval", pollInterval, Duration.ofMillis(1), Duration.ofMinutes(1));
      return this;
    }

    /**
     * Sets the retry back-off: the n-th retry waits a random time between half and all of {@code
     * min(max, initial * 2^(n-1))}; by default 1 s and 5 minutes.
     *
     * @param initial the first delay, 1 ms to 1 hour
     * @param max the largest delay, from {@code initial} to 1 day
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if out of range
     */
    public Builder backoff(Duration initial, Duration max) {
      Duration i = duration("initialBackoff", initial, Duration.ofMillis(1), Duration.ofHours(1));
      this.maxBackoff = duration("maxBackoff", max, i, Duration.ofDays(1));
      this.initialBackoff = i;
      return this;
    }

    /**
     * Sets how long a message is retried, counted from its enqueue (or its replay), before it
     * becomes a dead letter; by default 3 days.
     *
     * @param horizon 1 ms to 365 days
     * @return this builder
     * @throws NullPointerException if {@code horizon} is null
     * @throws IllegalArgumentException if out of range
     */
    public Builder deadLetterHorizon(Duration horizon) {
      this.deadLetterHorizon =
          duration("deadLetterHorizon", horizon, Duration.ofMillis(1), Duration.ofDays(365));
      return this;
    }

    /**
     * Sets how long a claim holds a message against other nodes; it must outlast the slowest
     * delivery. By default 2 minutes.
     *
     * @param lease 100 ms to 1 hour
     * @return this builder
     * @throws NullPointerException if {@code lease} is null
     * @throws IllegalArgumentException if out of range
     */
    public Builder lease(Duration lease) {
      this.lease = duration("lease", lease, Duration.ofMillis(100), Duration.ofHours(1));
      return this;
    }

    /**
     * Sets the clock; nodes sharing an outbox need synchronised clocks (NTP), since leases and due
     * times are compared across them. By default the system clock.
     *
     * @param clock the clock
     * @return this builder
     * @throws NullPointerException if {@code clock} is null
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the dispatcher and starts its threads.
     *
     * @return the running dispatcher; close it to stop
     */
    public OutboxDispatcher start() {
      return new OutboxDispatcher(this);
    }

    private static int range(String name, int value, int max) {
      if (value < 1 || value > max) {
        throw new IllegalArgumentException(name + " must be 1 to " + max + ": " + value);
      }
      return value;
    }

    private static Duration duration(String name, Duration value, Duration min, Duration max) {
      Objects.requireNonNull(value, name);
      if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
        throw new IllegalArgumentException(name + " must be " + min + " to " + max + ": " + value);
      }
      return value;
    }
  }
}
