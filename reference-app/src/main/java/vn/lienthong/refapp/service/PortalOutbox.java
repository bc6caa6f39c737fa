package vn.lienthong.refapp.service;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.dossier.DossierStatus;
import vn.lienthong.core.dossier.Transition;
import vn.lienthong.core.id.DossierCode;
import vn.lienthong.core.privacy.SafeLogger;
import vn.lienthong.refapp.store.AuditStore;
import vn.lienthong.refapp.store.DossierStore;
import vn.lienthong.refapp.store.Jdbc;
import vn.lienthong.refapp.store.StoredDossier;
import vn.lienthong.registry.CallContext;
import vn.lienthong.registry.MessageId;
import vn.lienthong.registry.audit.ExchangeLog;
import vn.lienthong.registry.audit.ExchangeRecord;
import vn.lienthong.registry.outbox.DeliveryOutcome;
import vn.lienthong.registry.outbox.Outbox;
import vn.lienthong.registry.outbox.OutboxMessage;
import vn.lienthong.registry.outbox.OutboxTransport;
import vn.lienthong.registry.portal.PortalDossier;
import vn.lienthong.registry.portal.PortalMessage;
import vn.lienthong.registry.portal.PortalOutcome;
import vn.lienthong.registry.portal.PortalService;
import vn.lienthong.registry.portal.PortalSyncClient;
import vn.lienthong.registry.portal.ProgressUpdate;

/**
 * Portal sync through the SDK's outbox: every dossier change enqueues a {@code DongBoHoSoMC}
 * message (the whole dossier: status, due date; the hand-over, status 10, as a {@code
 * CapNhatTienDoHoSoMC} progress step) in the transaction of the change, keyed by the dossier code
 * so the dispatcher delivers a dossier's changes in order; the transport delivers it with {@link
 * PortalSyncClient#deliver}, keeping the same bus message id on every attempt (the portal drops
 * redeliveries), logs the exchange in the tamper-evident {@link ExchangeLog} and adds an audit
 * event to the dossier. Thread-safe.
 */
final class PortalOutbox implements OutboxTransport {

  static final String TYPE = "portal.sync";
  static final String H_SERVICE = "Portal-Service";
  static final String H_USER = "Portal-User";
  static final String H_ISSUE = "Portal-Issue";

  private static final SafeLogger LOG = SafeLogger.of(PortalOutbox.class);

  private final @Nullable PortalSyncClient client;
  private final String destination;
  private final String busClient;
  private final DataSource dataSource;
  private final DossierStore dossiers;
  private final AuditStore audit;
  private final ExchangeLog exchangeLog;
  private final Clock clock;
  private final Outbox outbox = Outbox.create();

  PortalOutbox(
      @Nullable PortalSyncClient client,
      String destination,
      String busClient,
      DataSource dataSource,
      DossierStore dossiers,
      AuditStore audit,
      Clock clock) {
    this.client = client;
    this.destination = destination;
    this.busClient = busClient;
    this.dataSource = dataSource;
    this.dossiers = dossiers;
    this.audit = audit;
    this.exchangeLog = ExchangeLog.create(dataSource);
    this.clock = clock;
  }

  boolean enabled() {
    return client != null;
  }

  /** Enqueues the dossier's current state on the caller's transaction. */
  void enqueue(Connection c, StoredDossier d, boolean updating, String actor) {
    PortalSyncClient portal = client;
    if (portal == null) {
      return;
    }
    DossierCode code = d.dossier().code();
    CallContext context = CallContext.forDossier(actor, code);
    PortalMessage m;
    if (d.dossier().status() == DossierStatus.RESULT_RETURNED) {
      // DongBoHoSoMC needs NgayTra for status 10, which the SDK's sync message does not carry yet;
      // the progress service reports the hand-over instead.
      List<Transition> history = d.dossier().history();
      Transition last = history.get(history.size() - 1);
      m =
          portal.progressMessage(
              List.of(
                  new ProgressUpdate(
                      code, DossierStatus.RESULT_RETURNED, last.at(), null, null, null)),
              context);
    } else {
      m =
          portal.syncMessage(
              List.of(new PortalDossier(d.dossier(), d.procedureName())), updating, context);
    }
    OutboxMessage.Builder b =
        OutboxMessage.builder()
            .id(m.messageId().value())
            .orderingKey(code)
            .type(TYPE)
            .destination(destination + "/" + m.service().wireName())
            .payload(m.body())
            .header(H_SERVICE, m.service().name())
            .createdAt(clock.instant());
    if (context.userId() != null) {
      b.header(H_USER, context.userId());
    }
    if (context.issue() != null) {
      b.header(H_ISSUE, context.issue());
    }
    outbox.enqueue(c, b.build());
  }

  @Override
  public DeliveryOutcome deliver(OutboxMessage message) {
    PortalSyncClient portal = client;
    if (portal == null) {
      return DeliveryOutcome.retryLater("portal not configured");
    }
    Map<String, String> h = message.headers();
    PortalMessage m =
        new PortalMessage(
            PortalService.valueOf(h.getOrDefault(H_SERVICE, PortalService.SYNC_DOSSIERS.name())),
            new MessageId(message.id()),
            new String(message.payload(), StandardCharsets.UTF_8),
            new CallContext(h.get(H_USER), h.get(H_ISSUE)));
    PortalOutcome outcome = portal.deliver(m);
    String issue = h.get(H_ISSUE);
    if (outcome.status() != PortalOutcome.Status.RETRYABLE) {
      record(m, outcome, issue);
    }
    return switch (outcome.status()) {
      case ACKNOWLEDGED -> DeliveryOutcome.acknowledged();
      case RETRYABLE -> DeliveryOutcome.retryLater(String.valueOf(outcome.code()));
      case PERMANENT ->
          DeliveryOutcome.permanentFailure(outcome.code() + " " + String.valueOf(outcome.detail()));
    };
  }

  private void record(PortalMessage m, PortalOutcome outcome, @Nullable String issue) {
    Instant now = clock.instant();
    String status =
        outcome.acknowledged()
            ? "acknowledged"
            : ("refused:" + outcome.code()).replaceAll("[^!-~]", "_");
    try {
      Jdbc.inTransaction(
          dataSource,
          "logging a portal exchange",
          c -> {
            var entry =
                exchangeLog.append(
                    c,
                    ExchangeRecord.builder()
                        .messageId(m.messageId().value())
                        .client(busClient)
                        .service(m.service().wireName())
                        .time(now)
                        .status(status.length() > 64 ? status.substring(0, 64) : status)
                        .payload(m.body())
                        .user(m.context().userId() != null ? m.context().userId() : "system")
                        .note(issue != null ? issue : "-")
                        .build());
            if (issue != null) {
              recordOnDossier(c, issue, now, m, status, entry.sequence());
            }
            return null;
          });
    } catch (RuntimeException e) {
      LOG.warn("could not log portal exchange {}: {}", m.messageId().value(), e.toString());
    }
  }

  private void recordOnDossier(
      Connection c, String issue, Instant now, PortalMessage m, String status, long logSeq)
      throws SQLException {
    DossierCode code;
    try {
      code = dossiers.format().parse(issue);
    } catch (RuntimeException e) {
      return;
    }
    if (dossiers.lock(c, code)) {
      audit.append(
          c,
          code,
          now,
          "portal",
          "portal-sync",
          m.service().wireName()
              + " "
              + m.messageId().value()
              + " "
              + status
              + " (exchange log #"
              + logSeq
              + ")");
    }
  }
}
