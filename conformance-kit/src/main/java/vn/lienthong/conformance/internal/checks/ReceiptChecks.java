package vn.lienthong.conformance.internal.checks;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import vn.lienthong.conformance.Check;
import vn.lienthong.conformance.CheckContext;
import vn.lienthong.conformance.CheckResult;
import vn.lienthong.conformance.HttpExchange;
import vn.lienthong.conformance.Text;
import vn.lienthong.core.LienThongException;
import vn.lienthong.core.calendar.WorkingCalendar;
import vn.lienthong.core.forms.CatalogueEntry;
import vn.lienthong.core.forms.ProcedureCatalogue;
import vn.lienthong.core.id.DossierCode;
import vn.lienthong.core.id.ProcedureCode;

/**
 * Checks on the receipt of the shared {@link Walkthrough}'s filing: the due date against sdk-core's
 * {@link WorkingCalendar} and the procedure catalogue's deadline ({@code LT-LIFE-004}), and the
 * dossier code against the default {@code {agency}-{yyMMdd}-{seq:4}} layout with the receipt date
 * ({@code LT-LIFE-005}). Stateless and thread-safe.
 */
public final class ReceiptChecks implements Check {

  private static final WorkingCalendar CALENDAR = WorkingCalendar.create();

  private final boolean dueDate;

  /**
   * Creates the due-date check or the dossier-code check.
   *
   * @param dueDate true for {@code life.due-date.working-days}, false for {@code
   *     life.dossier-code.pattern}
   */
  public ReceiptChecks(boolean dueDate) {
    this.dueDate = dueDate;
  }

  @Override
  public String id() {
    return dueDate ? "life.due-date.working-days" : "life.dossier-code.pattern";
  }

  @Override
  public String requirement() {
    return dueDate ? "LT-LIFE-004" : "LT-LIFE-005";
  }

  private static final Text DUE_EXPECTED =
      new Text(
          "Ngày hẹn trả trên biên nhận bằng ngày tính theo ngày làm việc (lịch làm việc của"
              + " sdk-core: trừ thứ Bảy, Chủ nhật, nghỉ lễ, Tết, nghỉ bù; nộp ngoài giờ tính từ"
              + " ngày làm việc tiếp theo) với thời hạn giải quyết của thủ tục",
          "the receipt's due date equals the procedure's deadline counted in working days"
              + " (sdk-core WorkingCalendar)");

  private static final Text CODE_EXPECTED =
      new Text(
          "Mã hồ sơ gồm mã đơn vị, ngày tiếp nhận (yyMMdd, giờ Việt Nam) và số thứ tự trong ngày",
          "the dossier code is the agency code, the receipt date (yyMMdd, Viet Nam time) and the"
              + " daily sequence number");

  @Override
  public CheckResult run(CheckContext context) {
    Walkthrough w = Walkthrough.of(context);
    Optional<CommuneApi.Call> receipt = w.call(Walkthrough.RECEIVE);
    if (receipt.isEmpty() || w.code == null) {
      Text why =
          w.stopped == null
              ? new Text("Không tiếp nhận được hồ sơ", "no dossier was received")
              : w.stopped;
      return CheckResult.skipped(why);
    }
    List<HttpExchange> evidence = List.of(receipt.get().exchange());
    OffsetDateTime received;
    OffsetDateTime due;
    try {
      received = OffsetDateTime.parse(receipt.get().json().path("receivedAt").asText(""));
      due = OffsetDateTime.parse(receipt.get().json().path("dueAt").asText(""));
    } catch (DateTimeParseException e) {
      return CheckResult.failed(
          dueDate ? DUE_EXPECTED : CODE_EXPECTED,
          "receivedAt hoặc dueAt không đúng định dạng RFC 3339",
          "receivedAt or dueAt is not an RFC 3339 date-time",
          evidence);
    }
    return dueDate ? due(received, due, evidence) : code(w.code, received, evidence);
  }

  private static CheckResult due(
      OffsetDateTime received, OffsetDateTime due, List<HttpExchange> evidence) {
    Optional<CatalogueEntry> entry =
        ProcedureCatalogue.bundled().find(ProcedureCode.parse(CommuneApi.PROCEDURE));
    if (entry.isEmpty()) {
      return CheckResult.error("procedure " + CommuneApi.PROCEDURE + " not catalogued", evidence);
    }
    ZonedDateTime expected = CALENDAR.dueAt(received.toInstant(), entry.get().deadline());
    LocalDate seen = due.atZoneSameInstant(WorkingCalendar.ZONE).toLocalDate();
    if (!seen.equals(expected.toLocalDate())) {
      return CheckResult.failed(
          DUE_EXPECTED,
          "Tiếp nhận "
              + received
              + ", thời hạn "
              + entry.get().deadline().workingDays()
              + " ngày làm việc: hẹn trả "
              + seen
              + " (cần "
              + expected.toLocalDate()
              + ")",
          "received "
              + received
              + ", deadline "
              + entry.get().deadline().workingDays()
              + " working days: due "
              + seen
              + " (expected "
              + expected.toLocalDate()
              + ")",
          evidence);
    }
    return CheckResult.passed("due " + seen + " as the working calendar says", evidence);
  }

  private static CheckResult code(
      String raw, OffsetDateTime received, List<HttpExchange> evidence) {
    LocalDate day = received.atZoneSameInstant(WorkingCalendar.ZONE).toLocalDate();
    DossierCode code;
    try {
      code = DossierCode.parse(raw);
    } catch (LienThongException e) {
      return CheckResult.failed(
          CODE_EXPECTED,
          "Mã hồ sơ '"
              + Checks.cut(raw, 64)
              + "' không theo cấu trúc {mã đơn vị}-{yyMMdd}-{số thứ tự}",
          "the code '" + Checks.cut(raw, 64) + "' does not follow {agency}-{yyMMdd}-{seq:4}",
          evidence);
    }
    if (!code.receiptDate().equals(day)) {
      return CheckResult.failed(
          CODE_EXPECTED,
          "Ngày trong mã hồ sơ " + code.receiptDate() + " khác ngày tiếp nhận " + day,
          "the code's date " + code.receiptDate() + " differs from the receipt date " + day,
          evidence);
    }
    return CheckResult.passed("code " + raw + " (agency, " + day + ", sequence)", evidence);
  }
}
