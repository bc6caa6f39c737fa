package vn.lienthong.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.privacy.SafeLogger;
import vn.lienthong.sandbox.exchange.SandboxExchange;
import vn.lienthong.sandbox.identity.SandboxIdentity;
import vn.lienthong.sandbox.internal.SandboxContext;
import vn.lienthong.sandbox.internal.SandboxService;
import vn.lienthong.sandbox.internal.ServiceCatalogue;
import vn.lienthong.sandbox.internal.ServiceFactory;
import vn.lienthong.sandbox.internal.http.HttpLimits;
import vn.lienthong.sandbox.internal.http.Router;
import vn.lienthong.sandbox.lgsp.SandboxLgsp;
import vn.lienthong.sandbox.portal.SandboxPortal;
import vn.lienthong.sandbox.registry.SandboxRegistries;

/**
 * The LienThong sandbox: simulators of the national services (identity providers first) on one
 * loopback port, each under its own path prefix, seeded with the test personas of {@link
 * vn.lienthong.sandbox.persona.Personas}.
 *
 * <p>It listens on {@code 127.0.0.1} only, on a fixed port or a random free one, starts in
 * milliseconds and stops with {@link #close()}. For tests and demos only: production code never
 * depends on it. Instances are thread-safe; create one per test class (or per JVM) and reuse it.
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.builder().build().start()) {
 *   URI issuer = sandbox.identity().issuer(IdentityIssuer.CITIZEN); // http://127.0.0.1:port/idp
 *   // point the relying party at issuer, log in persona "citizen-lan" with header X-Sandbox-Persona
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Sandbox implements AutoCloseable {

  private static final SafeLogger LOG = SafeLogger.of(Sandbox.class);
  private static final int BACKLOG = 128;

  private final int requestedPort;
  private final Clock clock;
  private final Set<String> excluded;
  private final Object lock = new Object();
  private @Nullable HttpServer server;
  private @Nullable ThreadPoolExecutor executor;
  private @Nullable SandboxContext context;
  private List<SandboxService> services = List.of();
  private boolean closed;

  private Sandbox(Builder b) {
    this.requestedPort = b.port;
    this.clock = b.clock;
    this.excluded = Set.copyOf(b.excluded);
  }

  /**
   * Returns a builder; defaults are a random free port, the system clock and every service.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an unstarted sandbox with the defaults (random port, system clock, every service).
   *
   * @return the sandbox; call {@link #start()}
   * @since 0.1.0
   */
  public static Sandbox create() {
    return builder().build();
  }

  /**
   * Binds the loopback port and starts every service. Calling it again does nothing.
   *
   * @return this sandbox, started
   * @throws ConfigurationException if the port cannot be bound ({@link
   *     SandboxErrorCode#PORT_UNAVAILABLE})
   * @throws IllegalStateException if the sandbox was closed
   * @since 0.1.0
   */
  public Sandbox start() {
    synchronized (lock) {
      if (closed) {
        throw new IllegalStateException("sandbox closed");
      }
      if (server != null) {
        return this;
      }
      HttpServer s;
      try {
        s =
            HttpServer.create(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), requestedPort), BACKLOG);
      } catch (IOException e) {
        throw new ConfigurationException(
            SandboxErrorCode.PORT_UNAVAILABLE,
            ErrorDetails.field("port")
                .rule("bind")
                .rejectedValue(String.valueOf(requestedPort))
                .with("reason", String.valueOf(e.getMessage())),
            e);
      }
      URI base =
          URI.create(
              "http://"
                  + s.getAddress().getAddress().getHostAddress()
                  + ":"
                  + s.getAddress().getPort());
      SandboxContext ctx = new SandboxContext(base, clock);
      List<SandboxService> mounted = new ArrayList<>();
      for (ServiceFactory f : ServiceCatalogue.standard()) {
        for (SandboxService service : f.create(ctx)) {
          if (excluded.contains(service.prefix())) {
            service.close();
          } else {
            mounted.add(service);
          }
        }
      }
      Router router = new Router(base, mounted);
      ThreadPoolExecutor pool = newExecutor();
      s.createContext("/", router);
      s.setExecutor(pool);
      s.start();
      this.server = s;
      this.executor = pool;
      this.context = ctx;
      this.services = router.services();
      LOG.info("sandbox listening on {} with {} services", base, mounted.size());
      return this;
    }
  }

  private static ThreadPoolExecutor newExecutor() {
    AtomicInteger n = new AtomicInteger();
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            HttpLimits.WORKER_THREADS,
            HttpLimits.WORKER_THREADS,
            30,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(HttpLimits.QUEUE_CAPACITY),
            r -> {
              Thread t = new Thread(r, "lienthong-sandbox-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            },
            new ThreadPoolExecutor.CallerRunsPolicy());
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  /**
   * Returns the base URI, such as {@code http://127.0.0.1:49152}.
   *
   * @return the base URI, without trailing slash
   * @throws IllegalStateException if the sandbox is not started
   * @since 0.1.0
   */
  public URI baseUri() {
    return context().baseUri();
  }

  /**
   * Returns the port the sandbox listens on.
   *
   * @return the port
   * @throws IllegalStateException if the sandbox is not started
   * @since 0.1.0
   */
  public int port() {
    return baseUri().getPort();
  }

  /**
   * Returns the mounted services: path prefix to a short description.
   *
   * @return prefix to title, in prefix order
   * @throws IllegalStateException if the sandbox is not started
   * @since 0.1.0
   */
  public Map<String, String> services() {
    context();
    Map<String, String> m = new LinkedHashMap<>();
    services.stream()
        .sorted((a, b) -> a.prefix().compareTo(b.prefix()))
        .forEach(s -> m.put(s.prefix(), s.title()));
    return m;
  }

  /**
   * Returns the absolute URI of a service path.
   *
   * @param path a path starting with {@code /}, such as {@code /idp}
   * @return the URI
   * @throws IllegalArgumentException if {@code path} does not start with {@code /}
   * @throws IllegalStateException if the sandbox is not started
   * @since 0.1.0
   */
  public URI uri(String path) {
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("path must start with /: " + path);
    }
    return context().uri(path);
  }

  /**
   * Returns the identity provider: issuers, client registration, key rotation.
   *
   * @return the identity provider
   * @throws IllegalStateException if the sandbox is not started or its identity services were
   *     excluded
   * @since 0.1.0
   */
  public SandboxIdentity identity() {
    return context()
        .lookup(SandboxIdentity.class)
        .orElseThrow(() -> new IllegalStateException("identity services not mounted"));
  }

  /**
   * Returns the LGSP gateway: token endpoint settings, bearer checks, fault switches.
   *
   * @return the gateway
   * @throws IllegalStateException if the sandbox is not started or its national services were
   *     excluded
   * @since 0.1.0
   */
  public SandboxLgsp lgsp() {
    return national(SandboxLgsp.class);
  }

  /**
   * Returns the registries: generated citizens and query counts.
   *
   * @return the registries
   * @throws IllegalStateException if the sandbox is not started or its national services were
   *     excluded
   * @since 0.1.0
   */
  public SandboxRegistries registries() {
    return national(SandboxRegistries.class);
  }

  /**
   * Returns the National Public Service Portal simulator: what it received, dossier states.
   *
   * @return the portal
   * @throws IllegalStateException if the sandbox is not started or its national services were
   *     excluded
   * @since 0.1.0
   */
  public SandboxPortal portal() {
    return national(SandboxPortal.class);
  }

  /**
   * Returns the document exchange hub: received packages and status histories.
   *
   * @return the hub
   * @throws IllegalStateException if the sandbox is not started or its national services were
   *     excluded
   * @since 0.1.0
   */
  public SandboxExchange exchange() {
    return national(SandboxExchange.class);
  }

  private <T> T national(Class<T> type) {
    return context()
        .lookup(type)
        .orElseThrow(() -> new IllegalStateException("national services not mounted"));
  }

  private SandboxContext context() {
    synchronized (lock) {
      if (context == null || closed) {
        throw new IllegalStateException("sandbox not started");
      }
      return context;
    }
  }

  /**
   * Stops the server and releases its threads; idempotent.
   *
   * @since 0.1.0
   */
  @Override
  public void close() {
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      if (server != null) {
        server.stop(0);
      }
      if (executor != null) {
        executor.shutdownNow();
      }
      for (SandboxService s : services) {
        s.close();
      }
    }
  }

  @Override
  public String toString() {
    synchronized (lock) {
      return context == null ? "Sandbox[not started]" : "Sandbox[" + context.baseUri() + "]";
    }
  }

  /**
   * Builds a {@link Sandbox}. Not thread-safe; use it on one thread.
   *
   * @since 0.1.0
   */
  public static final class Builder {

    private int port;
    private Clock clock = Clock.systemUTC();
    private final Set<String> excluded = new HashSet<>();

    private Builder() {}

    /**
     * Sets the loopback port; 0 (the default) picks a free one.
     *
     * @param port 0 to 65535
     * @return this builder
     * @throws IllegalArgumentException if {@code port} is out of range
     */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port out of range: " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Sets the clock every service reads (token lifetimes, DPoP windows); tests use a fixed or
     * offset clock.
     *
     * @param clock the clock
     * @return this builder
     * @throws NullPointerException if {@code clock} is null
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Leaves out the service mounted under a prefix, such as {@code /vneid}.
     *
     * @param prefix the service prefix
     * @return this builder
     * @throws NullPointerException if {@code prefix} is null
     */
    public Builder exclude(String prefix) {
      excluded.add(Objects.requireNonNull(prefix, "prefix"));
      return this;
    }

    /**
     * Builds an unstarted sandbox.
     *
     * @return the sandbox; call {@link Sandbox#start()}
     */
    public Sandbox build() {
      return new Sandbox(this);
    }
  }
}
