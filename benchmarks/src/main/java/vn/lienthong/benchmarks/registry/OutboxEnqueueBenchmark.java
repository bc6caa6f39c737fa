package vn.lienthong.benchmarks.registry;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import vn.lienthong.core.testing.TestPostgres;
import vn.lienthong.registry.outbox.Outbox;
import vn.lienthong.registry.outbox.OutboxMessage;

/**
 * Durable outbox enqueue rate: one message per committed transaction, from 4 threads each with its
 * own connection, on an H2 file database and on a real PostgreSQL 17 (fsync on). The baseline is a
 * plain JDBC {@code INSERT} of the same row into the same table, with the message already built.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar OutboxEnqueue -f 1 -wi 2 -i 3 -w 2 -r 3
 * }</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@Threads(4)
public class OutboxEnqueueBenchmark {

  private static final byte[] PAYLOAD =
      ("{\"MaHoSo\":\"000.00.01.H22-251123-0001\",\"TrangThai\":4,\"NgayCapNhat\":"
              + "\"20251123101500\",\"GhiChu\":\"Đang xử lý hồ sơ đăng ký khai sinh\","
              + "\"CanBo\":\"canbo.tiepnhan\",\"Padding\":\""
              + "x".repeat(300)
              + "\"}")
          .getBytes(StandardCharsets.UTF_8);

  private static final String BASELINE_INSERT =
      "INSERT INTO lt_outbox (message_id, ordering_key, message_type, destination, payload,"
          + " headers, created_at, status, attempts, next_attempt_ms, retry_since_ms)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)";

  /** The database, shared by all threads. */
  @State(Scope.Benchmark)
  public static class Database {
    @Param({"h2", "postgresql"})
    public String database;

    String url;
    Path dir;
    TestPostgres postgres;
    final AtomicLong ids = new AtomicLong();

    @Setup(Level.Trial)
    public void start() throws Exception {
      if (database.equals("h2")) {
        dir = Files.createTempDirectory("lt-outbox-bench");
        url = "jdbc:h2:file:" + dir.resolve("outbox").toAbsolutePath() + ";DB_CLOSE_DELAY=-1";
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        Outbox.createSchemaIfMissing(ds);
      } else {
        postgres = TestPostgres.start();
        url = postgres.jdbcUrl();
        Outbox.createSchemaIfMissing(postgres.dataSource());
      }
    }

    @Setup(Level.Iteration)
    public void empty() throws SQLException {
      try (Connection c = DriverManager.getConnection(url);
          Statement s = c.createStatement()) {
        s.execute("DELETE FROM lt_outbox");
      }
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
      if (postgres != null) {
        postgres.close();
      } else {
        try (Connection c = DriverManager.getConnection(url);
            Statement s = c.createStatement()) {
          s.execute("SHUTDOWN");
        }
        try (Stream<Path> files = Files.walk(dir)) {
          files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }

    String nextId() {
      return "bench-" + ids.incrementAndGet() + "-" + UUID.randomUUID();
    }
  }

  /** One connection per thread, auto-commit off. */
  @State(Scope.Thread)
  public static class Session {
    Connection connection;
    PreparedStatement baseline;
    final Outbox outbox = Outbox.create();
    int n;

    @Setup(Level.Trial)
    public void open(Database db) throws SQLException {
      connection = DriverManager.getConnection(db.url);
      connection.setAutoCommit(false);
      baseline = connection.prepareStatement(BASELINE_INSERT);
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
      baseline.close();
      connection.close();
    }

    String key() {
      return String.format("000.00.01.H22-251123-%04d", 1 + (n++ % 500));
    }
  }

  @Benchmark
  public void enqueue(Database db, Session s) throws SQLException {
    OutboxMessage m =
        OutboxMessage.builder()
            .id(db.nextId())
            .orderingKey(s.key())
            .type("portal.progress")
            .destination("https://dvc.example.gov.vn/api/progress")
            .payload(PAYLOAD)
            .header("Content-Type", "application/json")
            .build();
    s.outbox.enqueue(s.connection, m);
    s.connection.commit();
  }

  @Benchmark
  public void plainInsertBaseline(Database db, Session s) throws SQLException {
    Instant now = Instant.now();
    PreparedStatement ps = s.baseline;
    ps.setString(1, db.nextId());
    ps.setString(2, s.key());
    ps.setString(3, "portal.progress");
    ps.setString(4, "https://dvc.example.gov.vn/api/progress");
    ps.setBytes(5, PAYLOAD);
    ps.setString(6, "{\"Content-Type\":\"application/json\"}");
    ps.setObject(7, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
    ps.setLong(8, now.toEpochMilli());
    ps.setLong(9, now.toEpochMilli());
    ps.executeUpdate();
    s.connection.commit();
  }
}
