package vn.lienthong.refapp.service;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import vn.lienthong.registry.outbox.DeliveryOutcome;
import vn.lienthong.registry.outbox.OutboxMessage;
import vn.lienthong.registry.outbox.OutboxTransport;

/**
 * The app's one outbox transport: the dispatcher drains one {@code lt_outbox} table, and this
 * transport hands each message to the transport registered for its type (the portal sync, edXML
 * packages); a message of an unknown type waits (retried later) until a module registers one.
 *
 * <p>Instances are thread-safe.
 *
 * <pre>{@code
 * context.require(OutboxRoutes.class).route("exchange.edxml", edxmlTransport);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class OutboxRoutes implements OutboxTransport {

  private final Map<String, OutboxTransport> routes = new ConcurrentHashMap<>();

  OutboxRoutes() {}

  /**
   * Routes the messages of a type to a transport.
   *
   * @param type the message type, as given to {@code OutboxMessage.Builder#type}
   * @param transport the transport that delivers them
   * @throws IllegalStateException if the type already has a transport
   * @throws NullPointerException if an argument is null
   */
  public void route(String type, OutboxTransport transport) {
    Objects.requireNonNull(transport, "transport");
    if (routes.putIfAbsent(Objects.requireNonNull(type, "type"), transport) != null) {
      throw new IllegalStateException("outbox type " + type + " already routed");
    }
  }

  @Override
  public DeliveryOutcome deliver(OutboxMessage message) {
    OutboxTransport t = routes.get(message.type());
    return t == null
        ? DeliveryOutcome.retryLater("no transport for " + message.type())
        : t.deliver(message);
  }
}
