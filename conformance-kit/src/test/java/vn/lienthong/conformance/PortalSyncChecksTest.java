package vn.lienthong.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienthong.conformance.CommuneFixture.Fault;
import vn.lienthong.sandbox.Sandbox;

/**
 * The portal-sync (LT-LIFE-002, LT-LIFE-003) and outage (LT-ROB-003) checks against minimal commune
 * systems that sync their dossiers to the kit's sandbox portal: a conforming one passes, and each
 * deliberate fault is caught by the requirement meant to catch it only.
 */
class PortalSyncChecksTest {

  static final String SELECTION =
      CommuneApiChecksTest.SCENARIO + ",LT-LIFE-002,LT-LIFE-003,LT-ROB-003";

  private static Sandbox sandbox;

  @BeforeAll
  static void startSandbox() {
    sandbox = Sandbox.create().start();
  }

  @AfterAll
  static void stopSandbox() {
    sandbox.close();
  }

  @BeforeEach
  void forgetEarlierRuns() {
    sandbox.portal().reset();
    sandbox.lgsp().clearFaults();
  }

  private static RunReport run(CommuneFixture target, String selection) {
    return ConformanceRun.builder()
        .target(target.uri())
        .only(selection)
        .http(TargetHttp.create(Duration.ofSeconds(5)))
        .setting(CheckContext.PORTAL_TOKEN, CommuneFixture.TOKEN)
        .setting(CheckContext.PORTAL_WAIT_SECONDS, "3")
        .setting(CheckContext.OUTAGE_DOWN_SECONDS, "1")
        .setting(CheckContext.OUTAGE_WAIT_SECONDS, "4")
        .sandbox(sandbox)
        .build()
        .execute();
  }

  private static Map<String, Outcome> notPassed(RunReport report) {
    return report.results().stream()
        .filter(r -> r.outcome() != Outcome.PASSED)
        .collect(Collectors.toMap(r -> r.requirement().id(), RequirementResult::outcome));
  }

  private static CheckResult check(RunReport report, String requirement, String check) {
    return report.result(requirement).orElseThrow().checks().stream()
        .filter(c -> c.checkId().equals(check))
        .findFirst()
        .orElseThrow()
        .result();
  }

  @Test
  void aSystemSyncingEveryChangeInOrderPassesThePortalAndOutageChecks() throws Exception {
    try (CommuneFixture t = CommuneFixture.start(Fault.NONE, sandbox)) {
      RunReport report = run(t, SELECTION);
      assertThat(notPassed(report)).isEmpty();
      assertThat(check(report, "LT-LIFE-002", "life.portal-updates.every-change-synced").observed())
          .contains("1 → 2 → 4 → 5 → 4 → 9");
      assertThat(
              check(report, "LT-LIFE-003", "life.portal-updates.retries-reuse-message-id")
                  .observed())
          .contains("retried with the same id");
      assertThat(
              check(report, "LT-ROB-003", "rob.outage.updates-delivered-after-recovery").observed())
          .contains("1 → 2 delivered once each");
    }
  }

  @Test
  void aMissingUpdateIsCaughtByLtLife002Only() throws Exception {
    try (CommuneFixture t = CommuneFixture.start(Fault.MISSING_UPDATE, sandbox)) {
      RunReport report = run(t, SELECTION);
      assertThat(notPassed(report)).containsExactly(Map.entry("LT-LIFE-002", Outcome.FAILED));
      CheckResult r = check(report, "LT-LIFE-002", "life.portal-updates.every-change-synced");
      assertThat(r.observed()).contains("missing 4");
      assertThat(r.observedVi()).contains("thiếu 4");
      assertThat(r.evidence()).isNotEmpty();
    }
  }

  @Test
  void datesInUtcAreCaughtByLtLife002FieldFormatsOnly() throws Exception {
    try (CommuneFixture t = CommuneFixture.start(Fault.UTC_DATES, sandbox)) {
      RunReport report = run(t, SELECTION);
      assertThat(notPassed(report)).containsExactly(Map.entry("LT-LIFE-002", Outcome.FAILED));
      assertThat(check(report, "LT-LIFE-002", "life.portal-updates.every-change-synced").outcome())
          .isEqualTo(Outcome.PASSED);
      CheckResult r = check(report, "LT-LIFE-002", "life.portal-updates.field-formats");
      assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
      assertThat(r.observed()).contains("NgayTiepNhan is '");
      assertThat(r.expected().orElseThrow().vi()).contains("giờ Việt Nam");
    }
  }

  @Test
  void outOfOrderUpdatesAreCaughtByLtLife003Only() throws Exception {
    try (CommuneFixture t = CommuneFixture.start(Fault.OUT_OF_ORDER, sandbox)) {
      RunReport report = run(t, SELECTION);
      assertThat(notPassed(report)).containsExactly(Map.entry("LT-LIFE-003", Outcome.FAILED));
      CheckResult r = check(report, "LT-LIFE-003", "life.portal-updates.ordered-per-dossier");
      assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
      assertThat(r.observed()).contains("status 2");
    }
  }

  @Test
  void aRetryUnderANewMessageIdIsCaughtByLtLife003Only() throws Exception {
    try (CommuneFixture t = CommuneFixture.start(Fault.RETRY_NEW_ID, sandbox)) {
      RunReport report = run(t, SELECTION);
      assertThat(notPassed(report)).containsExactly(Map.entry("LT-LIFE-003", Outcome.FAILED));
      CheckResult r = check(report, "LT-LIFE-003", "life.portal-updates.retries-reuse-message-id");
      assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
      assertThat(r.observed()).contains("retried under a new id");
    }
  }

  @Test
  void updatesLostInAnOutageAreCaughtByLtRob003Only() throws Exception {
    try (CommuneFixture t = CommuneFixture.start(Fault.LOSES_IN_OUTAGE, sandbox)) {
      RunReport report = run(t, SELECTION);
      assertThat(notPassed(report)).containsExactly(Map.entry("LT-ROB-003", Outcome.FAILED));
      CheckResult r = check(report, "LT-ROB-003", "rob.outage.updates-delivered-after-recovery");
      assertThat(r.observed()).contains("lost 1 → 2");
      assertThat(sandbox.lgsp().activeFaults()).isEmpty();
    }
  }

  @Test
  void withoutTheKitsSandboxThePortalChecksAreSkipped() throws Exception {
    try (CommuneFixture t = CommuneFixture.start(Fault.NONE)) {
      RunReport report =
          ConformanceRun.builder()
              .target(t.uri())
              .only("LT-LIFE-002,LT-LIFE-003,LT-ROB-003")
              .setting(CheckContext.PORTAL_TOKEN, CommuneFixture.TOKEN)
              .build()
              .execute();
      assertThat(report.results())
          .allSatisfy(r -> assertThat(r.outcome()).isEqualTo(Outcome.SKIPPED));
      assertThat(
              check(report, "LT-ROB-003", "rob.outage.updates-delivered-after-recovery")
                  .expected()
                  .orElseThrow()
                  .en())
          .contains("sandbox");
    }
  }
}
