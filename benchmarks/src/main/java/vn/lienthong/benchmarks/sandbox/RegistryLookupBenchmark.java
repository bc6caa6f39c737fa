package vn.lienthong.benchmarks.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import vn.lienthong.sandbox.Sandbox;
import vn.lienthong.sandbox.registry.SandboxRegistries;

/**
 * Sandbox population-registry look-ups over loopback HTTP (bus envelope checks, request and answer
 * validated against the contract, a generated citizen out of 100,000, message-id replay store)
 * against the baseline of a trivial JDK {@code HttpServer} endpoint that reads the same body and
 * answers a fixed JSON citizen, both called with the same JDK {@code HttpClient} from 4 threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(4)
@Fork(1)
public class RegistryLookupBenchmark {

  private static final String CLIENT = "VN-TEST/GOV/000.00.01.H22/mot-cua-xa";
  private static final String SERVICE = "VN-TEST/GOV/000.00.00.G01/csdl-dan-cu/citizen-lookup/v1";
  private static final byte[] FIXED =
      ("{\"personalId\":\"001192004521\",\"fullName\":\"Nguyễn Thị Lan\","
              + "\"birthDate\":\"1992-03-14\",\"gender\":2}")
          .getBytes(StandardCharsets.UTF_8);

  Sandbox sandbox;
  HttpServer raw;
  ExecutorService rawPool;
  HttpClient http;
  URI lookup;
  URI baseline;
  String[] ids;

  @Setup(Level.Trial)
  public void start() throws IOException {
    sandbox = Sandbox.create().start();
    raw = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
    raw.createContext(
        "/lookup",
        ex -> {
          try (ex;
              InputStream in = ex.getRequestBody();
              OutputStream out = ex.getResponseBody()) {
            in.readAllBytes();
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(200, FIXED.length);
            out.write(FIXED);
          }
        });
    rawPool = Executors.newFixedThreadPool(8);
    raw.setExecutor(rawPool);
    raw.start();
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    lookup = sandbox.uri("/registry/population/citizens/lookup");
    baseline = URI.create("http://127.0.0.1:" + raw.getAddress().getPort() + "/lookup");
    ids = new String[1024];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = sandbox.registries().bulkPersonalId(i * (SandboxRegistries.BULK_CITIZENS / 1024));
    }
  }

  @TearDown(Level.Trial)
  public void stop() {
    raw.stop(0);
    rawPool.shutdownNow();
    sandbox.close();
  }

  private String body() {
    return "{\"personalId\":\""
        + ids[ThreadLocalRandom.current().nextInt(ids.length)]
        + "\",\"purpose\":{\"code\":\"prefill\"}}";
  }

  @Benchmark
  public int sandboxLookup() throws IOException, InterruptedException {
    HttpRequest r =
        HttpRequest.newBuilder(lookup)
            .header("LT-Protocol-Version", "1.0")
            .header("LT-Client", CLIENT)
            .header("LT-Service", SERVICE)
            .header("LT-Id", UUID.randomUUID().toString())
            .header("LT-UserId", "vn-officer:bench")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body()))
            .build();
    HttpResponse<byte[]> resp = http.send(r, HttpResponse.BodyHandlers.ofByteArray());
    if (resp.statusCode() != 200) {
      throw new IllegalStateException("status " + resp.statusCode());
    }
    return resp.body().length;
  }

  @Benchmark
  public int rawJdkServer() throws IOException, InterruptedException {
    HttpRequest r =
        HttpRequest.newBuilder(baseline)
            .header("LT-Id", UUID.randomUUID().toString())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body()))
            .build();
    return http.send(r, HttpResponse.BodyHandlers.ofByteArray()).body().length;
  }
}
