package vn.lienthong.conformance.internal.checks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.lienthong.conformance.Check;
import vn.lienthong.conformance.CheckContext;
import vn.lienthong.conformance.CheckResult;
import vn.lienthong.conformance.HttpExchange;
import vn.lienthong.conformance.Text;
import vn.lienthong.sandbox.Sandbox;
import vn.lienthong.sandbox.lgsp.FaultSettings;
import vn.lienthong.sandbox.lgsp.NationalService;
import vn.lienthong.sandbox.lgsp.SandboxLgsp;
import vn.lienthong.sandbox.portal.SandboxPortal;

/**
 * {@code life.portal-updates.retries-reuse-message-id} ({@code LT-LIFE-003}): the kit drops every
 * connection to its sandbox portal (before or after the portal processed the message), files a
 * dossier, and once the portal has processed the target's first update while the target saw only a
 * dropped connection, brings the portal back. The target's retry must carry the same message id
 * ({@code LT-Id}), which the portal answers from its replay store; a retry under a new id shows as
 * a second message for the same update. Stateless and thread-safe.
 */
public final class PortalRetryCheck implements Check {

  /** The seed of the dropped connections, so runs see the same faults. */
  static final long SEED = 7;

  private static final Text EXPECTED =
      new Text(
          "Khi kết nối tới Cổng bị ngắt sau khi Cổng đã xử lý thông điệp, hệ thống gửi lại với"
              + " cùng mã thông điệp (LT-Id) để Cổng loại trùng; không gửi lại dưới mã mới",
          "when the connection to the portal drops after the portal processed a message, the"
              + " target retries with the same message id (LT-Id) so the portal drops the"
              + " duplicate; never under a new id");

  @Override
  public String id() {
    return "life.portal-updates.retries-reuse-message-id";
  }

  @Override
  public String requirement() {
    return "LT-LIFE-003";
  }

  @Override
  public CheckResult run(CheckContext context) {
    Sandbox sandbox = context.runningSandbox().orElse(null);
    if (sandbox == null) {
      return CheckResult.skipped(PortalRecords.NEEDS_SANDBOX);
    }
    SandboxLgsp lgsp = sandbox.lgsp();
    SandboxPortal portal = sandbox.portal();
    Duration wait = PortalRecords.portalWait(context);
    CommuneApi api = new CommuneApi(context);
    FaultSettings before = lgsp.faults(NationalService.PORTAL);
    long replaysBefore = portal.redeliveries();
    CommuneApi.Call filed;
    boolean processedWhileDropping;
    try {
      lgsp.faults(NationalService.PORTAL, FaultSettings.builder().dropRate(1.0).seed(SEED).build());
      filed = api.file(api.filing(), CommuneApi.newMessageId(), UUID.randomUUID().toString());
      String code = filed.json().path("dossierCode").asText("");
      if (filed.status() != 201 && filed.status() != 200 || code.isEmpty()) {
        return CheckResult.error(
            "the target did not receive the dossier (HTTP " + filed.status() + ")",
            List.of(filed.exchange()));
      }
      processedWhileDropping = PortalRecords.await(() -> !portal.received(code).isEmpty(), wait);
    } finally {
      lgsp.faults(NationalService.PORTAL, before);
    }
    String code = filed.json().path("dossierCode").asText();
    // after the drops: a retry with the same id is answered from the replay store; one under a
    // new id is processed again
    PortalRecords.await(
        () ->
            portal.redeliveries() > replaysBefore && !portal.received(code).isEmpty()
                || portal.received(code).size() > 1,
        wait);
    List<PortalRecords.Entry> entries = PortalRecords.of(portal, code);
    List<HttpExchange> evidence = new ArrayList<>(List.of(filed.exchange()));
    evidence.addAll(PortalRecords.evidence(entries, code));
    Set<String> ids = new LinkedHashSet<>();
    entries.stream()
        .filter(e -> e.status() == entries.get(0).status())
        .forEach(e -> ids.add(e.messageId()));
    long replays = portal.redeliveries() - replaysBefore;
    if (entries.isEmpty()) {
      return CheckResult.failed(
          EXPECTED,
          "Sau khi kết nối bị ngắt và khôi phục, Cổng không nhận được bản cập nhật nào của hồ sơ "
              + code
              + " trong "
              + wait.toSeconds()
              + " giây",
          "after the dropped connections and the recovery the portal received no update of "
              + code
              + " within "
              + wait.toSeconds()
              + " s",
          evidence);
    }
    if (ids.size() > 1) {
      return CheckResult.failed(
          EXPECTED,
          "Cổng đã xử lý bản cập nhật đầu tiên của hồ sơ "
              + code
              + " (mã thông điệp "
              + String.join(", ", ids)
              + "): hệ thống gửi lại dưới mã thông điệp mới",
          "the portal processed the first update of "
              + code
              + " under message ids "
              + String.join(", ", ids)
              + ": the target retried under a new id",
          evidence);
    }
    if (replays <= 0 && !processedWhileDropping) {
      return CheckResult.error(
          "every attempt was dropped before the portal processed it, so no retry of a processed"
              + " message could be observed",
          evidence);
    }
    if (replays <= 0) {
      return CheckResult.failed(
          EXPECTED,
          "Kết nối bị ngắt sau khi Cổng đã xử lý thông điệp "
              + ids.iterator().next()
              + " nhưng trong "
              + wait.toSeconds()
              + " giây hệ thống không gửi lại",
          "the connection dropped after the portal processed message "
              + ids.iterator().next()
              + " but the target did not retry within "
              + wait.toSeconds()
              + " s",
          evidence);
    }
    return CheckResult.passed(
        "the answer to message "
            + ids.iterator().next()
            + " was dropped; the target retried with the same id ("
            + replays
            + " answered from the portal's replay store)",
        evidence);
  }
}
