package vn.lienthong.refapp.store;

import java.time.Instant;
import java.util.Objects;
import vn.lienthong.core.dossier.DossierStatus;
import vn.lienthong.core.id.DossierCode;
import vn.lienthong.core.text.PersonName;

/**
 * One line of a dossier list (an officer's inbox, a citizen's dossiers): enough to show and sort,
 * without history or form data.
 *
 * <p>Immutable and thread-safe; {@code toString()} masks the applicant's name.
 *
 * @param code the dossier code
 * @param procedureCode the procedure code
 * @param procedureName the procedure's Vietnamese name
 * @param applicantName the applicant's name (personal data)
 * @param competentCommune the 5-digit code of the commune that decides
 * @param status the national status
 * @param receivedAt when it was received
 * @param dueAt when it is due
 * @since 0.1.0
 */
public record DossierRow(
    DossierCode code,
    String procedureCode,
    String procedureName,
    PersonName applicantName,
    String competentCommune,
    DossierStatus status,
    Instant receivedAt,
    Instant dueAt) {

  /**
   * Checks the parts.
   *
   * @param code the dossier code
   * @param procedureCode the procedure code
   * @param procedureName the procedure's name
   * @param applicantName the applicant's name
   * @param competentCommune the commune code
   * @param status the status
   * @param receivedAt when received
   * @param dueAt when due
   * @throws NullPointerException if a part is null
   */
  public DossierRow {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(procedureCode, "procedureCode");
    Objects.requireNonNull(procedureName, "procedureName");
    Objects.requireNonNull(applicantName, "applicantName");
    Objects.requireNonNull(competentCommune, "competentCommune");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(dueAt, "dueAt");
  }

  @Override
  public String toString() {
    return "DossierRow[" + code.masked() + " " + status + " " + applicantName.masked() + "]";
  }
}
