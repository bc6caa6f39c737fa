package vn.lienthong.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import vn.lienthong.conformance.CommuneFixture.Fault;
import vn.lienthong.core.dossier.PortalCodes;
import vn.lienthong.core.id.AgencyCode;
import vn.lienthong.registry.BusClient;
import vn.lienthong.registry.CallContext;
import vn.lienthong.registry.CircuitBreakerPolicy;
import vn.lienthong.registry.ClientId;
import vn.lienthong.registry.LgspClientCredentials;
import vn.lienthong.registry.MessageId;
import vn.lienthong.registry.RetryPolicy;
import vn.lienthong.registry.portal.PortalMessage;
import vn.lienthong.registry.portal.PortalOutcome;
import vn.lienthong.registry.portal.PortalService;
import vn.lienthong.registry.portal.PortalSyncClient;
import vn.lienthong.sandbox.Sandbox;
import vn.lienthong.sandbox.lgsp.SandboxLgsp;

/**
 * The {@link CommuneFixture}'s portal sync: after each change, a {@code DongBoHoSoMC} with the
 * dossier's state goes to the sandbox portal from one sender thread (so in order), retried every
 * 100 ms with the same message id until the portal answers. The portal faults bend that: a missing
 * update, dates in UTC, the acceptance overtaken by the next step, retries under new ids, updates
 * given up when the portal answers 503.
 */
final class FixturePortal implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern(PortalCodes.DATE_PATTERN).withZone(ZoneOffset.UTC);
  private static final Duration RETRY = Duration.ofMillis(100);
  private static final int MAX_ATTEMPTS = 600;

  private final Fault fault;
  private final BusClient bus;
  private final PortalSyncClient client;
  private final ScheduledExecutorService sender = new ScheduledThreadPoolExecutor(1);

  FixturePortal(Sandbox sandbox, Fault fault) {
    this.fault = fault;
    this.bus =
        BusClient.builder()
            .client(ClientId.parse("VN-TEST/GOV/000.00.01.H22/mot-cua-xa"))
            .timeout(Duration.ofSeconds(2))
            .retry(RetryPolicy.none())
            .circuitBreaker(new CircuitBreakerPolicy(100, 100, 100, Duration.ofMillis(1)))
            .authentication(
                LgspClientCredentials.builder()
                    .tokenEndpoint(sandbox.lgsp().tokenEndpoint())
                    .clientId(SandboxLgsp.DEMO_CLIENT_ID)
                    .clientSecret(SandboxLgsp.DEMO_CLIENT_SECRET)
                    .build())
            .build();
    this.client =
        PortalSyncClient.builder()
            .bus(bus)
            .endpoint(sandbox.uri("/portal"))
            .provider(ClientId.parse("VN-TEST/GOV/000.00.00.G22/dvcqg-sync"))
            .agency(AgencyCode.parse("000.00.01.H22"))
            .build();
  }

  /** Queues the sync of a dossier's new state; {@code from} is its previous status, 0 if new. */
  void changed(ObjectNode d, int from) {
    int to = d.path("status").asInt();
    if (fault == Fault.MISSING_UPDATE && from == 2 && to == 4) {
      return;
    }
    String body = body(d, from != 0);
    String code = d.path("dossierCode").asText();
    long delay = fault == Fault.OUT_OF_ORDER && to == 2 ? 300 : 0;
    sender.schedule(() -> deliver(body, code), delay, TimeUnit.MILLISECONDS);
  }

  private void deliver(String body, String code) {
    MessageId id = MessageId.random();
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      PortalOutcome o =
          client.deliver(
              new PortalMessage(
                  PortalService.SYNC_DOSSIERS, id, body, new CallContext("fixture", code)));
      if (o.status() != PortalOutcome.Status.RETRYABLE) {
        return;
      }
      boolean answered = o.code() != null && o.code().contains("/");
      if (fault == Fault.LOSES_IN_OUTAGE && answered) {
        return;
      }
      if (fault == Fault.RETRY_NEW_ID) {
        id = MessageId.random();
      }
      try {
        Thread.sleep(RETRY.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private String body(JsonNode d, boolean updating) {
    ObjectNode n = JSON.createObjectNode();
    n.put("service", "DongBoHoSoMC").put("madonvi", "000.00.01.H22");
    n.put("isUpdating", Boolean.toString(updating));
    n.putArray("data")
        .addObject()
        .put("MaHoSo", d.path("dossierCode").asText())
        .put("MaTTHC", d.path("procedureCode").asText())
        .put("TenTTHC", d.path("procedureName").asText())
        .put("ChuHoSo", d.path("applicantName").asText())
        .put("LoaiDoiTuong", "1")
        .put("MaDoiTuong", "001192004521")
        .put("NgayTiepNhan", date(d.path("receivedAt").asText()))
        .put("NgayHenTra", date(d.path("dueAt").asText()))
        .put("TrangThaiHoSo", d.path("status").asText())
        .put("KenhThucHien", d.path("channel").asText("2"));
    return n.toString();
  }

  private String date(String rfc3339) {
    OffsetDateTime t = OffsetDateTime.parse(rfc3339);
    return fault == Fault.UTC_DATES
        ? UTC.format(t.toInstant())
        : PortalCodes.formatDate(t.toInstant());
  }

  @Override
  public void close() {
    sender.shutdownNow();
    bus.close();
  }
}
