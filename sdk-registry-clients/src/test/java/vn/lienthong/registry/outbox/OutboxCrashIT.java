package vn.lienthong.registry.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.registry.testing.SimplePool;
import vn.lienthong.registry.testing.TestPostgres;

/**
 * The outbox loses nothing: 10,000 messages for 500 dossiers are drained by a dispatcher running in
 * a separate JVM, which is killed with SIGKILL ({@link Process#destroyForcibly()}) twice while it
 * delivers to a flapping receiver, then restarted; the receiver (de-duplicating by id) ends with
 * every message exactly once and, per dossier, in enqueue order. On an H2 file database and on real
 * PostgreSQL.
 */
class OutboxCrashIT {

  private static final int MESSAGES = 10_000;
  private static final int DOSSIERS = 500;

  @TempDir Path dir;

  @Test
  void losesNothingAcrossKillMinus9OnH2() throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("outbox").toAbsolutePath();
    try (SimplePool pool = new SimplePool(url)) {
      fill(pool);
    }
    run(url, () -> countsOf(url));
  }

  @Test
  void losesNothingAcrossKillMinus9OnPostgres() throws Exception {
    try (TestPostgres pg = TestPostgres.start()) {
      try (SimplePool pool = new SimplePool(pg.jdbcUrl())) {
        fill(pool);
      }
      run(pg.jdbcUrl(), () -> countsOf(pg.jdbcUrl()));
    }
  }

  private static long countsOf(String url) {
    try (SimplePool pool = new SimplePool(url)) {
      return OutboxOperations.create(pool).counts().total();
    }
  }

  /** Enqueues the messages; message i belongs to dossier i % DOSSIERS. */
  private static List<List<String>> fill(SimplePool pool) throws Exception {
    Outbox.createSchemaIfMissing(pool);
    Outbox outbox = Outbox.create();
    List<List<String>> perKey = new ArrayList<>();
    for (int k = 0; k < DOSSIERS; k++) {
      perKey.add(new ArrayList<>());
    }
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      for (int i = 0; i < MESSAGES; i++) {
        int k = i % DOSSIERS;
        String id = "msg-" + i;
        outbox.enqueue(
            c,
            OutboxMessage.builder()
                .id(id)
                .orderingKey(key(k))
                .type("portal.progress")
                .destination("http://127.0.0.1:1/placeholder")
                .payload(("{\"seq\":" + i + "}").getBytes(StandardCharsets.UTF_8))
                .header("Content-Type", "application/json")
                .build());
        perKey.get(k).add(id);
        if (i % 1000 == 999) {
          c.commit();
        }
      }
      c.commit();
    }
    return perKey;
  }

  private static String key(int k) {
    return String.format("000.00.01.H22-251123-%04d", k + 1);
  }

  private void run(String url, LongSupplier remaining) throws Exception {
    List<Process> started = new ArrayList<>();
    try (FlappingReceiver receiver = new FlappingReceiver(2_500)) {
      pointAt(url, receiver);
      long start = System.nanoTime();
      Process first = start(url, "1", started);
      waitFor(receiver, 1_500, first, "1");
      first.destroyForcibly().waitFor(); // SIGKILL, mid-delivery
      Process second = start(url, "2", started);
      waitFor(receiver, 4_000, second, "2");
      second.destroyForcibly().waitFor();
      Process last = start(url, "3", started);
      assertThat(drained(last, receiver))
          .as("the last dispatcher drained the outbox (it stalled for 90 s)")
          .isTrue();
      assertThat(last.exitValue()).isZero();
      long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);

      Map<String, List<String>> received = receiver.receivedByKey();
      assertThat(received.values().stream().mapToInt(List::size).sum()).isEqualTo(MESSAGES);
      assertThat(received).hasSize(DOSSIERS);
      for (int k = 0; k < DOSSIERS; k++) {
        List<String> want = new ArrayList<>();
        for (int i = k; i < MESSAGES; i += DOSSIERS) {
          want.add("msg-" + i);
        }
        assertThat(received.get(key(k)))
            .as("dossier %s in order, each once", key(k))
            .containsExactlyElementsOf(want);
      }
      assertThat(receiver.processed()).isEqualTo(MESSAGES);
      assertThat(receiver.failures()).isPositive();
      assertThat(remaining.getAsLong()).isZero();
      System.err.printf(
          "%s: %d messages in %d s, %d requests, %d duplicates dropped, %d flaps%n",
          url.startsWith("jdbc:h2") ? "H2" : "PostgreSQL",
          MESSAGES,
          seconds,
          receiver.requests(),
          receiver.duplicates(),
          receiver.failures());
    } finally {
      for (Process p : started) {
        if (p.isAlive()) {
          p.destroyForcibly().waitFor();
        }
      }
    }
  }

  /** Rewrites every destination to the receiver's port, known only now. */
  private static void pointAt(String url, FlappingReceiver receiver) throws Exception {
    try (SimplePool pool = new SimplePool(url);
        Connection c = pool.getConnection();
        var ps = c.prepareStatement("UPDATE lt_outbox SET destination = ?")) {
      ps.setString(1, receiver.uri().toString());
      ps.executeUpdate();
    }
  }

  private Process start(String url, String run, List<Process> started) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    File log = dir.resolve("dispatcher-" + run + ".log").toFile();
    Process p =
        new ProcessBuilder(
                java,
                "-Xmx256m",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp",
                cp,
                DispatcherProcess.class.getName(),
                url)
            .redirectErrorStream(true)
            .redirectOutput(log)
            .start();
    started.add(p);
    return p;
  }

  /**
   * Waits for the last dispatcher to exit, for as long as deliveries keep progressing: a loaded
   * machine is slow, not wrong; only a stall of 90 s (or 15 minutes in all) fails the test.
   */
  private static boolean drained(Process last, FlappingReceiver receiver) throws Exception {
    long hardStop = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
    long seen = -1;
    while (System.nanoTime() < hardStop) {
      if (last.waitFor(90, TimeUnit.SECONDS)) {
        return true;
      }
      long now = receiver.requests();
      if (now == seen) {
        return false;
      }
      seen = now;
    }
    return false;
  }

  private void waitFor(FlappingReceiver receiver, long processed, Process p, String run)
      throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
    while (receiver.processed() < processed) {
      if (!p.isAlive()) {
        throw new AssertionError(
            "dispatcher exited early: "
                + Files.readString(dir.resolve("dispatcher-" + run + ".log")));
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("only " + receiver.processed() + " messages after 300 s");
      }
      Thread.sleep(20);
    }
  }
}
