package vn.lienthong.refapp.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import vn.lienthong.core.testing.TestPostgres;
import vn.lienthong.refapp.AppConfig;
import vn.lienthong.refapp.ReferenceApp;
import vn.lienthong.refapp.api.CommuneApiModule;
import vn.lienthong.registry.outbox.OutboxOperations;

/**
 * A load script (not a unit test): starts the reference app (H2 or PostgreSQL), files birth
 * registrations through the Commune API over loopback HTTP from several client threads for a while,
 * and prints the sustained rate, p50/p99 latency, errors, and how long the outbox took to deliver
 * every portal message. Run with {@code reference-app/load/run-load.sh h2|postgresql [seconds]
 * [threads]}. The clients share the machine with the app, so figures are a lower bound.
 */
public final class SubmissionLoad {

  private SubmissionLoad() {}

  /**
   * Runs the load.
   *
   * @param args database ({@code h2} or {@code postgresql}), seconds, client threads
   * @throws Exception if the app cannot start
   */
  public static void main(String[] args) throws Exception {
    String db = args.length > 0 ? args[0] : "h2";
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    Path dir = Files.createTempDirectory("lt-load");
    Map<String, String> settings = new HashMap<>();
    settings.put(AppConfig.HTTP_PORT, "0");
    settings.put(AppConfig.DATA_DIR, dir.toString());
    settings.put(AppConfig.DEMO_DATA, "false");
    TestPostgres pg = null;
    if (db.equals("postgresql")) {
      pg = TestPostgres.start();
      settings.put(AppConfig.DB_URL, pg.jdbcUrl());
      settings.put(AppConfig.DB_USER, "postgres");
    }
    String form =
        new String(
            SubmissionLoad.class
                .getResourceAsStream(
                    "/vn/lienthong/core/forms/birth-registration/examples/valid.json")
                .readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
    String body =
        "{\"procedureCode\":\"1.001193\",\"competentCommune\":\"00004\",\"receivingOffice\":\"00008\","
            + "\"channel\":2,\"applicant\":{\"kind\":\"citizen\",\"personalId\":\"001192004521\","
            + "\"fullName\":\"Nguyễn Thị Lan\"},\"form\":"
            + form
            + "}";
    try (ReferenceApp app = ReferenceApp.start(AppConfig.of(settings))) {
      URI uri = URI.create(app.baseUrl() + "/api/commune/v1/dossiers");
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      // Warm-up: JIT, pools, caches.
      run(http, uri, body, threads, 5, new AtomicLong());
      long warm = outboxTotal(app);
      drain(app, Duration.ofSeconds(60));
      AtomicLong errors = new AtomicLong();
      long started = System.nanoTime();
      List<Long> latencies = run(http, uri, body, threads, seconds, errors);
      double elapsed = (System.nanoTime() - started) / 1e9;
      long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
      long drainStart = System.nanoTime();
      boolean drained = drain(app, Duration.ofSeconds(120));
      double drainSeconds = (System.nanoTime() - drainStart) / 1e9;
      System.out.printf(
          "%s: %d submissions in %.1f s = %.0f/s with %d client threads; p50 %.1f ms, p99 %.1f ms,"
              + " max %.1f ms; errors %d; outbox %s in %.1f s after the run (warm-up left %d)%n",
          db,
          sorted.length,
          elapsed,
          sorted.length / elapsed,
          threads,
          pct(sorted, 0.50),
          pct(sorted, 0.99),
          sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
          errors.get(),
          drained ? "drained" : "NOT drained",
          drainSeconds,
          warm);
    } finally {
      if (pg != null) {
        pg.close();
      }
    }
  }

  private static List<Long> run(
      HttpClient http, URI uri, String body, int threads, int seconds, AtomicLong errors)
      throws Exception {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<List<Long>>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      futures.add(
          pool.submit(
              () -> {
                List<Long> mine = new ArrayList<>();
                while (System.nanoTime() < end) {
                  String id = UUID.randomUUID().toString();
                  HttpRequest r =
                      HttpRequest.newBuilder(uri)
                          .header(
                              "Authorization", "Bearer " + CommuneApiModule.SANDBOX_PORTAL_TOKEN)
                          .header("LT-Client", "VN-TEST/GOV/000.00.00.G22/dvcqg-sync")
                          .header("LT-Id", id)
                          .header("Idempotency-Key", id)
                          .header("Content-Type", "application/json")
                          .POST(HttpRequest.BodyPublishers.ofString(body))
                          .build();
                  long t0 = System.nanoTime();
                  HttpResponse<String> a = http.send(r, HttpResponse.BodyHandlers.ofString());
                  mine.add(System.nanoTime() - t0);
                  if (a.statusCode() != 201) {
                    errors.incrementAndGet();
                  }
                }
                return mine;
              }));
    }
    List<Long> all = new ArrayList<>();
    for (Future<List<Long>> f : futures) {
      all.addAll(f.get());
    }
    pool.shutdown();
    return all;
  }

  private static long outboxTotal(ReferenceApp app) {
    return OutboxOperations.create(app.context().dataSource()).counts().total();
  }

  private static boolean drain(ReferenceApp app, Duration max) throws InterruptedException {
    long end = System.nanoTime() + max.toNanos();
    while (System.nanoTime() < end) {
      if (outboxTotal(app) == 0) {
        return true;
      }
      Thread.sleep(200);
    }
    return false;
  }

  private static double pct(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
    return sorted[Math.max(0, i)] / 1e6;
  }
}
