package vn.lienthong.sandbox.internal.lgsp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import vn.lienthong.sandbox.internal.http.HttpReply;

/**
 * Remembers {@code (client, LT-Id) -> (request hash, answer)} for at least {@link #RETENTION}, as
 * the bus envelope's rule 3 asks: the same id with the same hash gets the stored answer again, the
 * same id with another hash is refused. A second call with an id still being processed waits for
 * the first, so concurrent redeliveries are processed once. Thread-safe.
 */
public final class ReplayCache {

  /** How long an answer is kept. */
  public static final Duration RETENTION = Duration.ofHours(24);

  /** The most answers kept; the oldest go first beyond it. */
  public static final int MAX_ENTRIES = 500_000;

  private final Clock clock;
  private final Map<String, CompletableFuture<Stored>> entries = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<Key> order = new ConcurrentLinkedQueue<>();

  /**
   * Creates the cache.
   *
   * @param clock the clock for retention
   */
  public ReplayCache(Clock clock) {
    this.clock = clock;
  }

  /**
   * Returns the stored answer of an id, or runs {@code process} once and stores its answer.
   *
   * @param client the {@code LT-Client} value
   * @param messageId the {@code LT-Id}
   * @param hash the request hash
   * @param process computes the answer; a 5xx answer is returned but not stored (the call had no
   *     effect and may be retried)
   * @return the answer and whether it is a replay
   * @throws BusProblem with {@link BusCode#ID_REUSED} if the id was used with another hash
   */
  public Outcome answer(String client, String messageId, String hash, Supplier<HttpReply> process) {
    String key = client + '\n' + messageId;
    while (true) {
      CompletableFuture<Stored> mine = new CompletableFuture<>();
      CompletableFuture<Stored> existing = entries.putIfAbsent(key, mine);
      if (existing == null) {
        return run(key, hash, mine, process);
      }
      Stored s;
      try {
        s = existing.join();
      } catch (CompletionException e) {
        continue;
      }
      if (s.at.plus(RETENTION).isBefore(clock.instant())) {
        entries.remove(key, existing);
        continue;
      }
      if (!s.hash.equals(hash)) {
        throw new BusProblem(
            BusCode.ID_REUSED, "The message id was already used with a different request body.");
      }
      return new Outcome(s.reply, true);
    }
  }

  private Outcome run(
      String key, String hash, CompletableFuture<Stored> mine, Supplier<HttpReply> process) {
    HttpReply reply;
    try {
      reply = process.get();
    } catch (RuntimeException | Error e) {
      entries.remove(key, mine);
      mine.completeExceptionally(e);
      throw e;
    }
    if (reply.status() >= 500) {
      entries.remove(key, mine);
      mine.completeExceptionally(new IllegalStateException("not stored"));
      return new Outcome(reply, false);
    }
    Instant now = clock.instant();
    mine.complete(new Stored(hash, reply, now));
    order.add(new Key(key, now));
    evict(now);
    return new Outcome(reply, false);
  }

  private void evict(Instant now) {
    Instant limit = now.minus(RETENTION);
    while (true) {
      Key k = order.peek();
      if (k == null || (entries.size() <= MAX_ENTRIES && !k.at.isBefore(limit))) {
        return;
      }
      if (order.remove(k)) {
        entries.remove(k.key);
      }
    }
  }

  /**
   * Returns how many answers are stored.
   *
   * @return the count
   */
  public int size() {
    return entries.size();
  }

  /**
   * An answer and whether it was replayed.
   *
   * @param reply the answer
   * @param replayed true when it was stored before
   */
  public record Outcome(HttpReply reply, boolean replayed) {}

  private record Stored(String hash, HttpReply reply, Instant at) {}

  private record Key(String key, Instant at) {}
}
