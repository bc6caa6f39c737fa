package vn.lienthong.conformance.internal.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * {@code rob.outage.updates-delivered-after-recovery} ({@code LT-ROB-003}): the kit takes its
 * sandbox portal down (every call answered 503) for {@link CheckContext#OUTAGE_DOWN_SECONDS}, files
 * a dossier and accepts it meanwhile, brings the portal back, and waits up to {@link
 * CheckContext#OUTAGE_WAIT_SECONDS} for the updates: each must arrive, and once only. Stateless and
 * thread-safe.
 */
public final class OutageCheck implements Check {

  private static final Text EXPECTED =
      new Text(
          "Các bản cập nhật phát sinh khi Cổng Dịch vụ công tạm ngừng được lưu lại và gửi khi Cổng"
              + " hoạt động trở lại: đến đủ, mỗi bản cập nhật một lần",
          "updates made while the portal is down are kept and delivered when it is back: all of"
              + " them, each once");

  @Override
  public String id() {
    return "rob.outage.updates-delivered-after-recovery";
  }

  @Override
  public String requirement() {
    return "LT-ROB-003";
  }

  @Override
  public CheckResult run(CheckContext context) {
    Sandbox sandbox = context.runningSandbox().orElse(null);
    if (sandbox == null) {
      return CheckResult.skipped(PortalRecords.NEEDS_SANDBOX);
    }
    Duration down =
        context.waitSetting(
            CheckContext.OUTAGE_DOWN_SECONDS, CheckContext.DEFAULT_OUTAGE_DOWN_SECONDS);
    Duration wait =
        context.waitSetting(
            CheckContext.OUTAGE_WAIT_SECONDS, CheckContext.DEFAULT_OUTAGE_WAIT_SECONDS);
    SandboxLgsp lgsp = sandbox.lgsp();
    SandboxPortal portal = sandbox.portal();
    CommuneApi api = new CommuneApi(context);
    List<HttpExchange> evidence = new ArrayList<>();
    FaultSettings before = lgsp.faults(NationalService.PORTAL);
    long t0 = System.nanoTime();
    String code;
    int first;
    try {
      lgsp.faults(NationalService.PORTAL, FaultSettings.builder().serverErrorRate(1.0).build());
      CommuneApi.Call filed =
          api.file(api.filing(), CommuneApi.newMessageId(), UUID.randomUUID().toString());
      evidence.add(filed.exchange());
      code = filed.json().path("dossierCode").asText("");
      first = filed.json().path("status").asInt(1);
      if (filed.status() != 201 && filed.status() != 200 || code.isEmpty()) {
        return CheckResult.error(
            "the target did not receive the dossier (HTTP " + filed.status() + ")", evidence);
      }
      Optional<CommuneApi.Call> accepted = api.drive(code, "accept", null);
      accepted.ifPresent(c -> evidence.add(c.exchange()));
      long left = down.toNanos() - (System.nanoTime() - t0);
      if (left > 0) {
        Thread.sleep(Duration.ofNanos(left).toMillis());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return CheckResult.error("interrupted during the outage", evidence);
    } finally {
      lgsp.faults(NationalService.PORTAL, before);
    }
    Duration outage = Duration.ofNanos(System.nanoTime() - t0);
    CommuneApi.Call dossier = api.dossier(code);
    evidence.add(dossier.exchange());
    List<Integer> expected = new ArrayList<>();
    expected.add(first);
    for (JsonNode h : dossier.json().path("history")) {
      expected.add(h.path("to").asInt(-1));
    }
    long t1 = System.nanoTime();
    PortalRecords.await(
        () ->
            PortalRecords.missing(expected, PortalRecords.statuses(PortalRecords.of(portal, code)))
                .isEmpty(),
        wait);
    Duration took = Duration.ofNanos(System.nanoTime() - t1);
    List<PortalRecords.Entry> entries = PortalRecords.of(portal, code);
    evidence.addAll(PortalRecords.evidence(entries, code));
    List<Integer> received = PortalRecords.statuses(entries);
    List<Integer> missing = PortalRecords.missing(expected, received);
    String exp = PortalScenario.join(expected);
    String got = PortalScenario.join(received);
    if (!missing.isEmpty()) {
      return CheckResult.failed(
          EXPECTED,
          "Cổng ngừng "
              + outage.toSeconds()
              + " giây trong khi hồ sơ "
              + code
              + " qua các trạng thái "
              + exp
              + "; "
              + wait.toSeconds()
              + " giây sau khi Cổng hoạt động lại mới nhận được "
              + got
              + " — mất "
              + PortalScenario.join(missing),
          "the portal was down "
              + outage.toSeconds()
              + " s while dossier "
              + code
              + " went through "
              + exp
              + "; "
              + wait.toSeconds()
              + " s after the recovery it had received "
              + got
              + ", lost "
              + PortalScenario.join(missing),
          evidence);
    }
    Map<Integer, Integer> accepted = new HashMap<>();
    entries.stream()
        .filter(e -> SandboxPortal.OK.equals(e.errorCode()))
        .forEach(e -> accepted.merge(e.status(), 1, Integer::sum));
    Map<Integer, Integer> wanted = new HashMap<>();
    expected.forEach(s -> wanted.merge(s, 1, Integer::sum));
    List<Integer> twice =
        accepted.entrySet().stream()
            .filter(e -> e.getValue() > wanted.getOrDefault(e.getKey(), 0))
            .map(Map.Entry::getKey)
            .sorted()
            .toList();
    if (received.size() > expected.size() && !twice.isEmpty()) {
      return CheckResult.failed(
          EXPECTED,
          "Sau khi Cổng hoạt động lại, các trạng thái "
              + PortalScenario.join(twice)
              + " của hồ sơ "
              + code
              + " đến nhiều lần (Cổng nhận "
              + got
              + ")",
          "after the recovery the statuses "
              + PortalScenario.join(twice)
              + " of "
              + code
              + " arrived more than once (the portal received "
              + got
              + ")",
          evidence);
    }
    return CheckResult.passed(
        "portal down "
            + outage.toMillis()
            + " ms; "
            + exp
            + " delivered once each "
            + took.toMillis()
            + " ms after the recovery",
        evidence);
  }
}
