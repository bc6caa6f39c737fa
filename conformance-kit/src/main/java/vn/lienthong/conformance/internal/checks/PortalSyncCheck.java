package vn.lienthong.conformance.internal.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.lienthong.conformance.Check;
import vn.lienthong.conformance.CheckContext;
import vn.lienthong.conformance.CheckResult;
import vn.lienthong.conformance.Text;
import vn.lienthong.core.dossier.PortalCodes;
import vn.lienthong.sandbox.portal.SandboxPortal;

/**
 * The checks comparing the {@link Walkthrough}'s dossier with what the kit's sandbox portal
 * received ({@link PortalScenario}): every status change synced, the fields in the portal's
 * formats, and the updates in the order they happened. Stateless and thread-safe.
 */
public final class PortalSyncCheck implements Check {

  /** What each check judges. */
  public enum Kind {
    /** {@code LT-LIFE-002}: each status of the history reached the portal. */
    EVERY_CHANGE(
        "life.portal-updates.every-change-synced", "LT-LIFE-002", PortalSyncCheck::everyChange),
    /** {@code LT-LIFE-002}: codes and dates as the portal expects them. */
    FIELD_FORMATS("life.portal-updates.field-formats", "LT-LIFE-002", PortalSyncCheck::formats),
    /** {@code LT-LIFE-003}: updates of the dossier in the order they happened. */
    ORDERED("life.portal-updates.ordered-per-dossier", "LT-LIFE-003", PortalSyncCheck::ordered);

    private final String id;
    private final String requirement;
    private final Function<PortalScenario, CheckResult> judge;

    Kind(String id, String requirement, Function<PortalScenario, CheckResult> judge) {
      this.id = id;
      this.requirement = requirement;
      this.judge = judge;
    }
  }

  /** The most problems listed in one observation. */
  static final int MAX_PROBLEMS = 5;

  private final Kind kind;

  /**
   * Creates the check of one kind.
   *
   * @param kind the kind
   */
  public PortalSyncCheck(Kind kind) {
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
    PortalScenario s = PortalScenario.of(context);
    CheckResult unjudged = s.unjudged;
    return unjudged != null ? unjudged : kind.judge.apply(s);
  }

  // --- every change ---

  private static final Text EVERY_CHANGE_EXPECTED =
      new Text(
          "Mỗi trạng thái của hồ sơ (khi tiếp nhận và sau mỗi bước xử lý) được gửi lên Cổng Dịch"
              + " vụ công (DongBoHoSoMC hoặc CapNhatTienDoHoSoMC) với đúng mã hồ sơ",
          "each status of the dossier (on receipt and after each step) reaches the portal"
              + " (DongBoHoSoMC or CapNhatTienDoHoSoMC) under the dossier's code");

  private static CheckResult everyChange(PortalScenario s) {
    List<Integer> missing = PortalRecords.missing(s.expected, PortalRecords.statuses(s.entries));
    if (!missing.isEmpty()) {
      return CheckResult.failed(
          EVERY_CHANGE_EXPECTED,
          "Hồ sơ "
              + s.code
              + " có các trạng thái "
              + s.expectedText()
              + "; sau "
              + s.waited.toSeconds()
              + " giây chờ, Cổng chỉ nhận được "
              + s.receivedText()
              + " — thiếu "
              + PortalScenario.join(missing),
          "dossier "
              + s.code
              + " went through "
              + s.expectedText()
              + "; after waiting "
              + s.waited.toSeconds()
              + " s the portal received "
              + s.receivedText()
              + ", missing "
              + PortalScenario.join(missing),
          PortalRecords.evidence(s.entries, s.code));
    }
    return CheckResult.passed(
        s.expected.size()
            + " statuses ("
            + s.expectedText()
            + ") in "
            + s.entries.size()
            + " portal messages",
        PortalRecords.evidence(s.entries, s.code));
  }

  // --- field formats ---

  private static final Text FORMATS_EXPECTED =
      new Text(
          "Các bản cập nhật mang đúng mã hồ sơ, mã thủ tục, kênh nộp; ngày theo định dạng"
              + " yyyyMMddHHmmss giờ Việt Nam (Asia/Ho_Chi_Minh): ngày tiếp nhận và ngày hẹn trả"
              + " khớp với biên nhận của Commune API; Cổng không từ chối dữ liệu",
          "the updates carry the dossier, procedure and channel codes; dates as yyyyMMddHHmmss"
              + " in Viet Nam time (Asia/Ho_Chi_Minh): receipt and due dates matching the Commune"
              + " API receipt; the portal refuses no data");

  private static CheckResult formats(PortalScenario s) {
    if (s.entries.isEmpty()) {
      return CheckResult.failed(
          FORMATS_EXPECTED,
          "Cổng không nhận được bản cập nhật nào của hồ sơ " + s.code,
          "the portal received no update of dossier " + s.code,
          List.of());
    }
    List<String> vi = new ArrayList<>();
    List<String> en = new ArrayList<>();
    String received = s.receivedAt == null ? null : PortalCodes.formatDate(s.receivedAt);
    String due = s.dueAt == null ? null : PortalCodes.formatDate(s.dueAt);
    for (PortalRecords.Entry e : s.entries) {
      String at = "#" + e.sequence() + " ";
      if (SandboxPortal.INVALID_DATA.equals(e.errorCode())) {
        vi.add(at + "Cổng từ chối dữ liệu (error_code " + e.errorCode() + ")");
        en.add(at + "the portal refused the data (error_code " + e.errorCode() + ")");
      }
      if (e.status() < 1 || e.status() > 10) {
        vi.add(at + "mã trạng thái không thuộc bộ mã 1-10");
        en.add(at + "status is not one of the codes 1-10");
      }
      JsonNode d = e.data();
      if (e.sync()) {
        same(vi, en, at, "MaTTHC", d, CommuneApi.PROCEDURE);
        same(vi, en, at, "KenhThucHien", d, "2");
        same(vi, en, at, "LoaiDoiTuong", d, "1");
        same(vi, en, at, "NgayTiepNhan", d, received);
        if (e.status() == 1) {
          same(vi, en, at, "NgayHenTra", d, due);
        }
        date(vi, en, at, "NgayHenTra", d, received);
        date(vi, en, at, "NgayTra", d, received);
      } else {
        date(vi, en, at, "ThoiDiemXuLy", d, received);
        date(vi, en, at, "NgayHenTra", d, received);
      }
    }
    if (!vi.isEmpty()) {
      return CheckResult.failed(
          FORMATS_EXPECTED,
          "Hồ sơ " + s.code + ": " + String.join("; ", first(vi)),
          "dossier " + s.code + ": " + String.join("; ", first(en)),
          PortalRecords.evidence(s.entries, s.code));
    }
    return CheckResult.passed(
        s.entries.size() + " portal messages, received " + received + ", first due " + due,
        PortalRecords.evidence(s.entries, s.code));
  }

  private static List<String> first(List<String> problems) {
    return problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems;
  }

  private static void same(
      List<String> vi,
      List<String> en,
      String at,
      String field,
      JsonNode d,
      @Nullable String expected) {
    if (expected == null) {
      return;
    }
    String seen = d.path(field).asText("");
    if (!seen.equals(expected)) {
      vi.add(at + field + " là '" + Checks.cut(seen, 20) + "', cần '" + expected + "'");
      en.add(at + field + " is '" + Checks.cut(seen, 20) + "', expected '" + expected + "'");
    }
  }

  /** An optional date field: a valid portal date, not before the receipt. */
  private static void date(
      List<String> vi,
      List<String> en,
      String at,
      String field,
      JsonNode d,
      @Nullable String received) {
    if (!d.has(field)) {
      return;
    }
    String seen = d.path(field).asText("");
    Instant parsed = null;
    try {
      parsed = PortalCodes.parseDate(seen);
    } catch (RuntimeException ex) {
      vi.add(at + field + " '" + Checks.cut(seen, 20) + "' không theo định dạng yyyyMMddHHmmss");
      en.add(at + field + " '" + Checks.cut(seen, 20) + "' is not yyyyMMddHHmmss");
    }
    if (parsed != null && received != null && seen.compareTo(received) < 0) {
      vi.add(at + field + " " + seen + " sớm hơn ngày tiếp nhận " + received);
      en.add(at + field + " " + seen + " is before the receipt " + received);
    }
  }

  // --- order ---

  private static final Text ORDERED_EXPECTED =
      new Text(
          "Các bản cập nhật của một hồ sơ đến Cổng theo đúng thứ tự phát sinh: trạng thái trong"
              + " các thông điệp đi theo lịch sử hồ sơ, không quay lại trạng thái cũ",
          "updates of one dossier reach the portal in the order they happened: the statuses in"
              + " the messages follow the dossier's history and never go back");

  private static CheckResult ordered(PortalScenario s) {
    List<Integer> seen = PortalRecords.statuses(s.entries);
    int i = 0;
    for (int k = 0; k < seen.size(); k++) {
      int found = -1;
      for (int j = i; j < s.expected.size(); j++) {
        if (s.expected.get(j).equals(seen.get(k))) {
          found = j;
          break;
        }
      }
      if (found < 0) {
        return CheckResult.failed(
            ORDERED_EXPECTED,
            "Lịch sử hồ sơ "
                + s.expectedText()
                + "; Cổng nhận theo thứ tự "
                + s.receivedText()
                + " — trạng thái "
                + seen.get(k)
                + " (thông điệp thứ "
                + (k + 1)
                + ") đến sau trạng thái "
                + s.expected.get(i)
                + " phát sinh sau nó",
            "history "
                + s.expectedText()
                + "; the portal received "
                + s.receivedText()
                + ": status "
                + seen.get(k)
                + " (message "
                + (k + 1)
                + ") arrived after status "
                + s.expected.get(i)
                + " which came later",
            PortalRecords.evidence(s.entries, s.code));
      }
      i = found;
    }
    return CheckResult.passed(
        "portal received " + s.receivedText() + " for history " + s.expectedText(),
        PortalRecords.evidence(s.entries, s.code));
  }
}
