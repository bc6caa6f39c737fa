package vn.lienthong.registry.outbox;

/**
 * Delivers one outbox message to its destination: the plug between the {@link OutboxDispatcher} and
 * a concrete channel (the portal sync client, the edXML sender, plain HTTP with {@link
 * HttpOutboxTransport}).
 *
 * <p>Implementations must be thread-safe: the dispatcher calls them from several worker threads at
 * once. They should put the message id on the wire so the receiver can drop duplicates, and should
 * bound the time of a call (the dispatcher's lease must outlast it). An exception thrown from
 * {@link #deliver} counts as {@link DeliveryOutcome#retryLater(String)}.
 *
 * <pre>{@code
 * OutboxTransport transport = message -> portal.send(message.payload())
 *     ? DeliveryOutcome.acknowledged()
 *     : DeliveryOutcome.retryLater("portal busy");
 * }</pre>
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface OutboxTransport {

  /**
   * Tries to deliver a message once.
   *
   * @param message the message
   * @return acknowledged, retry later, or permanent failure
   */
  DeliveryOutcome deliver(OutboxMessage message);
}
