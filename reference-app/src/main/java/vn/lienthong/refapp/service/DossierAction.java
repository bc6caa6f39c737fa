package vn.lienthong.refapp.service;

import java.util.Locale;
import java.util.Optional;
import vn.lienthong.core.dossier.DossierStatus;
import vn.lienthong.identity.officer.OfficerAction;

/**
 * The officer steps on a dossier, each with the status it leads to and the role it needs.
 *
 * @since 0.1.0
 */
public enum DossierAction {
  /** Receive the dossier (tiếp nhận): 1 to 2. */
  ACCEPT("accept", DossierStatus.ACCEPTED, OfficerAction.RECEIVE),
  /** Refuse to receive it (không tiếp nhận), with a reason: 1 to 3. */
  REFUSE("refuse", DossierStatus.NOT_ACCEPTED, OfficerAction.RECEIVE),
  /** Start processing, or resume after a supplement (xử lý): 2 or 5 to 4. */
  PROCESS("process", DossierStatus.IN_PROGRESS, OfficerAction.PROCESS),
  /** Ask the applicant for a supplement (yêu cầu bổ sung), with a reason: 4 to 5. */
  REQUEST_SUPPLEMENT(
      "request-supplement", DossierStatus.SUPPLEMENT_REQUESTED, OfficerAction.PROCESS),
  /**
   * Approve and sign the result as the competent person (phê duyệt, ký số): 4 to 9. The result then
   * waits for {@link #AGENCY_SEAL}.
   */
  APPROVE_AND_SIGN("approve-and-sign", DossierStatus.PROCESSED, OfficerAction.APPROVE),
  /**
   * The clerk (văn thư) applies the agency's signature with the red seal over the approver-signed
   * result (đóng dấu, ký số cơ quan): the status stays 9; needs the clerk role.
   */
  AGENCY_SEAL("agency-seal", DossierStatus.PROCESSED, OfficerAction.KEEP_RECORDS),
  /** Hand the sealed result over (trả kết quả): 9 to 10. */
  HAND_OVER("hand-over", DossierStatus.RESULT_RETURNED, OfficerAction.RECEIVE);

  private final String wireName;
  private final DossierStatus target;
  private final OfficerAction officerAction;

  DossierAction(String wireName, DossierStatus target, OfficerAction officerAction) {
    this.wireName = wireName;
    this.target = target;
    this.officerAction = officerAction;
  }

  /**
   * Returns the name used in the Commune API, e.g. {@code request-supplement}.
   *
   * @return the wire name
   */
  public String wireName() {
    return wireName;
  }

  /**
   * Returns the status the step leads to.
   *
   * @return the target status
   */
  public DossierStatus target() {
    return target;
  }

  /**
   * Returns the officer action (and so the role) the jurisdiction policy checks.
   *
   * @return the action
   */
  public OfficerAction officerAction() {
    return officerAction;
  }

  /**
   * Finds a step by its wire name.
   *
   * @param wireName e.g. {@code hand-over}
   * @return the step, if there is one
   */
  public static Optional<DossierAction> ofWireName(String wireName) {
    String w = wireName.toLowerCase(Locale.ROOT);
    for (DossierAction a : values()) {
      if (a.wireName.equals(w)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
