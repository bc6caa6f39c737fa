package vn.lienthong.registry.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an operator sees of one message in the outbox: never the payload or header values (they may
 * hold personal data), the ordering key masked, the last failure with personal numbers masked.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param messageId the message id
 * @param maskedOrderingKey the ordering key with all but its last four letters and digits hidden
 * @param type the message type
 * @param destination the destination
 * @param createdAt when the message was created
 * @param status pending or dead
 * @param attempts failed delivery attempts so far
 * @param nextAttemptAt when a pending message is due next
 * @param lastError the last failure reason, or null before the first failure
 * @param payloadLength the payload length in bytes
 * @param headerNames the header names, without values
 * @since 0.1.0
 */
public record OutboxEntry(
    String messageId,
    String maskedOrderingKey,
    String type,
    String destination,
    Instant createdAt,
    OutboxStatus status,
    int attempts,
    Instant nextAttemptAt,
    @Nullable String lastError,
    long payloadLength,
    List<String> headerNames) {

  /**
   * Checks the entry.
   *
   * @param messageId the message id
   * @param maskedOrderingKey the masked ordering key
   * @param type the message type
   * @param destination the destination
   * @param createdAt when the message was created
   * @param status pending or dead
   * @param attempts failed attempts so far
   * @param nextAttemptAt when it is due next
   * @param lastError the last failure reason, or null
   * @param payloadLength the payload length
   * @param headerNames the header names
   * @throws NullPointerException if a part other than {@code lastError} is null
   */
  public OutboxEntry {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(maskedOrderingKey, "maskedOrderingKey");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(destination, "destination");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    headerNames = List.copyOf(headerNames);
  }
}
