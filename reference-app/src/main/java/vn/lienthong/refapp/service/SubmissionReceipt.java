package vn.lienthong.refapp.service;

import java.time.Instant;
import java.util.Objects;
import vn.lienthong.core.dossier.DossierStatus;
import vn.lienthong.core.id.DossierCode;

/**
 * What a submission answers: the dossier code, its status and due date, and whether this call made
 * the dossier (false when an idempotency key or a redelivery found an earlier one).
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the dossier code
 * @param status the status now
 * @param receivedAt when it was received
 * @param dueAt when it is due
 * @param created true if this call created the dossier
 * @since 0.1.0
 */
public record SubmissionReceipt(
    DossierCode code, DossierStatus status, Instant receivedAt, Instant dueAt, boolean created) {

  /**
   * Checks the parts.
   *
   * @param code the dossier code
   * @param status the status
   * @param receivedAt when received
   * @param dueAt when due
   * @param created whether this call created it
   * @throws NullPointerException if a part is null
   */
  public SubmissionReceipt {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(dueAt, "dueAt");
  }
}
