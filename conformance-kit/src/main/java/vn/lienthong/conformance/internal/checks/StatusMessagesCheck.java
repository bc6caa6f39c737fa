package vn.lienthong.conformance.internal.checks;

import java.util.List;
import vn.lienthong.conformance.Check;
import vn.lienthong.conformance.CheckContext;
import vn.lienthong.conformance.CheckResult;
import vn.lienthong.conformance.Text;

/**
 * {@code exc.status-messages.sequence} ({@code LT-EXC-002}): the kit sends the target a signed
 * package through its hub and has the target handle it ({@code driveExchangeInbox}); the statuses
 * the hub recorded for it from the target form a complete legal sequence: 01 arrived, then 02
 * refused, or 03 accepted, optionally 04 assigned and 05 in progress, and 06 done. The hub refuses
 * an illegal step (409), so a target sending out of order leaves an incomplete history, and what it
 * claims to have sent differs from what the hub recorded. Stateless and thread-safe.
 */
public final class StatusMessagesCheck implements Check {

  private static final Text EXPECTED =
      new Text(
          "Khi nhận văn bản liên thông, hệ thống gửi thông điệp trạng thái theo đúng trình tự:"
              + " 01 (đã đến), rồi 02 (từ chối, có lý do) hoặc 03 (tiếp nhận), 04, 05 và 06"
              + " (hoàn thành)",
          "on receiving a document the target sends statuses in the legal order: 01 (arrived),"
              + " then 02 (refused, with a reason) or 03 (accepted), 04, 05 and 06 (done)");

  /** Creates the check. */
  public StatusMessagesCheck() {}

  @Override
  public String id() {
    return "exc.status-messages.sequence";
  }

  @Override
  public String requirement() {
    return "LT-EXC-002";
  }

  @Override
  public CheckResult run(CheckContext context) {
    ExchangeScenario s = ExchangeScenario.of(context);
    if (s.stopped != null) {
      return CheckResult.skipped(s.stopped);
    }
    if (s.inboxStopped != null) {
      return CheckResult.skipped(s.inboxStopped);
    }
    List<String> r = s.recorded;
    boolean complete =
        !r.isEmpty()
            && r.get(0).equals("01")
            && (r.get(r.size() - 1).equals("06") || r.get(r.size() - 1).equals("02"));
    String seen = r.isEmpty() ? "—" : String.join("→", r);
    String claimed = s.claimed.isEmpty() ? "—" : String.join("→", s.claimed);
    if (!complete || !s.claimed.equals(r)) {
      return CheckResult.failed(
          EXPECTED,
          "Trục liên thông ghi nhận trạng thái "
              + seen
              + " cho văn bản thử; hệ thống cho biết đã gửi "
              + claimed
              + (s.claimed.equals(r) ? "" : " (trục từ chối các bước sai trình tự)"),
          "the hub recorded "
              + seen
              + " for the kit's document; the target says it sent "
              + claimed
              + (s.claimed.equals(r) ? "" : " (the hub refused the steps out of order)"),
          s.evidence);
    }
    return CheckResult.passed("statuses " + seen + " for the kit's document", s.evidence);
  }
}
