package vn.lienthong.registry;

import java.util.UUID;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.registry.internal.bus.WireChecks;

/**
 * A bus message id ({@code LT-Id}): unique per client, reused by every retry of the same call so
 * the provider can deduplicate; 8-64 of {@code A-Z a-z 0-9 . _ : -}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * MessageId id = MessageId.random();
 * }</pre>
 *
 * @param value the id
 * @since 0.1.0
 */
public record MessageId(String value) {

  /**
   * Checks the shape.
   *
   * @param value the id
   * @throws InvalidInputException with {@code INVALID_REQUEST_VALUE} if it is malformed
   */
  public MessageId {
    WireChecks.checkMessageId(value);
  }

  /**
   * Returns a new random (UUID) message id.
   *
   * @return the id
   */
  public static MessageId random() {
    return new MessageId(UUID.randomUUID().toString());
  }

  /**
   * Returns the id.
   *
   * @return the value
   */
  @Override
  public String toString() {
    return value;
  }
}
