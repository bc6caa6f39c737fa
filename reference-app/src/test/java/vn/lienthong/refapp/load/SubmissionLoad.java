package vn.lienthong.refapp.load;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import vn.lienthong.registry.outbox.OutboxCounts;
import vn.lienthong.registry.outbox.OutboxOperations;

/**
 * A load script (not a unit test): starts the reference app (H2 or PostgreSQL), files birth
 * registrations through the Commune API over loopback HTTP from several client threads for a while,
 * and prints the sustained rate, p50/p99 latency, errors, how long the outbox took to deliver every
 * portal message, and the CPU time spent per filing (from the start of the run until the outbox is
 * drained, so it includes the portal deliveries). Run with {@code reference-app/load/run-load.sh
 * h2|postgresql [seconds] [threads] [same|separate]}: {@code same} runs the client threads in the
 * app's JVM (the generator then competes with the app inside one process), {@code separate} in a
 * second JVM started by this one (the CPU figure then adds both processes).
 */
public final class SubmissionLoad {

  private static final String CLIENT = "client";

  private SubmissionLoad() {}

  /**
   * Runs the load.
   *
   * @param args database ({@code h2} or {@code postgresql}), seconds, client threads, {@code same}
   *     or {@code separate}; or {@code client <url> <seconds> <threads>} for the separate generator
   * @throws Exception if the app cannot start
   */
  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals(CLIENT)) {
      client(URI.create(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
      return;
    }
    String db = args.length > 0 ? args[0] : "h2";
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    boolean separate = args.length > 3 && args[3].equals("separate");
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
    try (ReferenceApp app = ReferenceApp.start(AppConfig.of(settings))) {
      URI uri = URI.create(app.baseUrl() + "/api/commune/v1/dossiers");
      // Warm-up: JIT, pools, caches; -Dload.warmup=<seconds> makes it longer on a busy machine.
      int warmUpSeconds = Integer.getInteger("load.warmup", 15);
      Result warmUp =
          separate ? separateRun(uri, warmUpSeconds, threads) : run(uri, warmUpSeconds, threads);
      long warmLeft = outboxTotal(app);
      boolean warmDrained = drain(app, Duration.ofSeconds(60));
      System.out.printf(
          "warm-up: %d submissions, %d errors; outbox left %d, %s; %s%n",
          warmUp.latencies.length,
          warmUp.errors,
          warmLeft,
          warmDrained ? "drained" : "NOT drained",
          describe(counts(app)));
      jdk.jfr.Recording recording = profile();
      long cpu0 = processCpuNanos();
      Map<Long, Long> threads0 = threadCpu();
      Result r = separate ? separateRun(uri, seconds, threads) : run(uri, seconds, threads);
      // The generator's own time: without the start of a separate generator JVM.
      double elapsed = r.elapsedNanos / 1e9;
      long[] sorted = r.latencies;
      long drainStart = System.nanoTime();
      boolean drained = drain(app, Duration.ofSeconds(120));
      double drainSeconds = (System.nanoTime() - drainStart) / 1e9;
      long cpu = processCpuNanos() - cpu0 + r.clientCpuNanos;
      String split = cpuSplit(threads0, processCpuNanos() - cpu0, sorted.length);
      if (recording != null) {
        recording.stop();
        recording.close();
      }
      double perFiling = sorted.length == 0 ? 0 : cpu / 1e6 / sorted.length;
      System.out.printf(
          "%s (%s JVM generator): %d submissions in %.1f s = %.0f/s with %d client threads;"
              + " p50 %.1f ms, p99 %.1f ms, max %.1f ms; errors %d; outbox %s in %.1f s after the"
              + " run (%s); CPU %.2f ms per filing (%.1f s in all, generator %.1f s);"
              + " load average %s%n",
          db,
          separate ? "separate" : "same",
          sorted.length,
          elapsed,
          sorted.length / elapsed,
          threads,
          pct(sorted, 0.50),
          pct(sorted, 0.99),
          sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
          r.errors,
          drained ? "drained" : "NOT drained",
          drainSeconds,
          describe(counts(app)),
          perFiling,
          cpu / 1e9,
          r.clientCpuNanos / 1e9,
          loadAverage());
      System.out.printf("CPU per filing by thread group (ms): %s%n", split);
    } finally {
      if (pg != null) {
        pg.close();
      }
    }
  }

  /**
   * Starts a CPU profile of the measured run and the drain (not the start or the warm-up) when the
   * system property {@code load.jfr} names a file; {@code jfr print --events jdk.ExecutionSample}
   * reads it.
   */
  private static jdk.jfr.@org.jspecify.annotations.Nullable Recording profile() throws Exception {
    String file = System.getProperty("load.jfr");
    if (file == null) {
      return null;
    }
    jdk.jfr.Recording r = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
    r.setDestination(Path.of(file));
    r.start();
    return r;
  }

  /** What one run of the generator measured. */
  private record Result(long[] latencies, long errors, long clientCpuNanos, long elapsedNanos) {}

  /** The separate generator: files for a while and prints one line the parent parses. */
  private static void client(URI uri, int seconds, int threads) throws Exception {
    long cpu0 = processCpuNanos();
    Result r = run(uri, seconds, threads);
    StringBuilder out = new StringBuilder("RESULT ");
    out.append(r.errors).append(' ').append(processCpuNanos() - cpu0).append(' ');
    out.append(r.elapsedNanos);
    for (long l : r.latencies) {
      out.append(' ').append(l);
    }
    System.out.println(out);
  }

  private static Result separateRun(URI uri, int seconds, int threads) throws Exception {
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                SubmissionLoad.class.getName(),
                CLIENT,
                uri.toString(),
                String.valueOf(seconds),
                String.valueOf(threads))
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String line = null;
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String l = in.readLine(); l != null; l = in.readLine()) {
        if (l.startsWith("RESULT ")) {
          line = l;
        }
      }
    }
    if (p.waitFor() != 0 || line == null) {
      throw new IllegalStateException("the generator JVM failed");
    }
    String[] parts = line.split(" ");
    long[] latencies = new long[parts.length - 4];
    for (int i = 4; i < parts.length; i++) {
      latencies[i - 4] = Long.parseLong(parts[i]);
    }
    java.util.Arrays.sort(latencies);
    return new Result(
        latencies, Long.parseLong(parts[1]), Long.parseLong(parts[2]), Long.parseLong(parts[3]));
  }

  private static Result run(URI uri, int seconds, int threads) throws Exception {
    String form =
        new String(
            SubmissionLoad.class
                .getResourceAsStream(
                    "/vn/lienthong/core/forms/birth-registration/examples/valid.json")
                .readAllBytes(),
            StandardCharsets.UTF_8);
    String body =
        "{\"procedureCode\":\"1.001193\",\"competentCommune\":\"00004\",\"receivingOffice\":\"00008\","
            + "\"channel\":2,\"applicant\":{\"kind\":\"citizen\",\"personalId\":\"001192004521\","
            + "\"fullName\":\"Nguyễn Thị Lan\"},\"form\":"
            + form
            + "}";
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    AtomicLong errors = new AtomicLong();
    long started = System.nanoTime();
    long end = started + seconds * 1_000_000_000L;
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
    long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
    return new Result(sorted, errors.get(), 0, System.nanoTime() - started);
  }

  /** CPU time of every live thread of this JVM, by thread id. */
  private static Map<Long, Long> threadCpu() {
    java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    Map<Long, Long> cpu = new HashMap<>();
    for (long id : mx.getAllThreadIds()) {
      long t = mx.getThreadCpuTime(id);
      if (t >= 0) {
        cpu.put(id, t);
      }
    }
    return cpu;
  }

  /**
   * Splits the CPU time of this JVM since a snapshot by thread group: Jetty's request threads (the
   * filings), the outbox dispatcher and the bus client's threads (portal delivery), the sandbox
   * (the simulated portal and bus), the generator, and the rest (JIT compiler, GC, threads that
   * ended), per filing.
   */
  private static String cpuSplit(Map<Long, Long> before, long processNanos, int filings) {
    java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    Map<String, Long> groups = new java.util.TreeMap<>();
    long known = 0;
    for (java.lang.management.ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
      if (info == null) {
        continue;
      }
      long t = mx.getThreadCpuTime(info.getThreadId());
      if (t < 0) {
        continue;
      }
      long delta = t - before.getOrDefault(info.getThreadId(), 0L);
      String name = info.getThreadName();
      String group =
          name.startsWith("qtp")
              ? "filing (jetty)"
              : name.startsWith("lt-outbox") || name.startsWith("lienthong-bus")
                  ? "delivery (outbox, bus client)"
                  : name.startsWith("lienthong-sandbox")
                      ? "sandbox"
                      : name.startsWith("pool-") || name.startsWith("HttpClient")
                          ? "generator"
                          : "other threads";
      groups.merge(group, delta, Long::sum);
      known += delta;
    }
    groups.merge("JIT, GC, ended threads", Math.max(0, processNanos - known), Long::sum);
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, Long> g : groups.entrySet()) {
      out.append(out.length() == 0 ? "" : ", ")
          .append(g.getKey())
          .append(' ')
          .append(String.format("%.2f", filings == 0 ? 0 : g.getValue() / 1e6 / filings));
    }
    return out.toString();
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (java.io.IOException e) {
      return String.format(
          "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  private static OutboxCounts counts(ReferenceApp app) {
    return OutboxOperations.create(app.context().dataSource()).counts();
  }

  private static String describe(OutboxCounts c) {
    return "pending " + c.pending() + ", retrying " + c.retrying() + ", dead " + c.dead();
  }

  private static long outboxTotal(ReferenceApp app) {
    return counts(app).total();
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
