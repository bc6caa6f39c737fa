package vn.lienthong.registry.outbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A loopback HTTP receiver that flaps: it randomly answers 500, drops the connection before or
 * after processing (a lost acknowledgement), or answers too late for the sender's timeout. It
 * processes each message id once with {@link InboxDeduplicator} and records, in the same
 * transaction, the order in which messages arrived per ordering key.
 */
final class FlappingReceiver implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(64);
  private final JdbcDataSource db = new JdbcDataSource();
  private final Connection keepOpen;
  private final InboxDeduplicator inbox = InboxDeduplicator.create();
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong processed = new AtomicLong();
  private final AtomicLong duplicates = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();
  private final long slowMillis;
  private volatile boolean flapping = true;

  FlappingReceiver(long slowMillis) throws IOException, SQLException {
    this.slowMillis = slowMillis;
    db.setURL("jdbc:h2:mem:receiver-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    keepOpen = db.getConnection();
    InboxDeduplicator.createSchemaIfMissing(db);
    try (Statement s = keepOpen.createStatement()) {
      s.execute(
          "CREATE TABLE received (n BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
              + " ordering_key VARCHAR(128) NOT NULL, message_id VARCHAR(128) NOT NULL)");
    }
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
    server.setExecutor(executor);
    server.createContext("/portal", this::handle);
    server.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/portal");
  }

  void flapping(boolean on) {
    flapping = on;
  }

  long requests() {
    return requests.get();
  }

  long processed() {
    return processed.get();
  }

  long duplicates() {
    return duplicates.get();
  }

  long failures() {
    return failures.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    try (exchange;
        InputStream body = exchange.getRequestBody()) {
      body.readAllBytes();
      String id = exchange.getRequestHeaders().getFirst(HttpOutboxTransport.MESSAGE_ID_HEADER);
      String key = exchange.getRequestHeaders().getFirst(HttpOutboxTransport.ORDERING_KEY_HEADER);
      if (id == null || key == null) {
        exchange.sendResponseHeaders(400, -1);
        return;
      }
      int dice = flapping ? ThreadLocalRandom.current().nextInt(100) : 99;
      if (dice < 8) {
        failures.incrementAndGet();
        exchange.sendResponseHeaders(500, -1);
        return;
      }
      if (dice < 12) {
        failures.incrementAndGet();
        return; // connection dropped before processing: closed without an answer
      }
      if (dice < 13) {
        failures.incrementAndGet();
        sleep(slowMillis); // answers after the sender gave up, but does process the message
      }
      boolean first = process(id, key);
      if (dice < 17 && dice >= 13) {
        failures.incrementAndGet();
        return; // processed, then the acknowledgement is lost
      }
      exchange.sendResponseHeaders(first ? 200 : 200, -1);
    } catch (SQLException | RuntimeException e) {
      exchange.sendResponseHeaders(503, -1);
    }
  }

  private boolean process(String id, String key) throws SQLException {
    boolean first =
        inbox.processOnce(
            db,
            id,
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "INSERT INTO received (ordering_key, message_id) VALUES (?, ?)")) {
                ps.setString(1, key);
                ps.setString(2, id);
                ps.executeUpdate();
              }
            });
    (first ? processed : duplicates).incrementAndGet();
    return first;
  }

  /** Returns the processed message ids per ordering key, in arrival order. */
  Map<String, List<String>> receivedByKey() throws SQLException {
    Map<String, List<String>> out = new LinkedHashMap<>();
    try (PreparedStatement ps =
            keepOpen.prepareStatement("SELECT ordering_key, message_id FROM received ORDER BY n");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
      }
    }
    return out;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() throws SQLException {
    server.stop(0);
    executor.shutdownNow();
    keepOpen.close();
  }
}
