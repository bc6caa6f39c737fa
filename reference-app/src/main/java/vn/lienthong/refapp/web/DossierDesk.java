package vn.lienthong.refapp.web;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.lienthong.core.dossier.DossierStatus;
import vn.lienthong.core.forms.CatalogueEntry;

/**
 * What the web pages need from the dossier services, kept small so the pages do not depend on how
 * dossiers are stored: file, list a citizen's dossiers, an officer's inbox, one dossier with its
 * history, and the officer actions. {@link WebModule} adapts the app's dossier service to it.
 */
interface DossierDesk {

  /** Files a dossier; the same idempotency key files it once. */
  Filed submit(
      Principal.Citizen citizen,
      CatalogueEntry procedure,
      String commune,
      String formJson,
      List<Upload> attachments,
      String idempotencyKey);

  /** The dossiers a citizen filed, newest first. */
  List<Summary> ofCitizen(Principal.Citizen citizen);

  /** The open dossiers of the officer's communes (computed by the caller for today). */
  List<Summary> inbox(Principal.Staff officer, Set<String> communes, Instant now);

  /** One of the citizen's own dossiers; LT-APP-0404 (or the service's code) otherwise. */
  Detail forCitizen(Principal.Citizen citizen, String code);

  /** A dossier of the officer's communes; LT-APP-0403 (or the service's code) otherwise. */
  Detail forOfficer(Principal.Staff officer, Set<String> communes, String code);

  /** The public look-up: status and due date, the applicant's name masked. */
  Optional<PublicView> lookup(String code);

  /** Answers a supplement request (the citizen's note). */
  Detail answerSupplement(Principal.Citizen citizen, String code, String note);

  /** Performs an officer action (the page has checked the jurisdiction too). */
  Detail act(Principal.Staff officer, String code, Action action, String note);

  /** The signed result of one of the citizen's dossiers, once issued. */
  Optional<Download> result(Principal.Citizen citizen, String code);

  /** What anyone may see of a dossier. */
  record PublicView(
      String code,
      String procedureName,
      String maskedApplicantName,
      DossierStatus status,
      Instant dueAt) {}

  /** A file to download. */
  record Download(String fileName, String mediaType, byte[] content) {}

  /** Officer actions offered on the dossier page. */
  enum Action {
    ACCEPT("Tiếp nhận"),
    REFUSE("Từ chối tiếp nhận"),
    REQUEST_SUPPLEMENT("Yêu cầu bổ sung"),
    PROCESS("Chuyển xử lý"),
    /** The approver's signature on the result (status 4 to 9). */
    APPROVE_AND_SIGN("Phê duyệt và ký số"),
    /** The clerk (văn thư) applies the agency's signature with the red seal (status stays 9). */
    AGENCY_SEAL("Đóng dấu, ký số cơ quan"),
    HAND_OVER("Trả kết quả");

    private final String label;

    Action(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }

  /** An uploaded file that passed inspection. */
  record Upload(String fileName, String mediaType, byte[] content) {}

  /** The answer to a filing. */
  record Filed(String code, Instant dueAt) {}

  /** A dossier in a list. */
  record Summary(
      String code,
      String procedureName,
      String applicantName,
      String commune,
      DossierStatus status,
      Instant receivedAt,
      Instant dueAt) {}

  /** One history line. */
  record Event(Instant at, String actor, String what, String note) {}

  /** A dossier with its history and the actions its status allows. */
  record Detail(
      Summary summary,
      String applicantPersonalId,
      String procedureCode,
      String formJson,
      List<String> attachmentNames,
      List<Event> history,
      Set<Action> allowed,
      boolean resultIssued) {}
}
