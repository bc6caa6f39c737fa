package vn.lienthong.conformance.internal.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BiFunction;
import vn.lienthong.conformance.Check;
import vn.lienthong.conformance.CheckContext;
import vn.lienthong.conformance.CheckResult;
import vn.lienthong.conformance.Text;
import vn.lienthong.core.dossier.DossierStatus;

/**
 * The checks judging the shared {@link Walkthrough} of one dossier through the Commune API: the
 * receipt and status answers against the contract, routing to the competent commune, the supplement
 * round, the signed result, the legal status sequence and the audit trail. Stateless and
 * thread-safe.
 */
public final class WalkthroughCheck implements Check {

  /** What each check judges. */
  public enum Kind {
    /** {@code LT-API-001}. */
    RECEIVE_SCHEMA("api.receive.conforms-to-schema", "LT-API-001", WalkthroughCheck::receive),
    /** {@code LT-API-002}. */
    ROUTING("api.receive.routes-to-competent-commune", "LT-API-002", WalkthroughCheck::routing),
    /** {@code LT-API-003}. */
    STATUS_SCHEMA("api.status.conforms-to-schema", "LT-API-003", WalkthroughCheck::status),
    /** {@code LT-API-004}. */
    SUPPLEMENT(
        "api.supplement.resumes-and-moves-due-date", "LT-API-004", WalkthroughCheck::supplement),
    /** {@code LT-API-005}. */
    RESULT("api.result.returns-signed-pdf", "LT-API-005", WalkthroughCheck::result),
    /** {@code LT-LIFE-001}. */
    LEGAL_SEQUENCE(
        "life.portal-updates.legal-sequence", "LT-LIFE-001", WalkthroughCheck::legalSequence),
    /** {@code LT-AUD-001}. */
    AUDIT("aud.trail.matches-history", "LT-AUD-001", WalkthroughCheck::audit);

    private final String id;
    private final String requirement;
    private final BiFunction<Walkthrough, CheckContext, CheckResult> judge;

    Kind(String id, String requirement, BiFunction<Walkthrough, CheckContext, CheckResult> judge) {
      this.id = id;
      this.requirement = requirement;
      this.judge = judge;
    }
  }

  private final Kind kind;

  /**
   * Creates the check of one kind.
   *
   * @param kind the kind
   */
  public WalkthroughCheck(Kind kind) {
    this.kind = kind;
  }

  @Override
  public String id() {
    return kind.id;
  }

  @Override
  public String requirement() {
    return kind.requirement;
  }

  @Override
  public CheckResult run(CheckContext context) {
    return kind.judge.apply(Walkthrough.of(context), context);
  }

  // --- judges ---

  private static final Text RECEIVE_EXPECTED =
      new Text(
          "Tiếp nhận hồ sơ nộp qua Cổng: trả 201 với biên nhận đúng lược đồ Commune API"
              + " (receiveDossier)",
          "a filing from the portal answers 201 with a receipt conforming to the Commune API"
              + " (receiveDossier)");

  private static CheckResult receive(Walkthrough w, CheckContext context) {
    CommuneApi.Call c = w.calls.get(Walkthrough.RECEIVE);
    if (c == null) {
      return missing(w, RECEIVE_EXPECTED);
    }
    List<String> sent = c.requestViolations();
    if (!sent.isEmpty()) {
      return CheckResult.error("the kit's own filing breaks the contract: " + sent, List.of());
    }
    if (c.status() != 201) {
      return CheckResult.failed(
          RECEIVE_EXPECTED,
          "Mã trạng thái HTTP " + c.status() + " (cần 201)",
          "HTTP " + c.status() + " (expected 201)",
          w.evidence(Walkthrough.RECEIVE));
    }
    return conforms(c, RECEIVE_EXPECTED, w.evidence(Walkthrough.RECEIVE));
  }

  private static final Text ROUTING_EXPECTED =
      new Text(
          "Hồ sơ nộp tại một xã được chuyển đến xã có thẩm quyền giải quyết (Nghị định"
              + " 118/2025/NĐ-CP: tiếp nhận không phụ thuộc địa giới hành chính)",
          "a dossier received at one commune's office is routed to the competent commune");

  private static CheckResult routing(Walkthrough w, CheckContext context) {
    CommuneApi.Call c = w.calls.get(Walkthrough.STATUS);
    if (c == null) {
      return missing(w, ROUTING_EXPECTED);
    }
    CommuneApi api = new CommuneApi(context);
    String competent = c.json().path("competentCommune").asText("");
    String receiving = c.json().path("receivingOffice").asText("");
    if (c.status() != 200
        || !competent.equals(api.competent())
        || !receiving.equals(api.receiving())) {
      return CheckResult.failed(
          ROUTING_EXPECTED,
          "Nộp tại xã "
              + api.receiving()
              + " cho xã "
              + api.competent()
              + "; hệ thống trả (HTTP "
              + c.status()
              + ") xã có thẩm quyền '"
              + Checks.cut(competent, 20)
              + "', nơi tiếp nhận '"
              + Checks.cut(receiving, 20)
              + "'",
          "filed at "
              + api.receiving()
              + " for "
              + api.competent()
              + "; the target answered (HTTP "
              + c.status()
              + ") competent '"
              + Checks.cut(competent, 20)
              + "', receiving office '"
              + Checks.cut(receiving, 20)
              + "'",
          w.evidence(Walkthrough.RECEIVE, Walkthrough.STATUS));
    }
    return CheckResult.passed(
        "competent " + competent + ", received at " + receiving,
        w.evidence(Walkthrough.RECEIVE, Walkthrough.STATUS));
  }

  private static final Text STATUS_EXPECTED =
      new Text(
          "Tra cứu theo mã hồ sơ trả 200 đúng lược đồ (getDossier), cùng mã và trạng thái với"
              + " biên nhận",
          "the status query by code answers 200 conforming to getDossier, with the receipt's code"
              + " and status");

  private static CheckResult status(Walkthrough w, CheckContext context) {
    CommuneApi.Call c = w.calls.get(Walkthrough.STATUS);
    CommuneApi.Call receipt = w.calls.get(Walkthrough.RECEIVE);
    if (c == null || receipt == null) {
      return missing(w, STATUS_EXPECTED);
    }
    if (c.status() != 200) {
      return CheckResult.failed(
          STATUS_EXPECTED,
          "Mã trạng thái HTTP " + c.status() + " (cần 200)",
          "HTTP " + c.status() + " (expected 200)",
          w.evidence(Walkthrough.STATUS));
    }
    JsonNode r = receipt.json();
    JsonNode v = c.json();
    if (!v.path("dossierCode").asText("").equals(r.path("dossierCode").asText())
        || v.path("status").asInt(-1) != r.path("status").asInt(-2)) {
      return CheckResult.failed(
          STATUS_EXPECTED,
          "Biên nhận: mã "
              + Checks.cut(r.path("dossierCode").asText(""), 40)
              + " trạng thái "
              + r.path("status").asText("")
              + "; tra cứu: mã "
              + Checks.cut(v.path("dossierCode").asText(""), 40)
              + " trạng thái "
              + v.path("status").asText(""),
          "receipt: "
              + Checks.cut(r.path("dossierCode").asText(""), 40)
              + " status "
              + r.path("status").asText("")
              + "; query: "
              + Checks.cut(v.path("dossierCode").asText(""), 40)
              + " status "
              + v.path("status").asText(""),
          w.evidence(Walkthrough.RECEIVE, Walkthrough.STATUS));
    }
    return conforms(c, STATUS_EXPECTED, w.evidence(Walkthrough.STATUS));
  }

  private static final Text SUPPLEMENT_EXPECTED =
      new Text(
          "Khi công dân bổ sung hồ sơ đang chờ bổ sung (5): hồ sơ trở lại đang xử lý (4), yêu"
              + " cầu bổ sung được đóng, hạn giải quyết không sớm hơn trước (thời gian chờ bổ sung"
              + " không tính vào thời hạn); phản hồi đúng lược đồ (deliverSupplement)",
          "delivering the supplement of a dossier awaiting it (5) resumes processing (4), closes"
              + " the request and keeps the due date no earlier than before (waiting time not"
              + " counted); the answer conforms to deliverSupplement");

  private static CheckResult supplement(Walkthrough w, CheckContext context) {
    CommuneApi.Call before = w.calls.get(Walkthrough.BEFORE_SUPPLEMENT);
    CommuneApi.Call after = w.calls.get(Walkthrough.SUPPLEMENT);
    if (before == null || after == null) {
      return missing(w, SUPPLEMENT_EXPECTED);
    }
    List<vn.lienthong.conformance.HttpExchange> evidence =
        w.evidence(
            Walkthrough.REQUEST_SUPPLEMENT, Walkthrough.BEFORE_SUPPLEMENT, Walkthrough.SUPPLEMENT);
    int waiting = before.json().path("status").asInt(-1);
    int resumed = after.json().path("status").asInt(-1);
    if (waiting != 5 || resumed != 4) {
      return CheckResult.failed(
          SUPPLEMENT_EXPECTED,
          "Trạng thái trước khi bổ sung "
              + waiting
              + " (cần 5), sau khi bổ sung "
              + resumed
              + " (cần 4)",
          "status before the supplement "
              + waiting
              + " (expected 5), after "
              + resumed
              + " (expected 4)",
          evidence);
    }
    JsonNode requests = after.json().path("supplementRequests");
    JsonNode last =
        requests.isArray() && requests.size() > 0 ? requests.get(requests.size() - 1) : null;
    if (last == null || last.path("open").asBoolean(true)) {
      return CheckResult.failed(
          SUPPLEMENT_EXPECTED,
          "Yêu cầu bổ sung vẫn mở sau khi đã bổ sung",
          "the supplement request is still open after the delivery",
          evidence);
    }
    try {
      OffsetDateTime dueBefore = OffsetDateTime.parse(before.json().path("dueAt").asText(""));
      OffsetDateTime dueAfter = OffsetDateTime.parse(after.json().path("dueAt").asText(""));
      if (dueAfter.isBefore(dueBefore)) {
        return CheckResult.failed(
            SUPPLEMENT_EXPECTED,
            "Hạn giải quyết bị kéo sớm lại: " + dueBefore + " → " + dueAfter,
            "the due date moved earlier: " + dueBefore + " -> " + dueAfter,
            evidence);
      }
    } catch (DateTimeParseException e) {
      return CheckResult.failed(
          SUPPLEMENT_EXPECTED,
          "Hạn giải quyết (dueAt) không đúng định dạng RFC 3339",
          "dueAt is not an RFC 3339 date-time",
          evidence);
    }
    return conforms(after, SUPPLEMENT_EXPECTED, evidence);
  }

  private static final Text RESULT_EXPECTED =
      new Text(
          "Hồ sơ đã có kết quả (9) trả kết quả là tệp PDF đã ký số, đúng lược đồ (getResult), mã"
              + " băm SHA-256 khớp nội dung",
          "a dossier with its result (9) returns a signed PDF conforming to getResult, whose"
              + " SHA-256 matches the content");

  private static CheckResult result(Walkthrough w, CheckContext context) {
    CommuneApi.Call c = w.calls.get(Walkthrough.RESULT);
    if (c == null) {
      return missing(w, RESULT_EXPECTED);
    }
    List<vn.lienthong.conformance.HttpExchange> evidence =
        w.evidence(Walkthrough.SIGN, Walkthrough.RESULT);
    if (c.status() != 200) {
      return CheckResult.failed(
          RESULT_EXPECTED,
          "Mã trạng thái HTTP " + c.status() + " (cần 200)",
          "HTTP " + c.status() + " (expected 200)",
          evidence);
    }
    List<String> violations = c.responseViolations();
    if (!violations.isEmpty()) {
      return nonConforming(RESULT_EXPECTED, violations, evidence);
    }
    byte[] pdf;
    try {
      pdf = Base64.getDecoder().decode(c.json().path("contentBase64").asText(""));
    } catch (IllegalArgumentException e) {
      return CheckResult.failed(
          RESULT_EXPECTED,
          "contentBase64 không giải mã được",
          "contentBase64 is not base64",
          evidence);
    }
    String sha = sha256(pdf);
    String declared = c.json().path("file").path("sha256").asText("");
    String head = new String(pdf, 0, Math.min(pdf.length, 5), StandardCharsets.ISO_8859_1);
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    if (!head.equals("%PDF-")) {
      return CheckResult.failed(
          RESULT_EXPECTED, "Nội dung kết quả không phải PDF", "the result is not a PDF", evidence);
    }
    if (!sha.equals(declared)) {
      return CheckResult.failed(
          RESULT_EXPECTED,
          "SHA-256 khai báo " + Checks.cut(declared, 64) + " khác SHA-256 nội dung " + sha,
          "declared SHA-256 " + Checks.cut(declared, 64) + " differs from the content's " + sha,
          evidence);
    }
    if (!text.contains("/ByteRange") || !text.contains("/Contents")) {
      return CheckResult.failed(
          RESULT_EXPECTED,
          "Tệp PDF kết quả không có chữ ký số",
          "the result PDF carries no signature",
          evidence);
    }
    return CheckResult.passed("signed PDF, " + pdf.length + " bytes, SHA-256 " + sha, evidence);
  }

  private static final Text SEQUENCE_EXPECTED =
      new Text(
          "Lịch sử trạng thái chỉ gồm các bước chuyển hợp lệ của bộ mã trạng thái quốc gia,"
              + " liền mạch (mỗi bước bắt đầu từ trạng thái bước trước kết thúc)",
          "the status history holds only legal transitions of the national codes, each starting"
              + " where the previous one ended");

  private static CheckResult legalSequence(Walkthrough w, CheckContext context) {
    CommuneApi.Call c = w.calls.get(Walkthrough.FINAL);
    if (c == null) {
      c =
          w.calls.get(
              w.calls.containsKey(Walkthrough.SUPPLEMENT)
                  ? Walkthrough.SUPPLEMENT
                  : Walkthrough.STATUS);
    }
    if (c == null || !c.json().path("history").isArray()) {
      return missing(w, SEQUENCE_EXPECTED);
    }
    List<vn.lienthong.conformance.HttpExchange> evidence = List.of(c.exchange());
    StringBuilder seen = new StringBuilder();
    int previous = -1;
    for (JsonNode h : c.json().path("history")) {
      int from = h.path("from").asInt(-1);
      int to = h.path("to").asInt(-1);
      seen.append(from).append("→").append(to).append(' ');
      String problem = null;
      if (previous != -1 && from != previous) {
        problem = "bước " + from + "→" + to + " không nối tiếp trạng thái " + previous;
      } else if (!legal(from, to)) {
        problem = "bước " + from + "→" + to + " không hợp lệ";
      }
      if (problem != null) {
        return CheckResult.failed(
            SEQUENCE_EXPECTED,
            "Lịch sử: " + seen.toString().trim() + " — " + problem,
            "history: " + seen.toString().trim() + " - illegal or broken step " + from + "->" + to,
            evidence);
      }
      previous = to;
    }
    return CheckResult.passed("history " + seen.toString().trim(), evidence);
  }

  private static boolean legal(int from, int to) {
    try {
      return DossierStatus.ofPortalCode(from).canMoveTo(DossierStatus.ofPortalCode(to));
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static final Text AUDIT_EXPECTED =
      new Text(
          "Nhật ký kiểm tra của hồ sơ đúng lược đồ (getAuditEvidence), chuỗi băm liền mạch và"
              + " nguyên vẹn, có ít nhất một sự kiện cho mỗi bước trong lịch sử hồ sơ",
          "the dossier's audit trail conforms to getAuditEvidence, its hash chain links and is"
              + " intact, with at least one event per history step");

  private static CheckResult audit(Walkthrough w, CheckContext context) {
    CommuneApi.Call c = w.calls.get(Walkthrough.AUDIT);
    CommuneApi.Call dossier = w.calls.get(Walkthrough.FINAL);
    if (c == null || dossier == null) {
      return missing(w, AUDIT_EXPECTED);
    }
    List<vn.lienthong.conformance.HttpExchange> evidence =
        w.evidence(Walkthrough.AUDIT, Walkthrough.FINAL);
    if (c.status() != 200) {
      return CheckResult.failed(
          AUDIT_EXPECTED,
          "Mã trạng thái HTTP " + c.status() + " (cần 200)",
          "HTTP " + c.status() + " (expected 200)",
          evidence);
    }
    List<String> violations = c.responseViolations();
    if (!violations.isEmpty()) {
      return nonConforming(AUDIT_EXPECTED, violations, evidence);
    }
    JsonNode events = c.json().path("events");
    String previous = null;
    for (JsonNode e : events) {
      if (previous != null && !previous.equals(e.path("previousHash").asText())) {
        return CheckResult.failed(
            AUDIT_EXPECTED,
            "Sự kiện số " + e.path("seq").asText() + " không nối với sự kiện trước (previousHash)",
            "event " + e.path("seq").asText() + " does not link to the previous one",
            evidence);
      }
      previous = e.path("hash").asText();
    }
    int history = dossier.json().path("history").size();
    if (!c.json().path("intact").asBoolean(false) || events.size() < history) {
      return CheckResult.failed(
          AUDIT_EXPECTED,
          "intact="
              + c.json().path("intact").asText()
              + ", "
              + events.size()
              + " sự kiện cho "
              + history
              + " bước trong lịch sử",
          "intact="
              + c.json().path("intact").asText()
              + ", "
              + events.size()
              + " events for "
              + history
              + " history steps",
          evidence);
    }
    return CheckResult.passed(
        events.size() + " linked events for " + history + " history steps", evidence);
  }

  // --- helpers ---

  private static CheckResult conforms(
      CommuneApi.Call c, Text expected, List<vn.lienthong.conformance.HttpExchange> evidence) {
    List<String> violations = c.responseViolations();
    return violations.isEmpty()
        ? CheckResult.passed("HTTP " + c.status() + ", conforms to " + c.operation, evidence)
        : nonConforming(expected, violations, evidence);
  }

  private static CheckResult nonConforming(
      Text expected,
      List<String> violations,
      List<vn.lienthong.conformance.HttpExchange> evidence) {
    String list = String.join("; ", violations);
    return CheckResult.failed(
        expected,
        "Phản hồi không đúng lược đồ Commune API: " + list,
        "the answer breaks the Commune API contract: " + list,
        evidence);
  }

  private static CheckResult missing(Walkthrough w, Text expected) {
    Text why =
        w.stopped == null
            ? new Text("Kịch bản không tới được bước này", "the scenario did not reach this step")
            : w.stopped;
    if (w.undriven()) {
      return CheckResult.skipped(why);
    }
    if (why.en().startsWith(Walkthrough.UNREACHABLE)) {
      return CheckResult.error(why.en(), w.evidence(Walkthrough.RECEIVE));
    }
    return CheckResult.failed(expected, why.vi(), why.en(), w.evidence(Walkthrough.RECEIVE));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
