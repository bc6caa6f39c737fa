package vn.lienthong.registry.internal.outbox;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.privacy.Masking;
import vn.lienthong.core.privacy.SafeLogger;
import vn.lienthong.core.privacy.Scrubber;
import vn.lienthong.registry.internal.outbox.OutboxSql.Claimed;
import vn.lienthong.registry.outbox.DeliveryOutcome;
import vn.lienthong.registry.outbox.OutboxTransport;

/**
 * The dispatcher's machinery: one poller thread claims heads of ordering keys and hands each to a
 * worker; a worker delivers, and after an acknowledgement deletes the message and claims the next
 * one of the same key in the same transaction, so a busy key keeps its worker, or else the oldest
 * head of another key, so a busy outbox needs no poll per message. Every database step checks the
 * lease owner, so a node whose lease expired cannot delete or reschedule what another node took
 * over. A database failure leaves the lease to expire: the message is delivered again later, never
 * lost.
 */
public final class DispatchEngine implements AutoCloseable {

  private static final SafeLogger LOG = SafeLogger.of(DispatchEngine.class);

  /** Messages one worker delivers in a row before giving its keys back to the poller. */
  static final int MAX_CHAIN = 256;

  private static final long CLOSE_GRACE_SECONDS = 10;

  private final DataSource dataSource;
  private final OutboxTransport transport;
  private final DispatchSettings settings;
  private final String owner;
  private final Semaphore idleWorkers;
  private final ExecutorService workers;
  private final Thread poller;
  private final Object wakeUp = new Object();
  private volatile boolean running = true;

  /**
   * Creates and starts the threads.
   *
   * @param dataSource the outbox database
   * @param transport the transport
   * @param settings the settings
   */
  public DispatchEngine(
      DataSource dataSource, OutboxTransport transport, DispatchSettings settings) {
    this.dataSource = dataSource;
    this.transport = transport;
    this.settings = settings;
    this.owner = settings.name() + "/" + UUID.randomUUID();
    this.idleWorkers = new Semaphore(settings.workers());
    AtomicInteger n = new AtomicInteger();
    this.workers =
        Executors.newFixedThreadPool(
            settings.workers(),
            r -> {
              Thread t =
                  new Thread(r, "lt-outbox-" + settings.name() + "-worker-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.poller = new Thread(this::pollLoop, "lt-outbox-" + settings.name() + "-poller");
    poller.setDaemon(true);
    poller.start();
  }

  /**
   * Returns this dispatcher's lease owner id: its name and a random suffix per start.
   *
   * @return the owner id
   */
  public String owner() {
    return owner;
  }

  private void pollLoop() {
    long failures = 0;
    while (running) {
      int claimedCount = 0;
      int want = 0;
      int asked = 0;
      try {
        if (!idleWorkers.tryAcquire(settings.pollMillis(), TimeUnit.MILLISECONDS)) {
          continue;
        }
        want = 1 + idleWorkers.drainPermits();
        if (want > settings.batchSize()) {
          idleWorkers.release(want - settings.batchSize());
          want = settings.batchSize();
        }
        long now = settings.clock().millis();
        int limit = want;
        asked = want;
        List<Claimed> claimed =
            Jdbc.inTransaction(
                dataSource,
                c -> OutboxSql.claimHeads(c, now, limit, owner, now + settings.leaseMillis()));
        claimedCount = claimed == null ? 0 : claimed.size();
        idleWorkers.release(want - claimedCount);
        want = 0;
        if (claimed != null) {
          for (Claimed m : claimed) {
            submit(m);
          }
        }
        failures = 0;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (SQLException | RuntimeException e) {
        idleWorkers.release(want);
        failures++;
        LOG.warn("outbox poll failed ({} in a row): {}", failures, Jdbc.reason(e));
      }
      // Pause only when the poll found less than it asked for: nothing more is due. A poll that
      // filled every idle worker goes on at once and waits for a worker to come free instead;
      // pausing after it capped delivery at workers / poll interval (20/s with 2 workers and
      // 100 ms), far below the rate at which an app enqueues under load.
      if (claimedCount < asked || asked == 0 || failures > 0) {
        pause(settings.pollMillis() * Math.min(1 + failures, 20));
      }
    }
  }

  private void submit(Claimed m) {
    try {
      workers.execute(
          () -> {
            try {
              work(m);
            } finally {
              idleWorkers.release();
            }
          });
    } catch (RejectedExecutionException e) {
      idleWorkers.release();
    }
  }

  private void pause(long millis) {
    synchronized (wakeUp) {
      if (!running) {
        return;
      }
      try {
        wakeUp.wait(Math.max(1, millis));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        running = false;
      }
    }
  }

  private void work(Claimed first) {
    Claimed current = first;
    for (int i = 0; current != null && i < MAX_CHAIN; i++) {
      current = deliverOne(current, i + 1 < MAX_CHAIN && running);
    }
  }

  private @Nullable Claimed deliverOne(Claimed m, boolean chain) {
    DeliveryOutcome outcome = deliver(m);
    long now = settings.clock().millis();
    try {
      switch (outcome.kind()) {
        case ACKNOWLEDGED -> {
          return Jdbc.inTransaction(
              dataSource,
              c -> {
                if (!OutboxSql.delete(c, m.seq(), owner) || !chain) {
                  return null;
                }
                long leaseUntil = now + settings.leaseMillis();
                Claimed next =
                    OutboxSql.claimNext(c, m.message().orderingKey(), now, owner, leaseUntil);
                if (next != null) {
                  return next;
                }
                // The key has nothing more due (one message per dossier is the common case): take
                // the oldest head of another key in this same transaction rather than leave it to
                // the poller's own claim transaction, one commit fewer per message under load.
                List<Claimed> other = OutboxSql.claimHeads(c, now, 1, owner, leaseUntil);
                return other.isEmpty() ? null : other.get(0);
              });
        }
        case RETRY_LATER -> {
          long delay =
              outcome
                  .retryAfter()
                  .map(d -> Math.min(d.toMillis(), settings.backoff().maxMillis()))
                  .orElseGet(() -> settings.backoff().delayMillis(m.attempts() + 1));
          boolean dead = now - m.retrySinceMs() >= settings.horizonMillis();
          reschedule(m, dead, now + delay, outcome.reason());
          return null;
        }
        case PERMANENT_FAILURE -> {
          reschedule(m, true, now, outcome.reason());
          return null;
        }
      }
    } catch (SQLException | RuntimeException e) {
      LOG.warn(
          "outbox message {} ({}): recording the outcome failed, it will be retried after its"
              + " lease: {}",
          m.message().id(),
          outcome.kind(),
          Jdbc.reason(e));
    }
    return null;
  }

  private DeliveryOutcome deliver(Claimed m) {
    try {
      DeliveryOutcome outcome = transport.deliver(m.message());
      return outcome == null ? DeliveryOutcome.retryLater("transport returned null") : outcome;
    } catch (RuntimeException e) {
      return DeliveryOutcome.retryLater(Jdbc.reason(e));
    }
  }

  private void reschedule(Claimed m, boolean dead, long next, String reason) throws SQLException {
    String error = Scrubber.scrub(reason, Jdbc.MAX_REASON_LENGTH);
    Jdbc.inTransaction(dataSource, c -> OutboxSql.reschedule(c, m.seq(), owner, dead, next, error));
    if (dead) {
      LOG.warn(
          "outbox message {} for key {} is now a dead letter after {} attempts: {}",
          m.message().id(),
          Masking.keepLast(m.message().orderingKey(), 4),
          m.attempts() + 1,
          error);
    } else {
      LOG.debug("outbox message {} will be retried: {}", m.message().id(), error);
    }
  }

  /** Stops polling, lets deliveries in flight finish for a few seconds, then interrupts them. */
  @Override
  public void close() {
    running = false;
    synchronized (wakeUp) {
      wakeUp.notifyAll();
    }
    // The poller is not interrupted: H2 closes its database file when a thread using it is.
    workers.shutdown();
    try {
      poller.join(TimeUnit.SECONDS.toMillis(CLOSE_GRACE_SECONDS));
      if (!workers.awaitTermination(CLOSE_GRACE_SECONDS, TimeUnit.SECONDS)) {
        workers.shutdownNow();
      }
    } catch (InterruptedException e) {
      workers.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
