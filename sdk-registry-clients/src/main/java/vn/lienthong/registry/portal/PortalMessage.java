package vn.lienthong.registry.portal;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import vn.lienthong.registry.CallContext;
import vn.lienthong.registry.MessageId;

/**
 * A message for the portal, ready to be stored and delivered later (by an outbox) with the same
 * message id on every attempt.
 *
 * <p>Immutable and thread-safe.
 *
 * @param service the portal service
 * @param messageId the bus message id, fixed for the message's life
 * @param json the JSON body (UTF-8 text), already checked against the contract
 * @param context the user and dossier
 * @since 0.1.0
 */
public record PortalMessage(
    PortalService service, MessageId messageId, String json, CallContext context) {

  /**
   * Checks the parts.
   *
   * @param service the portal service
   * @param messageId the bus message id
   * @param json the JSON body
   * @param context the user and dossier
   * @throws NullPointerException if a part is null
   */
  public PortalMessage {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(context, "context");
  }

  /**
   * Returns the body bytes.
   *
   * @return UTF-8 bytes
   */
  public byte[] body() {
    return json.getBytes(StandardCharsets.UTF_8);
  }
}
