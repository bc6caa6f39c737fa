package vn.lienthong.registry.outbox;

import java.net.URI;
import java.time.Duration;
import vn.lienthong.core.LienThongException;
import vn.lienthong.core.id.AgencyCode;
import vn.lienthong.registry.BusClient;
import vn.lienthong.registry.CircuitBreakerPolicy;
import vn.lienthong.registry.ClientId;
import vn.lienthong.registry.LgspClientCredentials;
import vn.lienthong.registry.RetryPolicy;
import vn.lienthong.registry.portal.PortalOutbox;
import vn.lienthong.registry.portal.PortalSyncClient;
import vn.lienthong.registry.testing.SimplePool;

/**
 * The dispatcher as a separate program, for the crash test: drains the outbox at the JDBC URL in
 * the first argument to the sandbox portal (second argument: the sandbox base URI; third: the LGSP
 * token endpoint) through the real portal client, and exits 0 once the outbox is empty.
 */
public final class DispatcherProcess {

  /** The calling subsystem (the sandbox's demo LGSP client belongs to this member). */
  static final ClientId CLIENT = ClientId.parse("VN-TEST/GOV/000.00.01.H22/mot-cua-xa");

  /** The portal's sync subsystem. */
  static final ClientId PORTAL = ClientId.parse("VN-TEST/GOV/000.00.00.G22/dvcqg-sync");

  /** The per-attempt timeout: the portal's slow answers (200 ms and more) time out. */
  static final Duration ATTEMPT_TIMEOUT = Duration.ofMillis(150);

  private DispatcherProcess() {}

  /**
   * Runs the dispatcher until the outbox is empty.
   *
   * @param args JDBC URL, sandbox base URI, token endpoint
   * @throws Exception if anything fails
   */
  public static void main(String[] args) throws Exception {
    String url = args[0];
    try (SimplePool pool = new SimplePool(url);
        BusClient bus =
            BusClient.builder()
                .client(CLIENT)
                .authentication(
                    LgspClientCredentials.builder()
                        .tokenEndpoint(URI.create(args[2]))
                        .clientId("mot-cua-xa-demo")
                        .clientSecret("sandbox-secret-TEST-ONLY")
                        .build())
                .timeout(ATTEMPT_TIMEOUT)
                .retry(RetryPolicy.none())
                .circuitBreaker(new CircuitBreakerPolicy(90, 50, 50, Duration.ofSeconds(1)))
                .build();
        OutboxDispatcher dispatcher =
            OutboxDispatcher.builder(pool, PortalOutbox.transport(portal(bus, args[1])))
                .name("crash-test")
                .workers(32)
                .batchSize(64)
                .pollInterval(Duration.ofMillis(20))
                .backoff(Duration.ofMillis(20), Duration.ofMillis(400))
                .lease(Duration.ofSeconds(5))
                .deadLetterHorizon(Duration.ofDays(1))
                .start()) {
      OutboxOperations ops = OutboxOperations.create(pool);
      while (remaining(ops) != 0) {
        Thread.sleep(100);
      }
    }
    System.exit(0);
  }

  /** The messages left, or -1 when H2 timed out on a lock held by the dispatcher (ask again). */
  private static long remaining(OutboxOperations ops) {
    try {
      return ops.counts().total();
    } catch (LienThongException e) {
      return -1;
    }
  }

  static PortalSyncClient portal(BusClient bus, String sandbox) {
    return PortalSyncClient.builder()
        .bus(bus)
        .endpoint(URI.create(sandbox).resolve("/portal"))
        .provider(PORTAL)
        .agency(AgencyCode.parse("000.00.01.H22"))
        .build();
  }
}
