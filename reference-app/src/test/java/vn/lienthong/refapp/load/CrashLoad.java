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
 * database, talking to a sandbox portal that lives in this process; files dossiers from several
 * client threads, kills the app with SIGKILL ({@code kill -9}) in the middle, restarts it on the
 * same data, and checks that every acknowledged dossier is there and that the portal received every
 * one of them. Run with {@code reference-app/load/run-crash.sh [seconds] [threads]}.
 */
public final class CrashLoad {

  private static final String TOKEN = "crash-test-token-0123456789";

  private CrashLoad() {}

  /**
   * Runs the crash test.
   *
   * @param args seconds of load before and after the kill, client threads
   * @throws Exception if a process cannot start
   */
  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
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
              "--portal.inbound-token=" + TOKEN);
      String base = "http://127.0.0.1:" + port;
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      Process app = start(command, data.resolve("app-1.log"), http, base);
      load(http, base, body, threads, seconds, acknowledged);
      app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      int before = acknowledged.size();
      System.out.printf("killed with SIGKILL after %d acknowledged filings%n", before);
      app = start(command, data.resolve("app-2.log"), http, base);
      load(http, base, body, threads, seconds / 2, acknowledged);
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
          "acknowledged %d (%d before the kill); missing after restart %d; not on the portal %d;"
              + " portal redeliveries answered from its replay store %d%n",
          acknowledged.size(), before, missing, undelivered, sandbox.portal().redeliveries());
      app.destroy();
      app.waitFor(30, TimeUnit.SECONDS);
      if (missing != 0 || undelivered != 0) {
        System.exit(1);
      }
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
      HttpClient http, String base, String body, int threads, int seconds, Set<String> acked)
      throws InterruptedException {
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
    pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
    stop.set(true);
  }
}
