package vn.lienthong.registry.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.core.dossier.Applicant;
import vn.lienthong.core.dossier.Channel;
import vn.lienthong.core.dossier.Dossier;
import vn.lienthong.core.dossier.DossierStatus;
import vn.lienthong.core.id.DossierCode;
import vn.lienthong.core.id.PersonalIdNumber;
import vn.lienthong.core.id.ProcedureCode;
import vn.lienthong.core.testing.TestPostgres;
import vn.lienthong.core.text.PersonName;
import vn.lienthong.registry.BusClient;
import vn.lienthong.registry.CallContext;
import vn.lienthong.registry.portal.PortalDossier;
import vn.lienthong.registry.portal.PortalMessage;
import vn.lienthong.registry.portal.PortalOutbox;
import vn.lienthong.registry.portal.PortalSyncClient;
import vn.lienthong.registry.portal.ProgressUpdate;
import vn.lienthong.registry.testing.SimplePool;
import vn.lienthong.sandbox.Sandbox;
import vn.lienthong.sandbox.lgsp.FaultSettings;
import vn.lienthong.sandbox.lgsp.NationalService;

/**
 * The outbox loses nothing: 10,000 portal messages for 500 dossiers (a sync, then progress updates)
 * are drained by a dispatcher running in a separate JVM, which is killed with SIGKILL ({@link
 * Process#destroyForcibly()}) twice while it delivers to the sandbox portal flapping ({@link
 * FaultSettings#flapping()}: 503s, connections dropped before and after processing, late answers
 * and slow bodies that overrun the sender's timeout), then restarted. The portal's own record ends
 * with every message exactly once (redeliveries answered from its replay cache, not applied again),
 * accepted, and per dossier in enqueue order. On an H2 file database and on real PostgreSQL.
 */
class OutboxCrashIT {

  private static final int MESSAGES = 10_000;
  private static final int DOSSIERS = 500;
  private static final CallContext OFFICER = CallContext.officer("vn-officer:trang@xa-ba-dinh");
  private static final Instant RECEIVED = Instant.parse("2026-11-23T02:30:00Z");

  @TempDir Path dir;

  @Test
  void losesNothingAcrossKillMinus9OnH2() throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("outbox").toAbsolutePath();
    Map<String, List<String>> perDossier;
    try (SimplePool pool = new SimplePool(url)) {
      perDossier = fill(pool);
    }
    run(url, perDossier, () -> countsOf(url));
  }

  @Test
  void losesNothingAcrossKillMinus9OnPostgres() throws Exception {
    try (TestPostgres pg = TestPostgres.start()) {
      Map<String, List<String>> perDossier;
      try (SimplePool pool = new SimplePool(pg.jdbcUrl())) {
        perDossier = fill(pool);
      }
      run(pg.jdbcUrl(), perDossier, () -> countsOf(pg.jdbcUrl()));
    }
  }

  private static long countsOf(String url) {
    try (SimplePool pool = new SimplePool(url)) {
      return OutboxOperations.create(pool).counts().total();
    }
  }

  /**
   * Enqueues, round-robin over the dossiers, each dossier's sync (status 1) then its progress
   * updates (2, 4, then 4 again with a new note), as a commune system would; returns the message
   * ids per dossier in enqueue order.
   */
  private static Map<String, List<String>> fill(SimplePool pool) throws Exception {
    Outbox.createSchemaIfMissing(pool);
    Outbox outbox = Outbox.create();
    Map<String, List<String>> perDossier = new LinkedHashMap<>();
    int perKey = MESSAGES / DOSSIERS;
    try (BusClient unused = BusClient.builder().client(DispatcherProcess.CLIENT).build();
        Connection c = pool.getConnection()) {
      PortalSyncClient portal = DispatcherProcess.portal(unused, "http://127.0.0.1:1/");
      c.setAutoCommit(false);
      for (int step = 0; step < perKey; step++) {
        for (int k = 0; k < DOSSIERS; k++) {
          DossierCode code = code(k);
          PortalMessage m =
              step == 0
                  ? portal.syncMessage(List.of(dossier(code)), false, OFFICER)
                  : portal.progressMessage(List.of(progress(code, step)), OFFICER);
          outbox.enqueue(c, PortalOutbox.message(m, code));
          perDossier
              .computeIfAbsent(code.toString(), x -> new ArrayList<>())
              .add(m.messageId().value());
        }
        c.commit();
      }
    }
    return perDossier;
  }

  private static DossierCode code(int k) {
    return DossierCode.parse(String.format("000.00.01.H22-261123-%04d", k + 1));
  }

  private static PortalDossier dossier(DossierCode code) {
    return new PortalDossier(
        Dossier.builder()
            .code(code)
            .procedure(ProcedureCode.parse("1.001193"))
            .applicant(
                Applicant.citizen(
                    PersonalIdNumber.parse("001192004521"), PersonName.parse("Nguyễn Thị Lan")))
            .receivingOffice("00004")
            .competentCommune("00004")
            .channel(Channel.ONLINE)
            .receivedAt(RECEIVED)
            .dueAt(RECEIVED.plus(Duration.ofDays(5)))
            .build(),
        "Đăng ký khai sinh");
  }

  private static ProgressUpdate progress(DossierCode code, int step) {
    DossierStatus status = step == 1 ? DossierStatus.ACCEPTED : DossierStatus.IN_PROGRESS;
    return new ProgressUpdate(
        code, status, RECEIVED.plusSeconds(60L * step), null, null, "bước " + step);
  }

  private void run(String url, Map<String, List<String>> perDossier, LongSupplier remaining)
      throws Exception {
    List<Process> started = new ArrayList<>();
    try (Sandbox sandbox = Sandbox.create().start()) {
      sandbox.lgsp().requireTokens(true);
      sandbox
          .lgsp()
          .faults(NationalService.PORTAL, FaultSettings.builder().flapping(true).seed(5).build());
      long start = System.nanoTime();
      Process first = start(sandbox, url, "1", started);
      waitFor(sandbox, 1_500, first, "1");
      first.destroyForcibly().waitFor(); // SIGKILL, mid-delivery
      Process second = start(sandbox, url, "2", started);
      waitFor(sandbox, 4_000, second, "2");
      second.destroyForcibly().waitFor();
      Process last = start(sandbox, url, "3", started);
      assertThat(drained(last, sandbox))
          .as("the last dispatcher drained the outbox (it stalled for 90 s)")
          .isTrue();
      assertThat(last.exitValue()).isZero();
      long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);

      List<vn.lienthong.sandbox.portal.PortalMessage> record = sandbox.portal().received();
      assertThat(record).hasSize(MESSAGES);
      assertThat(record).allSatisfy(m -> assertThat(m.errorCode()).as(m.toString()).isEqualTo("0"));
      Set<String> ids = new HashSet<>();
      Map<String, List<String>> received = new LinkedHashMap<>();
      for (var m : record) {
        assertThat(ids.add(m.messageId())).as("%s recorded once", m.messageId()).isTrue();
        received
            .computeIfAbsent(m.dossierCodes().get(0), x -> new ArrayList<>())
            .add(m.messageId());
      }
      assertThat(received).hasSize(DOSSIERS);
      for (Map.Entry<String, List<String>> e : perDossier.entrySet()) {
        assertThat(received.get(e.getKey()))
            .as("dossier %s in order, each once", e.getKey())
            .containsExactlyElementsOf(e.getValue());
        assertThat(sandbox.portal().status(e.getKey())).contains(DossierStatus.IN_PROGRESS);
      }
      assertThat(sandbox.portal().redeliveries())
          .as("acknowledgements were lost, and the redeliveries replayed")
          .isPositive();
      assertThat(remaining.getAsLong()).isZero();
      System.err.printf(
          "%s: %d messages in %d s, %d redeliveries answered from the portal's replay cache%n",
          url.startsWith("jdbc:h2") ? "H2" : "PostgreSQL",
          MESSAGES,
          seconds,
          sandbox.portal().redeliveries());
    } finally {
      for (Process p : started) {
        if (p.isAlive()) {
          p.destroyForcibly().waitFor();
        }
      }
    }
  }

  private Process start(Sandbox sandbox, String url, String run, List<Process> started)
      throws Exception {
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
                url,
                sandbox.baseUri().toString(),
                sandbox.lgsp().tokenEndpoint().toString())
            .redirectErrorStream(true)
            .redirectOutput(log)
            .start();
    started.add(p);
    return p;
  }

  /**
   * Waits for the last dispatcher to exit, for as long as the portal keeps receiving: a loaded
   * machine is slow, not wrong; only a stall of 90 s (or 15 minutes in all) fails the test.
   */
  private static boolean drained(Process last, Sandbox sandbox) throws Exception {
    long hardStop = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
    long seen = -1;
    while (System.nanoTime() < hardStop) {
      if (last.waitFor(90, TimeUnit.SECONDS)) {
        return true;
      }
      long now = sandbox.portal().received().size() + sandbox.portal().redeliveries();
      if (now == seen) {
        return false;
      }
      seen = now;
    }
    return false;
  }

  /** Waits until the portal recorded {@code count} messages, failing on a 120 s stall. */
  private void waitFor(Sandbox sandbox, int count, Process p, String run) throws Exception {
    long seen = -1;
    long stallSince = System.nanoTime();
    while (sandbox.portal().received().size() < count) {
      if (!p.isAlive()) {
        throw new AssertionError(
            "dispatcher exited early: "
                + Files.readString(dir.resolve("dispatcher-" + run + ".log")));
      }
      long now = sandbox.portal().received().size();
      if (now != seen) {
        seen = now;
        stallSince = System.nanoTime();
      } else if (System.nanoTime() - stallSince > TimeUnit.SECONDS.toNanos(120)) {
        throw new AssertionError(
            "stalled at "
                + now
                + " messages: "
                + Files.readString(dir.resolve("dispatcher-" + run + ".log")));
      }
      Thread.sleep(50);
    }
  }
}
