package vn.lienthong.registry.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienthong.registry.outbox.OutboxTestSupport.await;
import static vn.lienthong.registry.outbox.OutboxTestSupport.message;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.testing.TestPostgres;
import vn.lienthong.registry.testing.SimplePool;

/** The outbox and the inbox on real PostgreSQL, with several nodes draining one outbox. */
class OutboxPostgresTest {

  private static TestPostgres pg;
  private static SimplePool pool;

  @BeforeAll
  static void start() throws Exception {
    pg = TestPostgres.start();
    pool = new SimplePool(pg.jdbcUrl());
    Outbox.createSchemaIfMissing(pool);
    Outbox.createSchemaIfMissing(pool);
    InboxDeduplicator.createSchemaIfMissing(pool);
  }

  @AfterAll
  static void stop() throws Exception {
    pool.close();
    pg.close();
  }

  @Test
  void threeNodesDrainOneOutboxKeepingOrderPerKey() throws Exception {
    List<OutboxMessage> messages = new ArrayList<>();
    for (int i = 0; i < 900; i++) {
      messages.add(message("n-" + i, "N-" + (i % 40)));
    }
    OutboxTestSupport.enqueue(pool, messages);
    Map<String, List<String>> delivered = new ConcurrentHashMap<>();
    Set<String> inFlight = ConcurrentHashMap.newKeySet();
    AtomicBoolean overlap = new AtomicBoolean();
    Map<String, Integer> byNode = new ConcurrentHashMap<>();
    List<OutboxDispatcher> nodes = new ArrayList<>();
    for (int n = 0; n < 3; n++) {
      String node = "node" + n;
      OutboxTransport t =
          m -> {
            if (!inFlight.add(m.orderingKey())) {
              overlap.set(true);
            }
            try {
              if (ThreadLocalRandom.current().nextInt(8) == 0) {
                return DeliveryOutcome.retryLater("HTTP 502");
              }
              delivered
                  .computeIfAbsent(m.orderingKey(), k -> new CopyOnWriteArrayList<>())
                  .add(m.id());
              byNode.merge(node, 1, Integer::sum);
              return DeliveryOutcome.acknowledged();
            } finally {
              inFlight.remove(m.orderingKey());
            }
          };
      nodes.add(
          OutboxDispatcher.builder(pool, t)
              .name(node)
              .workers(4)
              .batchSize(8)
              .pollInterval(Duration.ofMillis(10))
              .backoff(Duration.ofMillis(5), Duration.ofMillis(50))
              .lease(Duration.ofSeconds(10))
              .start());
    }
    try {
      OutboxOperations ops = OutboxOperations.create(pool);
      await(() -> ops.counts().total() == 0, 60_000);
    } finally {
      nodes.forEach(OutboxDispatcher::close);
    }
    assertThat(overlap).as("one key delivered by two nodes at once").isFalse();
    assertThat(byNode).as("every node took part").hasSize(3);
    for (int k = 0; k < 40; k++) {
      List<String> want = new ArrayList<>();
      for (int i = k; i < 900; i += 40) {
        want.add("n-" + i);
      }
      assertThat(delivered.get("N-" + k)).containsExactlyElementsOf(want);
    }
  }

  @Test
  void aDuplicateIdAbortsOnlyTheCallersTransaction() throws Exception {
    OutboxTestSupport.enqueue(pool, List.of(message("dup-1", "D")));
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      assertThatThrownBy(() -> Outbox.create().enqueue(c, message("dup-1", "D")))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("LT-REG-0102");
      c.rollback();
    }
    assertThat(OutboxOperations.create(pool).find("dup-1")).isPresent();
    try (Connection c = pool.getConnection();
        var s = c.createStatement()) {
      s.execute("DELETE FROM lt_outbox WHERE message_id = 'dup-1'");
    }
  }

  @Test
  void inboxRecognisesRepeatsWithoutAbortingTheTransaction() throws Exception {
    InboxDeduplicator inbox = InboxDeduplicator.create();
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      assertThat(inbox.firstDelivery(c, "pg-1")).isTrue();
      assertThat(inbox.firstDelivery(c, "pg-1")).isFalse();
      assertThat(inbox.firstDelivery(c, "pg-2")).isTrue();
      c.commit();
    }
    InboxDeduplicatorTest.assertConcurrentDuplicatesRunOnce(pool);
  }
}
