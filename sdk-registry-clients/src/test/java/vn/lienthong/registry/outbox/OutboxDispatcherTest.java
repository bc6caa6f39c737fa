package vn.lienthong.registry.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.registry.outbox.OutboxTestSupport.await;
import static vn.lienthong.registry.outbox.OutboxTestSupport.message;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class OutboxDispatcherTest {

  private final DataSource db = OutboxTestSupport.h2();
  private final OutboxOperations ops = OutboxOperations.create(db);

  /** Records acknowledged messages per key, in delivery order. */
  private final Map<String, List<String>> delivered = new ConcurrentHashMap<>();

  private void record(OutboxMessage m) {
    delivered.computeIfAbsent(m.orderingKey(), k -> new CopyOnWriteArrayList<>()).add(m.id());
  }

  private OutboxDispatcher.Builder dispatcher(OutboxTransport transport) {
    return OutboxDispatcher.builder(db, transport)
        .name("test")
        .workers(4)
        .batchSize(16)
        .pollInterval(Duration.ofMillis(10))
        .backoff(Duration.ofMillis(5), Duration.ofMillis(40))
        .lease(Duration.ofSeconds(5));
  }

  @Test
  void deliversEveryMessageOnceInOrderPerKeyThroughFlakyTransport() throws Exception {
    List<OutboxMessage> messages = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      messages.add(message("m-" + i, "K-" + (i % 30)));
    }
    OutboxTestSupport.enqueue(db, messages);
    Set<String> inFlight = ConcurrentHashMap.newKeySet();
    AtomicBoolean overlap = new AtomicBoolean();
    OutboxTransport flaky =
        m -> {
          if (!inFlight.add(m.orderingKey())) {
            overlap.set(true);
          }
          try {
            int dice = ThreadLocalRandom.current().nextInt(10);
            if (dice == 0) {
              throw new IllegalStateException("connection reset");
            }
            if (dice == 1) {
              return DeliveryOutcome.retryLater("HTTP 503");
            }
            record(m);
            return DeliveryOutcome.acknowledged();
          } finally {
            inFlight.remove(m.orderingKey());
          }
        };
    try (OutboxDispatcher d = dispatcher(flaky).start()) {
      await(() -> ops.counts().total() == 0, 30_000);
      assertThat(d.name()).isEqualTo("test");
    }
    assertThat(overlap).as("a key was delivered by two workers at once").isFalse();
    for (int k = 0; k < 30; k++) {
      List<String> want = new ArrayList<>();
      for (int i = k; i < 600; i += 30) {
        want.add("m-" + i);
      }
      assertThat(delivered.get("K-" + k)).containsExactlyElementsOf(want);
    }
  }

  @Test
  void aFailingHeadHoldsBackOnlyItsOwnKey() throws Exception {
    OutboxTestSupport.enqueue(
        db,
        List.of(
            message("a-1", "A"), message("b-1", "B"), message("a-2", "A"), message("b-2", "B")));
    OutboxTransport transport =
        m -> {
          if (m.orderingKey().equals("A")) {
            return DeliveryOutcome.retryLater("receiver for A is down");
          }
          record(m);
          return DeliveryOutcome.acknowledged();
        };
    try (OutboxDispatcher d = dispatcher(transport).start()) {
      await(() -> delivered.getOrDefault("B", List.of()).size() == 2, 10_000);
      await(() -> ops.find("a-1").orElseThrow().attempts() >= 3, 10_000);
    }
    assertThat(delivered.get("B")).containsExactly("b-1", "b-2");
    assertThat(delivered).doesNotContainKey("A");
    assertThat(ops.find("a-2").orElseThrow().attempts()).as("never tried before a-1").isZero();
    assertThat(ops.find("a-1").orElseThrow().lastError()).isEqualTo("receiver for A is down");
    assertThat(ops.counts().retrying()).isOne();
  }

  @Test
  void aPermanentFailureBecomesADeadLetterThatReplayDelivers() throws Exception {
    OutboxTestSupport.enqueue(db, List.of(message("x-1", "X"), message("x-2", "X")));
    AtomicBoolean refuse = new AtomicBoolean(true);
    OutboxTransport transport =
        m -> {
          if (m.id().equals("x-1") && refuse.get()) {
            return DeliveryOutcome.permanentFailure("HTTP 400: citizen 001090123456 unknown");
          }
          record(m);
          return DeliveryOutcome.acknowledged();
        };
    try (OutboxDispatcher d = dispatcher(transport).start()) {
      await(() -> ops.counts().dead() == 1, 10_000);
      Thread.sleep(100);
      assertThat(delivered).as("x-2 waits behind its dead head").isEmpty();
      OutboxEntry dead = ops.deadLetters(10).get(0);
      assertThat(dead.messageId()).isEqualTo("x-1");
      assertThat(dead.status()).isEqualTo(OutboxStatus.DEAD);
      assertThat(dead.lastError()).contains("HTTP 400").doesNotContain("001090123456");
      refuse.set(false);
      assertThat(ops.replay("x-1")).isTrue();
      assertThat(ops.replay("x-1")).as("no longer dead").isFalse();
      await(() -> ops.counts().total() == 0, 10_000);
    }
    assertThat(delivered.get("X")).containsExactly("x-1", "x-2");
  }

  @Test
  void retriesUntilTheHorizonThenDeadLetters() throws Exception {
    OutboxTestSupport.enqueue(db, List.of(message("h-1", "H"), message("h-2", "H")));
    try (OutboxDispatcher d =
        dispatcher(m -> DeliveryOutcome.retryLater("timeout"))
            .deadLetterHorizon(Duration.ofMillis(150))
            .start()) {
      await(() -> ops.counts().dead() == 1, 10_000);
    }
    assertThat(ops.find("h-1").orElseThrow().attempts()).isGreaterThan(1);
    assertThat(ops.find("h-2").orElseThrow().status()).isEqualTo(OutboxStatus.PENDING);
    assertThat(ops.replayAllDeadLetters()).isOne();
    assertThat(ops.counts()).isEqualTo(new OutboxCounts(2, 1, 0));
  }

  @Test
  void discardingADeadLetterReleasesItsKey() throws Exception {
    OutboxTestSupport.enqueue(db, List.of(message("d-1", "D"), message("d-2", "D")));
    OutboxTransport transport =
        m -> {
          if (m.id().equals("d-1")) {
            return DeliveryOutcome.permanentFailure("obsolete");
          }
          record(m);
          return DeliveryOutcome.acknowledged();
        };
    try (OutboxDispatcher d = dispatcher(transport).start()) {
      await(() -> ops.counts().dead() == 1, 10_000);
      assertThat(ops.discard("d-2")).as("only dead letters can be discarded").isFalse();
      assertThat(ops.discard("d-1")).isTrue();
      await(() -> ops.counts().total() == 0, 10_000);
    }
    assertThat(delivered.get("D")).containsExactly("d-2");
  }

  @Test
  void keepsClaimingWithoutThePollPauseWhileMessagesAreDue() throws Exception {
    // One message per key (a dossier filed once) and fewer workers than the batch size: each poll
    // fills the idle workers and the next must follow at once. The dispatcher used to pause for
    // the poll interval after every such poll, so it delivered at most workers per interval (here
    // 2 a minute, 30 minutes for these 60) and fell ever further behind the app under load.
    List<OutboxMessage> messages = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      messages.add(message("one-" + i, "DOSSIER-" + i));
    }
    OutboxTestSupport.enqueue(db, messages);
    OutboxTransport transport =
        m -> {
          record(m);
          return DeliveryOutcome.acknowledged();
        };
    try (OutboxDispatcher d =
        dispatcher(transport).workers(2).pollInterval(Duration.ofMinutes(1)).start()) {
      await(() -> ops.counts().total() == 0, 30_000);
    }
    assertThat(delivered).hasSize(60);
  }

  @Test
  void aWorkerTakesTheNextHeadOfAnotherKeyWhenItsOwnKeyIsDone() throws Exception {
    // Two workers, one message: the poll asks for two and finds one, so the poller pauses for its
    // (one-minute) interval. Messages of other keys arriving meanwhile are taken by the worker in
    // its acknowledgement transaction, each still only when it is the head of its key.
    OutboxTestSupport.enqueue(db, List.of(message("first", "K-0")));
    CountDownLatch sending = new CountDownLatch(1);
    CountDownLatch more = new CountDownLatch(1);
    OutboxTransport transport =
        m -> {
          if (m.id().equals("first")) {
            sending.countDown();
            try {
              more.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          record(m);
          return DeliveryOutcome.acknowledged();
        };
    try (OutboxDispatcher d =
        dispatcher(transport).workers(2).pollInterval(Duration.ofMinutes(1)).start()) {
      assertThat(sending.await(10, TimeUnit.SECONDS)).isTrue();
      List<OutboxMessage> later = new ArrayList<>();
      for (int i = 1; i <= 10; i++) {
        later.add(message("k" + i + "-a", "K-" + i));
        later.add(message("k" + i + "-b", "K-" + i));
      }
      OutboxTestSupport.enqueue(db, later);
      more.countDown();
      await(() -> ops.counts().total() == 0, 20_000);
    }
    assertThat(delivered.get("K-0")).containsExactly("first");
    for (int i = 1; i <= 10; i++) {
      assertThat(delivered.get("K-" + i)).containsExactly("k" + i + "-a", "k" + i + "-b");
    }
  }

  @Test
  void namesItsThreadsAndStopsThemOnClose() throws Exception {
    try (OutboxDispatcher d =
        dispatcher(m -> DeliveryOutcome.acknowledged()).name("named").start()) {
      assertThat(threads()).anyMatch(n -> n.equals("lt-outbox-named-poller"));
    }
    await(() -> threads().noneMatch(n -> n.startsWith("lt-outbox-named-")), 15_000);
  }

  private static java.util.stream.Stream<String> threads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName);
  }
}
