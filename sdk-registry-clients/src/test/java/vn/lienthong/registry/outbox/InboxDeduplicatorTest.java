package vn.lienthong.registry.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.LienThongException;

class InboxDeduplicatorTest {

  static DataSource h2Inbox() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:inbox-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    InboxDeduplicator.createSchemaIfMissing(ds);
    InboxDeduplicator.createSchemaIfMissing(ds);
    return ds;
  }

  private final DataSource db = h2Inbox();
  private final InboxDeduplicator inbox = InboxDeduplicator.create();

  @Test
  void recognisesARepeatedIdInTheCallersTransaction() throws Exception {
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      assertThat(inbox.firstDelivery(c, "m-1")).isTrue();
      assertThat(inbox.firstDelivery(c, "m-1")).isFalse();
      assertThat(inbox.firstDelivery(c, "m-2")).as("transaction still usable").isTrue();
      c.commit();
    }
  }

  @Test
  void runsTheHandlerOncePerId() {
    AtomicInteger runs = new AtomicInteger();
    assertThat(inbox.processOnce(db, "m-1", c -> runs.incrementAndGet())).isTrue();
    assertThat(inbox.processOnce(db, "m-1", c -> runs.incrementAndGet())).isFalse();
    assertThat(runs).hasValue(1);
  }

  @Test
  void aFailingHandlerLeavesTheIdUnrecordedSoTheRetryProcessesIt() {
    assertThatThrownBy(
            () ->
                inbox.processOnce(
                    db,
                    "m-1",
                    c -> {
                      throw new SQLException("disk full");
                    }))
        .isInstanceOf(LienThongException.class)
        .hasMessageContaining("LT-REG-0105");
    assertThat(inbox.processOnce(db, "m-1", c -> {})).isTrue();
  }

  @Test
  void concurrentDuplicatesRunTheHandlerOnce() throws Exception {
    assertConcurrentDuplicatesRunOnce(db);
  }

  static void assertConcurrentDuplicatesRunOnce(DataSource db) throws Exception {
    InboxDeduplicator inbox = InboxDeduplicator.create();
    AtomicInteger runs = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> calls = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        calls.add(
            () ->
                inbox.processOnce(
                    db,
                    "same-id",
                    c -> {
                      runs.incrementAndGet();
                      sleep(50);
                    }));
      }
      int firsts = 0;
      for (Future<Boolean> f : pool.invokeAll(calls)) {
        firsts += f.get() ? 1 : 0;
      }
      assertThat(firsts).isOne();
      assertThat(runs).hasValue(1);
    } finally {
      pool.shutdownNow();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
