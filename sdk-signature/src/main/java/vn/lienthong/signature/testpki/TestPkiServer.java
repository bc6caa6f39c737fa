package vn.lienthong.signature.testpki;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The test PKI's services on loopback: CRL distribution points, CA certificates for AIA, a small
 * OCSP responder and an RFC 3161 timestamp authority, served by the JDK's HTTP server.
 *
 * <p><strong>Test and demo use only; never for production trust.</strong> The server binds to
 * 127.0.0.1 on an ephemeral port. Fault switches make a service unavailable, so tests can check
 * what a validator does when revocation information cannot be fetched.
 *
 * <p>Instances are thread-safe. The shared instance of {@link TestPki#server()} lives as long as
 * the JVM; {@link #close()} stops it.
 *
 * <pre>{@code
 * TestPkiServer server = TestPki.shared().server();
 * URI tsa = server.timestampUri();
 * server.ocspAvailable(false); // the OCSP responder now answers 503
 * }</pre>
 *
 * @since 0.1.0
 */
public final class TestPkiServer implements AutoCloseable {

  /** The largest request body the services read, in bytes. */
  public static final int MAX_REQUEST_BYTES = 64 * 1024;

  private final HttpServer server;
  private final ExecutorService executor;
  private final Map<String, Function<byte[], byte[]>> posts = new ConcurrentHashMap<>();
  private final Map<String, java.util.function.Supplier<byte[]>> gets = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
  private volatile boolean ocspAvailable = true;
  private volatile boolean crlAvailable = true;
  private volatile boolean timestampAvailable = true;
  private final Clock clock;

  TestPkiServer(Clock clock) throws IOException {
    this.clock = clock;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    this.executor =
        Executors.newFixedThreadPool(
            2,
            r -> {
              Thread t = new Thread(r, "lienthong-test-pki");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /**
   * Returns the base URL, such as {@code http://127.0.0.1:41234}.
   *
   * @return the base URL without a trailing slash
   */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /**
   * Returns the OCSP responder's URL (POST, {@code application/ocsp-request}).
   *
   * @return the URL
   */
  public URI ocspUri() {
    return URI.create(baseUrl() + "/ocsp");
  }

  /**
   * Returns the RFC 3161 timestamp authority's URL (POST, {@code application/timestamp-query}).
   *
   * @return the URL
   */
  public URI timestampUri() {
    return URI.create(baseUrl() + "/tsa");
  }

  /**
   * Returns the issuing CA's CRL distribution point.
   *
   * @return the URL
   */
  public URI issuingCrlUri() {
    return URI.create(baseUrl() + TestPki.ISSUING_CRL_PATH);
  }

  /**
   * Turns the OCSP responder on or off (off: HTTP 503).
   *
   * @param available whether it answers
   */
  public void ocspAvailable(boolean available) {
    this.ocspAvailable = available;
  }

  /**
   * Turns the CRL distribution points on or off (off: HTTP 503).
   *
   * @param available whether they answer
   */
  public void crlAvailable(boolean available) {
    this.crlAvailable = available;
  }

  /**
   * Turns the timestamp authority on or off (off: HTTP 503).
   *
   * @param available whether it answers
   */
  public void timestampAvailable(boolean available) {
    this.timestampAvailable = available;
  }

  /**
   * Returns how many requests a path received since the server started.
   *
   * @param path the path, such as {@code /ocsp}
   * @return the count
   */
  public int requestCount(String path) {
    AtomicInteger c = counts.get(path);
    return c == null ? 0 : c.get();
  }

  void post(String path, Function<byte[], byte[]> handler) {
    posts.put(path, handler);
  }

  void get(String path, java.util.function.Supplier<byte[]> handler) {
    gets.put(path, handler);
  }

  Clock clock() {
    return clock;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      counts.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
      boolean isPost = "POST".equals(exchange.getRequestMethod());
      if (!available(path)) {
        exchange.sendResponseHeaders(503, -1);
        return;
      }
      byte[] body;
      String type;
      if (isPost && posts.containsKey(path)) {
        byte[] request;
        try (InputStream in = exchange.getRequestBody()) {
          request = in.readNBytes(MAX_REQUEST_BYTES + 1);
        }
        if (request.length > MAX_REQUEST_BYTES) {
          exchange.sendResponseHeaders(413, -1);
          return;
        }
        body = posts.get(path).apply(request);
        type = path.equals("/tsa") ? "application/timestamp-reply" : "application/ocsp-response";
      } else if (!isPost && gets.containsKey(path)) {
        body = gets.get(path).get();
        type = path.endsWith(".crl") ? "application/pkix-crl" : "application/pkix-cert";
      } else {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", type);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    } catch (RuntimeException e) {
      exchange.sendResponseHeaders(500, -1);
    }
  }

  private boolean available(String path) {
    if (path.equals("/ocsp")) {
      return ocspAvailable;
    }
    if (path.equals("/tsa")) {
      return timestampAvailable;
    }
    return !path.endsWith(".crl") || crlAvailable;
  }

  /** Stops the server and its threads. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  @Override
  public String toString() {
    return "TestPkiServer[" + Objects.toString(baseUrl()) + "]";
  }
}
