package vn.lienthong.refapp.exchange;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.LienThongException;
import vn.lienthong.core.id.AgencyCode;
import vn.lienthong.core.id.DossierCode;
import vn.lienthong.refapp.service.DossierService;
import vn.lienthong.refapp.service.Requester;
import vn.lienthong.registry.audit.ExchangeEntry;

/**
 * The commune's document exchange: sends a dossier's signed result as an edXML package through the
 * durable outbox, answers the status messages of the packages sent to the commune, and reads a
 * dossier's exchange-log evidence. Registered in the {@code AppContext} by {@link ExchangeModule}.
 *
 * <p>Instances are thread-safe; the app creates one.
 *
 * <pre>{@code
 * ExchangeService exchange = context.require(ExchangeService.class);
 * ExchangeService.Queued q = exchange.sendResult(code, AgencyCode.parse("000.00.00.H26"));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ExchangeService {

  private final DossierService dossiers;
  private final EdxmlOutbox outbox;
  private final ExchangeInbox inbox;
  private final ExchangeEvidence evidence;

  ExchangeService(
      DossierService dossiers, EdxmlOutbox outbox, ExchangeInbox inbox, ExchangeEvidence evidence) {
    this.dossiers = dossiers;
    this.outbox = outbox;
    this.inbox = inbox;
    this.evidence = evidence;
  }

  /**
   * Builds, signs and queues an edXML package carrying the dossier's latest signed result.
   *
   * @param code the dossier
   * @param to the receiving agency
   * @return what was queued
   * @throws LienThongException {@code LT-APP-0103} no such dossier, {@code LT-APP-0704} no signed
   *     result yet, {@code LT-APP-0114} the database failed
   */
  public Queued sendResult(DossierCode code, AgencyCode to) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(to, "to");
    return outbox.sendResult(code, to);
  }

  /**
   * Fetches the new packages sent to the commune and reports their statuses to their senders.
   *
   * @return the packages handled, oldest first
   * @throws LienThongException {@code LT-APP-0702} if the hub fails
   */
  public List<Handled> answerInbox() {
    return inbox.answer();
  }

  /**
   * Reads the exchange-log segment of a dossier.
   *
   * @param who who asks (the portal or an officer in jurisdiction)
   * @param code the dossier
   * @return the evidence
   * @throws LienThongException as {@link DossierService#details}, {@code LT-APP-0703} if the
   *     segment is too long
   */
  public Evidence evidence(Requester who, DossierCode code) {
    dossiers.details(who, code);
    return evidence.of(code);
  }

  /**
   * A package queued for the hub.
   *
   * @param dossierCode the dossier
   * @param documentId the edXML document id
   * @param messageId the bus message id every attempt uses
   * @param to the receiving agency
   * @param queuedAt when it was queued, Viet Nam time
   * @since 0.1.0
   */
  public record Queued(
      DossierCode dossierCode,
      String documentId,
      String messageId,
      AgencyCode to,
      OffsetDateTime queuedAt) {}

  /**
   * A received package and the statuses sent for it.
   *
   * @param exchangeId the hub's id
   * @param documentId the edXML document id
   * @param from the sender's agency code
   * @param refusal why it was refused (status 02), or null when accepted
   * @param statuses the status codes sent, in order
   * @since 0.1.0
   */
  public record Handled(
      String exchangeId,
      String documentId,
      String from,
      @Nullable String refusal,
      List<String> statuses) {

    /**
     * Copies the statuses.
     *
     * @param exchangeId the hub's id
     * @param documentId the document id
     * @param from the sender
     * @param refusal the reason, or null
     * @param statuses the codes sent
     */
    public Handled {
      statuses = List.copyOf(statuses);
    }

    /**
     * Returns why the package was refused.
     *
     * @return the reason, empty when accepted
     */
    public Optional<String> reason() {
      return Optional.ofNullable(refusal);
    }
  }

  /**
   * A dossier's exchange-log segment: verify from {@code firstSequence} and {@code previousHash}
   * with {@code ExchangeLogVerifier.verifySegment}.
   *
   * @param dossierCode the dossier
   * @param firstSequence the first entry's sequence number (the next one when empty)
   * @param previousHash the hash the first entry links to
   * @param dossierSequences the sequence numbers of the dossier's own entries
   * @param entries the contiguous entries from the dossier's first to its last
   * @param headSequence the log's last sequence number when read
   * @param headHash the log's last hash when read
   * @since 0.1.0
   */
  public record Evidence(
      DossierCode dossierCode,
      long firstSequence,
      String previousHash,
      List<Long> dossierSequences,
      List<ExchangeEntry> entries,
      long headSequence,
      String headHash) {

    /**
     * Copies the lists.
     *
     * @param dossierCode the dossier
     * @param firstSequence the first sequence
     * @param previousHash the first link
     * @param dossierSequences the dossier's entries
     * @param entries the segment
     * @param headSequence the head's sequence
     * @param headHash the head's hash
     */
    public Evidence {
      dossierSequences = List.copyOf(dossierSequences);
      entries = List.copyOf(entries);
    }
  }
}
