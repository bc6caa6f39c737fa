package vn.lienthong.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.lienthong.conformance.CommuneFixture.Fault;

/**
 * The Commune API scenario checks against minimal commune systems on loopback: a conforming one
 * passes them, and each deliberate fault is caught by the requirement meant to catch it only.
 */
class CommuneApiChecksTest {

  /** The requirements the Commune API scenario verifies. */
  static final String SCENARIO =
      "LT-API-*,LT-LIFE-001,LT-LIFE-004,LT-LIFE-005,LT-ROB-002,LT-AUD-001";

  private static RunReport run(CommuneFixture target, Operator operator) {
    return ConformanceRun.builder()
        .target(target.uri())
        .only(SCENARIO)
        .http(TargetHttp.create(Duration.ofSeconds(5)))
        .setting(CheckContext.PORTAL_TOKEN, CommuneFixture.TOKEN)
        .operator(operator)
        .build()
        .execute();
  }

  private static Map<String, Outcome> notPassed(RunReport report) {
    return report.results().stream()
        .filter(r -> r.outcome() != Outcome.PASSED)
        .collect(Collectors.toMap(r -> r.requirement().id(), RequirementResult::outcome));
  }

  private static CheckResult first(RunReport report, String requirement) {
    return report.result(requirement).orElseThrow().checks().get(0).result();
  }

  @Test
  void aConformingCommuneSystemPassesEveryScenarioCheck() throws Exception {
    try (CommuneFixture t = CommuneFixture.start(Fault.NONE)) {
      RunReport report = run(t, null);
      assertThat(notPassed(report)).isEmpty();
      assertThat(report.results()).hasSize(10);
      assertThat(report.conforms()).isTrue();
      assertThat(first(report, "LT-API-002").observed()).contains("competent 00004");
      assertThat(first(report, "LT-LIFE-001").observed()).contains("1→2 2→4 4→5 5→4 4→9");
    }
  }

  @Test
  void aWrongStatusSequenceIsCaughtByLtLife001Only() throws Exception {
    try (CommuneFixture t = CommuneFixture.start(Fault.WRONG_STATUS_SEQUENCE)) {
      RunReport report = run(t, null);
      assertThat(notPassed(report)).containsExactly(Map.entry("LT-LIFE-001", Outcome.FAILED));
      CheckResult r = first(report, "LT-LIFE-001");
      assertThat(r.observedVi()).contains("1→4").contains("không hợp lệ");
      assertThat(r.expected().orElseThrow().vi()).contains("hợp lệ");
    }
  }

  @Test
  void aDuplicateDossierOnRedeliveryIsCaughtByLtRob002Only() throws Exception {
    try (CommuneFixture t = CommuneFixture.start(Fault.DUPLICATE_ON_REDELIVERY)) {
      RunReport report = run(t, null);
      assertThat(notPassed(report)).containsExactly(Map.entry("LT-ROB-002", Outcome.FAILED));
      CheckResult r = first(report, "LT-ROB-002");
      assertThat(r.observed()).contains("Idempotency-Key").contains("HTTP 201");
      assertThat(r.evidence()).hasSize(2);
    }
  }

  @Test
  void aDueDateInCalendarDaysIsCaughtByLtLife004Only() throws Exception {
    try (CommuneFixture t = CommuneFixture.start(Fault.CALENDAR_DAYS)) {
      RunReport report = run(t, null);
      assertThat(notPassed(report)).containsExactly(Map.entry("LT-LIFE-004", Outcome.FAILED));
      assertThat(first(report, "LT-LIFE-004").observed()).contains("working days: due");
    }
  }

  @Test
  void withoutTestDriverOrOperatorTheStepsAreSkippedNotFailed() throws Exception {
    try (CommuneFixture t = CommuneFixture.start(Fault.NO_TEST_DRIVER)) {
      RunReport report = run(t, null);
      assertThat(report.result("LT-API-001").orElseThrow().outcome()).isEqualTo(Outcome.PASSED);
      assertThat(report.result("LT-API-004").orElseThrow().outcome()).isEqualTo(Outcome.SKIPPED);
      assertThat(first(report, "LT-API-005").expected().orElseThrow().en())
          .contains("no test driver");
      assertThat(report.counts().get(Outcome.FAILED)).isZero();
    }
  }

  @Test
  void anInteractiveRunAsksTheOperatorForEachOfficerStep() throws Exception {
    try (CommuneFixture t = CommuneFixture.start(Fault.NO_TEST_DRIVER)) {
      java.util.List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
      RunReport report =
          run(
              t,
              q -> {
                asked.add(q.vi());
                return Optional.of("");
              });
      // the operator "did" nothing here, so the supplement step finds no open request
      assertThat(asked).isNotEmpty();
      assertThat(asked.get(0)).contains("\"accept\"").contains("000.00.01.H22-");
      assertThat(report.result("LT-API-003").orElseThrow().outcome()).isEqualTo(Outcome.PASSED);
    }
  }
}
