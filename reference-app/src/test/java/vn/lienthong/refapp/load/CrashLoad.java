package vn.lienthong.refapp.load;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import vn.lienthong.sandbox.Sandbox;

/**
 * A crash script (not a unit test): runs the reference app as a child process on an H2 file
 * database or on a PostgreSQL server that lives in this process (sdk-core's {@code TestPostgres},
 * so the database outlives the killed app), talking to a sandbox portal that lives in this process
 * too; files dossiers from several client threads, kills the app with SIGKILL ({@code kill -9})
 * halfway through the load while requests are in flight, restarts it on the same database, files
 * more, and checks that every acknowledged dossier is there and that the portal received every one
 * of them. Run with {@code reference-app/load/run-crash.sh [h2|postgresql] [seconds] [threads]}.
 */
public final class CrashLoad {

  private static final String TOKEN = "crash-test-token-0123456789";

  private CrashLoad() {}

  /**
   * Runs the crash test.
   *
   * @param args the database ({@code h2} or {@code postgresql}), seconds of load (the kill comes
   *     halfway; as much again after the restart), client threads
   * @throws Exception if a process cannot start
   */
  public static void main(String[] args) throws Exception {
    String database = args.length > 0 ? args[0] : "h2";
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 4;
    if (!database.equals("h2") && !database.equals("postgresql")) {
      System.err.println("usage: CrashLoad [h2|postgresql] [seconds] [threads]");
      System.exit(2);
    }
    int status;
    try (vn.lienthong.core.testing.TestPostgres postgres =
        database.equals("postgresql") ? vn.lienthong.core.testing.TestPostgres.start() : null) {
      status = run(database, postgres, seconds, threads);
    }
    System.exit(status); // after the PostgreSQL server stopped
  }

  private static int run(
      String database,
      vn.lienthong.core.testing.@org.jspecify.annotations.Nullable TestPostgres postgres,
      int seconds,
      int threads)
      throws Exception {
    Path data = Files.createTempDirectory("lt-crash");
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String form =
        new String(
            CrashLoad.class
                .getResourceAsStream(
                    "/vn/lienthong/core/forms/birth-registration/examples/valid.json")
                .readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
    String body =
        "{\"procedureCode\":\"1.001193\",\"competentCommune\":\"00004\",\"channel\":2,"
            + "\"applicant\":{\"kind\":\"citizen\",\"personalId\":\"001192004521\","
            + "\"fullName\":\"Nguyễn Thị Lan\"},\"form\":"
            + form
            + "}";
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    try (Sandbox sandbox = Sandbox.builder().port(0).build().start()) {
      List<String> command =
          new ArrayList<>(
              List.of(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xmx256m",
                  "-cp",
                  System.getProperty("java.class.path"),
                  "vn.lienthong.refapp.ReferenceApp",
                  "--http.port=" + port,
                  "--data.dir=" + data,
                  "--sandbox.enabled=false",
                  "--demo.data=false",
                  "--portal.endpoint=" + sandbox.uri("/portal"),
                  "--portal.inbound-token=" + TOKEN));
      if (postgres != null) {
        command.add("--db.url=" + postgres.jdbcUrl());
        command.add("--db.user=postgres");
      }
      String base = "http://127.0.0.1:" + port;
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      Process app = start(command, data.resolve("app-1.log"), http, base);
      // Kill halfway through the load, with requests in flight; the clients keep trying until
      // their end (connection refused), as a portal would.
      Thread load = new Thread(() -> load(http, base, body, threads, seconds, acknowledged));
      load.start();
      Thread.sleep(TimeUnit.SECONDS.toMillis(seconds) / 2);
      long pid = app.pid();
      app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      int before = acknowledged.size();
      load.join();
      int inFlight = acknowledged.size() - before;
      System.out.printf(
          "%s: killed pid %d with SIGKILL under load after %d acknowledged filings (%d more"
              + " acknowledged as it died)%n",
          database, pid, before, inFlight);
      app = start(command, data.resolve("app-2.log"), http, base);
      int beforeRestartLoad = acknowledged.size();
      load(http, base, body, threads, seconds, acknowledged);
      int after = acknowledged.size() - beforeRestartLoad;
      int missing = 0;
      for (String code : acknowledged) {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/commune/v1/public/dossiers/" + code))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
          missing++;
        }
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
      int undelivered = acknowledged.size();
      while (System.nanoTime() < deadline) {
        undelivered = 0;
        for (String code : acknowledged) {
          if (sandbox.portal().status(code).isEmpty()) {
            undelivered++;
          }
        }
        if (undelivered == 0) {
          break;
        }
        Thread.sleep(500);
      }
      System.out.printf(
          "%s: acknowledged %d (%d before the kill, %d after the restart); missing after restart"
              + " %d; not on the portal %d; portal redeliveries answered from its replay store"
              + " %d%n",
          database,
          acknowledged.size(),
          before + inFlight,
          after,
          missing,
          undelivered,
          sandbox.portal().redeliveries());
      app.destroy();
      app.waitFor(30, TimeUnit.SECONDS);
      return missing != 0 || undelivered != 0 ? 1 : 0;
    }
  }

  private static Process start(List<String> command, Path log, HttpClient http, String base)
      throws Exception {
    Process p =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return p;
        }
      } catch (java.io.IOException notYet) {
        // starting
      }
      Thread.sleep(200);
    }
    p.destroyForcibly();
    throw new IllegalStateException("the app did not start; see " + log);
  }

  private static void load(
      HttpClient http, String base, String body, int threads, int seconds, Set<String> acked) {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      futures.add(
          pool.submit(
              () -> {
                while (!stop.get() && System.nanoTime() < end) {
                  String id = UUID.randomUUID().toString();
                  try {
                    HttpResponse<String> r =
                        http.send(
                            HttpRequest.newBuilder(URI.create(base + "/api/commune/v1/dossiers"))
                                .timeout(Duration.ofSeconds(30))
                                .header("Authorization", "Bearer " + TOKEN)
                                .header("LT-Client", "VN-TEST/GOV/000.00.00.G22/dvcqg-sync")
                                .header("LT-Id", id)
                                .header("Idempotency-Key", id)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 201) {
                      String code = r.body().replaceAll(".*\"dossierCode\":\"([^\"]+)\".*", "$1");
                      acked.add(code);
                    }
                  } catch (java.io.IOException | InterruptedException e) {
                    // the app is down or dying: not acknowledged, nothing to check
                  }
                }
              }));
    }
    pool.shutdown();
    try {
      pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    stop.set(true);
  }
}
