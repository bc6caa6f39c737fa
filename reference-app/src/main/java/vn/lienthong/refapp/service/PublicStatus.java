package vn.lienthong.refapp.service;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.dossier.DossierStatus;
import vn.lienthong.core.id.DossierCode;

/**
 * What anyone may see of a dossier by its code (tra cứu hồ sơ): no personal data beyond the
 * applicant's masked name.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the dossier code
 * @param procedureName the procedure's name
 * @param maskedApplicantName the applicant's name, masked (e.g. {@code N*** T** L**})
 * @param status the status
 * @param receivedAt when received
 * @param dueAt when due
 * @param returnedAt when the result was returned, or null
 * @param competentCommuneName the name of the commune that decides
 * @since 0.1.0
 */
public record PublicStatus(
    DossierCode code,
    String procedureName,
    String maskedApplicantName,
    DossierStatus status,
    Instant receivedAt,
    Instant dueAt,
    @Nullable Instant returnedAt,
    String competentCommuneName) {

  /**
   * Checks the parts.
   *
   * @param code the code
   * @param procedureName the procedure
   * @param maskedApplicantName the masked name
   * @param status the status
   * @param receivedAt when received
   * @param dueAt when due
   * @param returnedAt when returned, or null
   * @param competentCommuneName the commune's name
   * @throws NullPointerException if a required part is null
   */
  public PublicStatus {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(procedureName, "procedureName");
    Objects.requireNonNull(maskedApplicantName, "maskedApplicantName");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(competentCommuneName, "competentCommuneName");
  }
}
