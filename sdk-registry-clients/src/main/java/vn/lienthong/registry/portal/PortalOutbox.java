package vn.lienthong.registry.portal;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import vn.lienthong.core.LienThongException;
import vn.lienthong.core.id.DossierCode;
import vn.lienthong.registry.CallContext;
import vn.lienthong.registry.MessageId;
import vn.lienthong.registry.outbox.DeliveryOutcome;
import vn.lienthong.registry.outbox.OutboxMessage;
import vn.lienthong.registry.outbox.OutboxTransport;

/**
 * Puts portal messages in the durable outbox and delivers them from it: the outbox message keeps
 * the portal message's id (so a redelivery after a crash is a replay the portal answers without
 * applying it twice), is ordered by dossier, and is delivered through {@link
 * PortalSyncClient#deliver}.
 *
 * <p>Stateless; the methods are thread-safe.
 *
 * <pre>{@code
 * PortalMessage m = portal.progressMessage(updates, context);
 * outbox.enqueue(connection, PortalOutbox.message(m, dossier.code()));   // in the caller's transaction
 * OutboxDispatcher.builder(dataSource, PortalOutbox.transport(portal)).start();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PortalOutbox {

  /** The outbox type prefix of portal messages; the service's wire name follows. */
  public static final String TYPE_PREFIX = "portal.";

  /** The outbox destination of portal messages (a logical name). */
  public static final String DESTINATION = "lienthong:portal";

  private static final String USER_HEADER = "LT-UserId";
  private static final String ISSUE_HEADER = "LT-Issue";

  private PortalOutbox() {}

  /**
   * Wraps a portal message for the outbox, ordered by a dossier.
   *
   * @param message the message built by {@link PortalSyncClient#syncMessage} or {@link
   *     PortalSyncClient#progressMessage}
   * @param dossier the ordering key: messages of one dossier are delivered in enqueue order
   * @return the outbox message, with the portal message's id
   * @throws NullPointerException if an argument is null
   */
  public static OutboxMessage message(PortalMessage message, DossierCode dossier) {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(dossier, "dossier");
    OutboxMessage.Builder b =
        OutboxMessage.builder()
            .id(message.messageId().value())
            .orderingKey(dossier)
            .type(TYPE_PREFIX + message.service().wireName())
            .destination(DESTINATION)
            .payload(message.body());
    CallContext context = message.context();
    if (context.userId() != null) {
      b.header(USER_HEADER, context.userId());
    }
    if (context.issue() != null) {
      b.header(ISSUE_HEADER, context.issue());
    }
    return b.build();
  }

  /**
   * Reads back the portal message an outbox message carries.
   *
   * @param stored a message made by {@link #message}
   * @return the portal message, with its original id and context
   * @throws IllegalArgumentException if the stored message is not a portal message
   * @throws vn.lienthong.core.InvalidInputException if its id or context is malformed
   */
  public static PortalMessage portalMessage(OutboxMessage stored) {
    PortalService service = serviceOf(stored.type());
    return new PortalMessage(
        service,
        new MessageId(stored.id()),
        new String(stored.payload(), StandardCharsets.UTF_8),
        new CallContext(stored.headers().get(USER_HEADER), stored.headers().get(ISSUE_HEADER)));
  }

  /**
   * Returns a transport that delivers portal messages through a portal client: acknowledged when
   * the portal accepted the message (or replayed its earlier answer), retried later on a transient
   * failure (unavailable, timeout, dropped connection), failed for good when the portal refused it
   * (an illegal status change, an unknown dossier) or the stored message is not a portal message.
   *
   * @param portal the portal client; its bus client's retries add to the outbox's, so a bus client
   *     with {@link vn.lienthong.registry.RetryPolicy#none()} suits best
   * @return the transport
   * @throws NullPointerException if {@code portal} is null
   */
  public static OutboxTransport transport(PortalSyncClient portal) {
    Objects.requireNonNull(portal, "portal");
    return stored -> {
      PortalMessage m;
      try {
        m = portalMessage(stored);
      } catch (IllegalArgumentException | LienThongException e) {
        return DeliveryOutcome.permanentFailure("not a portal message: " + e.getMessage());
      }
      PortalOutcome outcome = portal.deliver(m);
      switch (outcome.status()) {
        case ACKNOWLEDGED:
          return DeliveryOutcome.acknowledged();
        case RETRYABLE:
          return DeliveryOutcome.retryLater(String.valueOf(outcome.code()));
        default:
          return DeliveryOutcome.permanentFailure(
              "portal refused: " + outcome.code() + " " + outcome.dossierErrors());
      }
    };
  }

  private static PortalService serviceOf(String type) {
    if (type.startsWith(TYPE_PREFIX)) {
      String wire = type.substring(TYPE_PREFIX.length());
      for (PortalService s : PortalService.values()) {
        if (s.wireName().equals(wire)) {
          return s;
        }
      }
    }
    throw new IllegalArgumentException("not a portal message type: " + type);
  }
}
