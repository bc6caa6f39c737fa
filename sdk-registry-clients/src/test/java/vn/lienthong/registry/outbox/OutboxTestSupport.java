package vn.lienthong.registry.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** Shared set-up for outbox tests: fresh H2 databases and quick enqueueing. */
final class OutboxTestSupport {

  private OutboxTestSupport() {}

  /** Returns a fresh in-memory H2 database with the outbox table, kept open until the JVM ends. */
  static DataSource h2() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:outbox-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    Outbox.createSchemaIfMissing(ds);
    return ds;
  }

  static OutboxMessage message(String id, String key) {
    return OutboxMessage.builder()
        .id(id)
        .orderingKey(key)
        .type("portal.progress")
        .destination("test:portal")
        .payload(
            ("{\"id\":\"" + id + "\",\"cccd\":\"001090123456\"}").getBytes(StandardCharsets.UTF_8))
        .header("Content-Type", "application/json")
        .build();
  }

  static void enqueue(DataSource ds, List<OutboxMessage> messages) throws SQLException {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      for (OutboxMessage m : messages) {
        Outbox.create().enqueue(c, m);
      }
      c.commit();
    }
  }

  static void await(java.util.function.BooleanSupplier condition, long millis)
      throws InterruptedException {
    long deadline = System.nanoTime() + millis * 1_000_000;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within " + millis + " ms");
      }
      Thread.sleep(10);
    }
  }
}
