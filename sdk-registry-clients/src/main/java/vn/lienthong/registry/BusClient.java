package vn.lienthong.registry;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import vn.lienthong.registry.internal.bus.BusErrors;
import vn.lienthong.registry.internal.bus.BusExchange;
import vn.lienthong.registry.internal.bus.DaemonThreads;
import vn.lienthong.registry.internal.bus.DeadlineSweeper;
import vn.lienthong.registry.internal.bus.RecentMessageIds;
import vn.lienthong.registry.internal.bus.RequestHash;

/**
 * The one client of the LienThong bus: sends a call with the X-Road-style envelope headers ({@code
 * contracts/bus/envelope.md}: client, service, message id, user id, issue, request hash),
 * authenticates it ({@link BusAuthentication}), checks that the response echoes the message id and
 * the request hash, and applies per-call timeouts, retries with exponential backoff and jitter
 * (same message id), a circuit breaker and a bulkhead per service. Failures are {@link
 * BusException}s with a {@link BusErrorCategory}.
 *
 * <p>Instances are thread-safe; create one and reuse it. It owns an HTTP client and its threads:
 * {@link #close()} it when done.
 *
 * <pre>{@code
 * try (BusClient bus = BusClient.builder()
 *     .client(ClientId.parse("VN/GOV/000.00.01.H22/mot-cua-xa"))
 *     .authentication(lgspCredentials)
 *     .timeout(Duration.ofSeconds(5))
 *     .build()) {
 *   BusResponse response = bus.call(request);
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class BusClient implements AutoCloseable {

  /** The default largest accepted response body, in bytes (4 MiB). */
  public static final int MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

  /** The default per-attempt timeout. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  /** The default number of calls in flight per service. */
  public static final int DEFAULT_MAX_CONCURRENT_CALLS = 256;

  private final ClientId client;
  private final BusAuthentication authentication;
  private final Duration timeout;
  private final int maxResponseBytes;
  private final ExecutorService executor;
  private final DeadlineSweeper deadlines;
  private final BusExchange exchange;
  private final Retry retry;
  private final CircuitBreakerRegistry breakers;
  private final BulkheadRegistry bulkheads;
  private final int maxConcurrentCalls;
  private final RecentMessageIds recentIds = new RecentMessageIds();
  private final ConcurrentMap<ServiceId, Guard> guards = new ConcurrentHashMap<>();

  /**
   * The guard of the previous call: callers usually reuse one {@link ServiceId} instance, and an
   * identity check skips hashing the nested identifier records on every call.
   */
  private volatile @Nullable Guard lastGuard;

  private final Builder settings;

  private BusClient(Builder b) {
    this.settings = b.copy();
    this.client = Objects.requireNonNull(b.client);
    this.authentication = b.authentication;
    this.timeout = b.timeout;
    this.maxResponseBytes = b.maxResponseBytes;
    this.maxConcurrentCalls = b.maxConcurrentCalls;
    this.executor = Executors.newCachedThreadPool(new DaemonThreads("lienthong-bus"));
    this.deadlines = new DeadlineSweeper("lienthong-bus-deadlines");
    HttpClient.Builder http =
        HttpClient.newBuilder()
            .executor(executor)
            .connectTimeout(b.connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER);
    authentication.sslContext().ifPresent(http::sslContext);
    this.exchange =
        new BusExchange(http.build(), client, authentication, maxResponseBytes, deadlines);
    Predicate<Throwable> transientFailure = BusClient::transientFailure;
    RetryPolicy p = b.retry;
    this.retry =
        Retry.of(
            "bus",
            RetryConfig.custom()
                .maxAttempts(p.maxAttempts())
                .intervalFunction(
                    p.jitter() == 0
                        ? IntervalFunction.ofExponentialBackoff(
                            p.initialBackoff(), p.multiplier(), p.maxBackoff())
                        : IntervalFunction.ofExponentialRandomBackoff(
                            p.initialBackoff(), p.multiplier(), p.jitter(), p.maxBackoff()))
                .retryOnException(transientFailure)
                .failAfterMaxAttempts(false)
                .build());
    CircuitBreakerPolicy c = b.circuitBreaker;
    this.breakers =
        CircuitBreakerRegistry.of(
            CircuitBreakerConfig.custom()
                .failureRateThreshold(c.failureRatePercent())
                .slidingWindowSize(c.windowSize())
                .minimumNumberOfCalls(c.minimumCalls())
                .waitDurationInOpenState(c.openFor())
                .permittedNumberOfCallsInHalfOpenState(Math.min(3, c.minimumCalls()))
                .recordException(transientFailure)
                .writableStackTraceEnabled(false)
                .build());
    this.bulkheads =
        BulkheadRegistry.of(
            BulkheadConfig.custom()
                .maxConcurrentCalls(b.maxConcurrentCalls)
                .maxWaitDuration(b.bulkheadWait)
                .writableStackTraceEnabled(false)
                .build());
  }

  private static boolean transientFailure(Throwable t) {
    return t instanceof BusException e
        && e.retryable()
        && e.category().transientFailure()
        && e.errorCode() != RegistryErrorCode.CIRCUIT_OPEN
        && e.errorCode() != RegistryErrorCode.BULKHEAD_FULL;
  }

  /**
   * Starts a configuration.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this client's settings, to derive a variant.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return settings.copy();
  }

  /**
   * Returns the calling subsystem.
   *
   * @return the client id sent as {@code LT-Client}
   */
  public ClientId client() {
    return client;
  }

  /**
   * Returns the largest accepted response body.
   *
   * @return bytes
   */
  public int maxResponseBytes() {
    return maxResponseBytes;
  }

  /**
   * Sends a call and returns its successful response; retries transient failures with the same
   * message id.
   *
   * @param request the call
   * @return the response, its envelope checked
   * @throws BusException for every failure: the provider's or bus's error response, a response that
   *     breaks the protocol (wrong message id or request hash, missing or duplicated header, wrong
   *     content type, too large), a timeout, a connection failure, an open circuit, a full
   *     bulkhead, or a message id reused with another body
   * @throws NullPointerException if {@code request} is null
   */
  public BusResponse call(BusRequest request) {
    byte[] body = request.bodyNoCopy();
    String hash = RequestHash.of(body);
    Guard guard = guard(request.service());
    String id = request.messageId().value();
    if (!recentIds.use(id, hash)) {
      throw BusErrors.error(RegistryErrorCode.MESSAGE_ID_REUSED)
          .service(guard.service)
          .messageId(id)
          .build();
    }
    Duration attemptTimeout = request.timeout().orElse(timeout);
    // Most calls succeed at once: the first attempt runs without the retry machinery, which only
    // starts (with the same backoff schedule and attempt count) after a transient failure.
    try {
      return attempt(guard, request, body, hash, attemptTimeout, 1);
    } catch (BusException first) {
      if (!transientFailure(first)) {
        throw first;
      }
      Retry.Context<BusResponse> context = retry.context();
      context.onRuntimeError(first); // throws when no attempt is left, else sleeps the backoff
      for (int n = 2; ; n++) {
        try {
          BusResponse response = attempt(guard, request, body, hash, attemptTimeout, n);
          context.onComplete();
          return response;
        } catch (BusException e) {
          context.onRuntimeError(e);
        }
      }
    }
  }

  /** One attempt through the service's circuit breaker and bulkhead. */
  private BusResponse attempt(
      Guard guard, BusRequest request, byte[] body, String hash, Duration timeout, int attempt) {
    CircuitBreaker breaker = guard.breaker;
    try {
      breaker.acquirePermission();
    } catch (CallNotPermittedException e) {
      throw BusErrors.error(RegistryErrorCode.CIRCUIT_OPEN)
          .service(guard.service)
          .messageId(request.messageId().value())
          .cause(e)
          .build();
    }
    long start = breaker.getCurrentTimestamp();
    try {
      BusResponse response = bulkheaded(guard, request, body, hash, timeout, attempt);
      breaker.onResult(breaker.getCurrentTimestamp() - start, breaker.getTimestampUnit(), response);
      return response;
    } catch (RuntimeException e) {
      breaker.onError(breaker.getCurrentTimestamp() - start, breaker.getTimestampUnit(), e);
      throw e;
    }
  }

  private BusResponse bulkheaded(
      Guard guard, BusRequest request, byte[] body, String hash, Duration timeout, int attempt) {
    Bulkhead bulkhead = guard.bulkhead;
    try {
      bulkhead.acquirePermission();
    } catch (BulkheadFullException e) {
      throw BusErrors.error(RegistryErrorCode.BULKHEAD_FULL)
          .service(guard.service)
          .messageId(request.messageId().value())
          .arg("limit", maxConcurrentCalls)
          .cause(e)
          .build();
    }
    try {
      return exchange.send(request, guard.service, body, hash, timeout, attempt);
    } finally {
      bulkhead.onComplete();
    }
  }

  private Guard guard(ServiceId service) {
    Guard last = lastGuard;
    if (last != null && last.id == service) {
      return last;
    }
    Guard g = guards.get(service);
    if (g == null) {
      String name = service.toString();
      g =
          guards.computeIfAbsent(
              service,
              s -> new Guard(s, name, breakers.circuitBreaker(name), bulkheads.bulkhead(name)));
    }
    lastGuard = g;
    return g;
  }

  /** A service's name, circuit breaker and bulkhead, looked up once per service. */
  private static final class Guard {
    final ServiceId id;
    final String service;
    final CircuitBreaker breaker;
    final Bulkhead bulkhead;

    Guard(ServiceId id, String service, CircuitBreaker breaker, Bulkhead bulkhead) {
      this.id = id;
      this.service = service;
      this.breaker = breaker;
      this.bulkhead = bulkhead;
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
    deadlines.close();
  }

  /**
   * Builds a {@link BusClient}.
   *
   * <p>Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable ClientId client;
    private BusAuthentication authentication = BusAuthentication.headersOnly();
    private Duration timeout = DEFAULT_TIMEOUT;
    private Duration connectTimeout = Duration.ofSeconds(5);
    private RetryPolicy retry = RetryPolicy.defaults();
    private CircuitBreakerPolicy circuitBreaker = CircuitBreakerPolicy.defaults();
    private int maxConcurrentCalls = DEFAULT_MAX_CONCURRENT_CALLS;
    private Duration bulkheadWait = Duration.ofSeconds(1);
    private int maxResponseBytes = MAX_RESPONSE_BYTES;

    private Builder() {}

    Builder copy() {
      Builder b = new Builder();
      b.client = client;
      b.authentication = authentication;
      b.timeout = timeout;
      b.connectTimeout = connectTimeout;
      b.retry = retry;
      b.circuitBreaker = circuitBreaker;
      b.maxConcurrentCalls = maxConcurrentCalls;
      b.bulkheadWait = bulkheadWait;
      b.maxResponseBytes = maxResponseBytes;
      return b;
    }

    /**
     * Sets the calling subsystem (required).
     *
     * @param client the client id
     * @return this builder
     */
    public Builder client(ClientId client) {
      this.client = Objects.requireNonNull(client, "client");
      return this;
    }

    /**
     * Sets the authentication (default {@link BusAuthentication#headersOnly()}).
     *
     * @param authentication the authentication
     * @return this builder
     */
    public Builder authentication(BusAuthentication authentication) {
      this.authentication = Objects.requireNonNull(authentication, "authentication");
      return this;
    }

    /**
     * Sets the per-attempt timeout, from sending to the last body byte (default 10 s).
     *
     * @param timeout a positive duration
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder timeout(Duration timeout) {
      this.timeout = positive(timeout, "timeout");
      return this;
    }

    /**
     * Sets the connect timeout (default 5 s).
     *
     * @param connectTimeout a positive duration
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = positive(connectTimeout, "connectTimeout");
      return this;
    }

    /**
     * Sets the retry policy (default {@link RetryPolicy#defaults()}).
     *
     * @param retry the policy
     * @return this builder
     */
    public Builder retry(RetryPolicy retry) {
      this.retry = Objects.requireNonNull(retry, "retry");
      return this;
    }

    /**
     * Sets the circuit breaker policy, applied per service (default {@link
     * CircuitBreakerPolicy#defaults()}).
     *
     * @param circuitBreaker the policy
     * @return this builder
     */
    public Builder circuitBreaker(CircuitBreakerPolicy circuitBreaker) {
      this.circuitBreaker = Objects.requireNonNull(circuitBreaker, "circuitBreaker");
      return this;
    }

    /**
     * Sets the bulkhead: how many calls per service may be in flight, and how long a call waits for
     * a slot before failing with {@code BULKHEAD_FULL} (default 256 and 1 s).
     *
     * @param maxConcurrentCalls at least 1
     * @param maxWait zero or positive
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder bulkhead(int maxConcurrentCalls, Duration maxWait) {
      if (maxConcurrentCalls < 1 || maxWait.isNegative()) {
        throw new IllegalArgumentException("maxConcurrentCalls >= 1 and maxWait >= 0 required");
      }
      this.maxConcurrentCalls = maxConcurrentCalls;
      this.bulkheadWait = maxWait;
      return this;
    }

    /**
     * Sets the largest accepted response body (default {@link #MAX_RESPONSE_BYTES}).
     *
     * @param maxResponseBytes 1 KiB to 64 MiB
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxResponseBytes(int maxResponseBytes) {
      if (maxResponseBytes < 1024 || maxResponseBytes > 64 * 1024 * 1024) {
        throw new IllegalArgumentException("maxResponseBytes must be 1 KiB to 64 MiB");
      }
      this.maxResponseBytes = maxResponseBytes;
      return this;
    }

    private static Duration positive(Duration d, String name) {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return d;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws IllegalStateException if the client id is missing
     */
    public BusClient build() {
      if (client == null) {
        throw new IllegalStateException("client required");
      }
      return new BusClient(this);
    }
  }
}
