package vn.lienthong.sandbox.portal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One message the sandbox portal processed ({@code DongBoHoSoMC} or {@code CapNhatTienDoHoSoMC}),
 * as it arrived, with the answer it got. Redeliveries of the same {@code LT-Id} are answered from
 * the replay store and are not recorded again.
 *
 * @param sequence the position in arrival order, from 1
 * @param service {@code DongBoHoSoMC} or {@code CapNhatTienDoHoSoMC}
 * @param messageId the bus message id ({@code LT-Id})
 * @param client the calling subsystem ({@code LT-Client})
 * @param dossierCodes the dossier codes ({@code MaHoSo}) in the message, in order
 * @param errorCode the portal's answer, {@code "0"} when accepted
 * @param body the request body as received (UTF-8 JSON; contains personal data: do not log it)
 * @param receivedAt when the portal processed it
 * @since 0.1.0
 */
public record PortalMessage(
    long sequence,
    String service,
    String messageId,
    String client,
    List<String> dossierCodes,
    String errorCode,
    String body,
    Instant receivedAt) {

  /**
   * Copies the list and checks for nulls.
   *
   * @param sequence the sequence
   * @param service the service
   * @param messageId the message id
   * @param client the client
   * @param dossierCodes the dossier codes
   * @param errorCode the error code
   * @param body the body
   * @param receivedAt the time
   * @throws NullPointerException if an argument is null
   */
  public PortalMessage {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(client, "client");
    dossierCodes = List.copyOf(dossierCodes);
    Objects.requireNonNull(errorCode, "errorCode");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(receivedAt, "receivedAt");
  }

  /**
   * Tells whether the portal accepted the message.
   *
   * @return true when {@link #errorCode()} is {@code "0"}
   * @since 0.1.0
   */
  public boolean accepted() {
    return "0".equals(errorCode);
  }

  @Override
  public String toString() {
    return "PortalMessage["
        + sequence
        + " "
        + service
        + " "
        + messageId
        + " "
        + dossierCodes
        + " -> "
        + errorCode
        + "]";
  }
}
