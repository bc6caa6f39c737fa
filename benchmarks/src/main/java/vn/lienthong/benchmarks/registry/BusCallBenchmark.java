package vn.lienthong.benchmarks.registry;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import vn.lienthong.registry.BusClient;
import vn.lienthong.registry.BusRequest;
import vn.lienthong.registry.BusResponse;
import vn.lienthong.registry.ClientId;
import vn.lienthong.registry.ServiceId;

/**
 * The overhead of a bus call (envelope headers, request hash, echo checks, retry, circuit breaker
 * and bulkhead wrappers, capped body) against the baseline of a raw {@code java.net.http} call with
 * the same body to the same loopback endpoint, which answers a 1 KB JSON body with the envelope
 * echo. Sample time gives the percentiles (the goal is p50 overhead at most 10%).
 *
 * <p>A third method, {@link #rawWithEnvelope}, is a control: the raw call plus what the protocol
 * itself asks of any client (the six envelope headers, a fresh message id and the request hash),
 * without the bus client's checks and resilience. The bus client's own cost is the distance from
 * it; the protocol's cost is its distance from the bare raw call. Warm-up is longer than usual
 * because the bus path has more code to compile; on a shared machine prefer several forks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BusCallBenchmark {

  private static final String CLIENT = "VN-TEST/GOV/000.00.01.H22/mot-cua-xa";
  private static final String SERVICE = "VN-TEST/GOV/000.00.00.G01/csdl-dan-cu/citizen-verify/v1";

  private HttpServer server;
  private HttpClient raw;
  private BusClient bus;
  private URI uri;
  private byte[] body;
  private BusRequest busRequest;
  private HttpRequest rawRequest;

  /**
   * Starts the loopback provider and both clients.
   *
   * @throws IOException if the server cannot start
   */
  @Setup
  public void setUp() throws IOException {
    // Without TCP_NODELAY the JDK server's delayed ACKs put a ~40 ms floor under every call,
    // hiding the difference being measured.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    byte[] answer =
        ("{\"match\":true,\"padding\":\"" + "x".repeat(1000) + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(2));
    server.createContext(
        "/",
        exchange -> {
          byte[] in = exchange.getRequestBody().readAllBytes();
          String id = exchange.getRequestHeaders().getFirst("LT-Id");
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.getResponseHeaders().add("LT-Protocol-Version", "1.0");
          exchange.getResponseHeaders().add("LT-Id", id == null ? "raw-call-0000" : id);
          exchange.getResponseHeaders().add("LT-Request-Hash", hash(in));
          exchange.sendResponseHeaders(200, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    server.start();
    uri =
        URI.create(
            "http://127.0.0.1:" + server.getAddress().getPort() + "/population/v1/citizens/verify");
    body =
        "{\"personalId\":\"001090123456\",\"fullName\":\"Nguyễn Văn An\",\"birthDate\":\"1990-05-17\",\"purpose\":{\"code\":\"verification\"}}"
            .getBytes(StandardCharsets.UTF_8);
    raw = HttpClient.newBuilder().executor(Executors.newCachedThreadPool()).build();
    rawRequest =
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    bus = BusClient.builder().client(ClientId.parse(CLIENT)).build();
    busRequest =
        BusRequest.builder().uri(uri).service(ServiceId.parse(SERVICE)).jsonBody(body).build();
  }

  private static String hash(byte[] in) {
    try {
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(MessageDigest.getInstance("SHA-256").digest(in));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Stops the server and the bus client. */
  @TearDown
  public void tearDown() {
    bus.close();
    server.stop(0);
  }

  /**
   * Baseline: a raw {@code java.net.http} POST with the same body.
   *
   * @return the response
   * @throws Exception if the call fails
   */
  @Benchmark
  public HttpResponse<byte[]> rawJavaNetHttp() throws Exception {
    return raw.send(rawRequest, HttpResponse.BodyHandlers.ofByteArray());
  }

  /**
   * Control: the raw call with the envelope headers a hand-written client must send.
   *
   * @return the response
   * @throws Exception if the call fails
   */
  @Benchmark
  public HttpResponse<byte[]> rawWithEnvelope() throws Exception {
    return raw.send(
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, application/problem+json")
            .header("LT-Protocol-Version", "1.0")
            .header("LT-Client", CLIENT)
            .header("LT-Service", SERVICE)
            .header("LT-Id", UUID.randomUUID().toString())
            .header("LT-Request-Hash", hash(body))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /**
   * The bus call; a new message id per call, as in production.
   *
   * @return the response
   */
  @Benchmark
  public BusResponse busClient() {
    return bus.call(
        busRequest.toBuilder().messageId(vn.lienthong.registry.MessageId.random()).build());
  }
}
