package vn.lienthong.sandbox.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One edXML package the sandbox hub accepted.
 *
 * @param exchangeId the hub's id (a UUID)
 * @param documentId the edXML document id, {@code OrganId,yyyy/MM/dd,Number/Notation}
 * @param from the sender's organ id (agency code)
 * @param recipients the receivers' organ ids, in header order
 * @param subject the document's subject (trích yếu)
 * @param receivedAt when the hub accepted it
 * @param xml the package exactly as sent, UTF-8
 * @since 0.1.0
 */
public record ReceivedDocument(
    String exchangeId,
    String documentId,
    String from,
    List<String> recipients,
    String subject,
    Instant receivedAt,
    String xml) {

  /**
   * Copies the list and checks for nulls.
   *
   * @param exchangeId the exchange id
   * @param documentId the document id
   * @param from the sender
   * @param recipients the receivers
   * @param subject the subject
   * @param receivedAt the time
   * @param xml the package
   * @throws NullPointerException if an argument is null
   */
  public ReceivedDocument {
    Objects.requireNonNull(exchangeId, "exchangeId");
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(from, "from");
    recipients = List.copyOf(recipients);
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(xml, "xml");
  }

  @Override
  public String toString() {
    return "ReceivedDocument["
        + exchangeId
        + " "
        + documentId
        + " "
        + from
        + " -> "
        + recipients
        + "]";
  }
}
