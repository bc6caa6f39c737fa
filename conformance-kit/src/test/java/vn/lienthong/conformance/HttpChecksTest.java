package vn.lienthong.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.lienthong.conformance.FixtureTarget.Fault;

/** The generic HTTP checks against deliberately broken fixture targets on loopback. */
class HttpChecksTest {

  private static RunReport run(URI target) {
    return ConformanceRun.builder()
        .target(target)
        .only("LT-ROB-001,LT-PRIV-*")
        .http(TargetHttp.create(Duration.ofSeconds(5)))
        .setting(CheckContext.INVALID_INPUT_PATH, FixtureTarget.INVALID_INPUT_PATH)
        .setting(CheckContext.PUBLIC_LOOKUP_PATH, FixtureTarget.LOOKUP_PATH)
        .setting(CheckContext.PUBLIC_LOOKUP_APPLICANT, FixtureTarget.APPLICANT)
        .build()
        .execute();
  }

  private static Map<String, Outcome> failedOrErrors(RunReport report) {
    return report.results().stream()
        .filter(r -> r.outcome() == Outcome.FAILED || r.outcome() == Outcome.ERROR)
        .collect(Collectors.toMap(r -> r.requirement().id(), RequirementResult::outcome));
  }

  @Test
  void aGoodTargetPassesTheGenericChecksAndFailsNothing() throws Exception {
    try (FixtureTarget t = FixtureTarget.start(Fault.NONE)) {
      RunReport report = run(t.uri());
      assertThat(failedOrErrors(report)).isEmpty();
      assertThat(report.result("LT-ROB-001").orElseThrow().outcome()).isEqualTo(Outcome.PASSED);
      CheckResult lookup = report.result("LT-PRIV-001").orElseThrow().checks().get(0).result();
      assertThat(lookup.outcome()).isEqualTo(Outcome.PASSED);
      assertThat(report.result("LT-PRIV-001").orElseThrow().outcome()).isEqualTo(Outcome.PASSED);
      assertThat(report.result("LT-PRIV-002").orElseThrow().outcome()).isEqualTo(Outcome.PASSED);
      assertThat(report.conforms()).isTrue();
    }
  }

  @Test
  void problemDetailsWithoutCodesAreCaughtByLtRob001Only() throws Exception {
    try (FixtureTarget t = FixtureTarget.start(Fault.PROBLEM_WITHOUT_CODE)) {
      RunReport report = run(t.uri());
      assertThat(failedOrErrors(report)).containsExactly(Map.entry("LT-ROB-001", Outcome.FAILED));
      CheckResult r = report.result("LT-ROB-001").orElseThrow().checks().get(0).result();
      assertThat(r.observed()).contains("without \"code\"").contains("status");
      assertThat(r.observedVi()).contains("không có trường \"code\"");
      assertThat(r.expected().orElseThrow().vi()).contains("code");
      assertThat(r.evidence())
          .singleElement()
          .satisfies(e -> assertThat(e.status()).isEqualTo(400));
    }
  }

  @Test
  void aPersonalIdOnThePublicLookupIsCaughtByLtPriv001OnlyAndNeverRepeated() throws Exception {
    try (FixtureTarget t = FixtureTarget.start(Fault.LEAKS_PERSONAL_ID)) {
      RunReport report = run(t.uri());
      assertThat(failedOrErrors(report)).containsExactly(Map.entry("LT-PRIV-001", Outcome.FAILED));
      CheckResult r = report.result("LT-PRIV-001").orElseThrow().checks().get(0).result();
      assertThat(r.observed()).contains("1 personal id").doesNotContain(FixtureTarget.LEAKED_ID);
      assertThat(r.evidence().get(0).bodyExcerpt())
          .contains("soDinhDanh")
          .doesNotContain(FixtureTarget.LEAKED_ID);
    }
  }

  @Test
  void aFullNameOnThePublicLookupIsCaughtByLtPriv001Only() throws Exception {
    try (FixtureTarget t = FixtureTarget.start(Fault.SHOWS_FULL_NAME)) {
      RunReport report = run(t.uri());
      assertThat(failedOrErrors(report)).containsExactly(Map.entry("LT-PRIV-001", Outcome.FAILED));
      RequirementResult priv = report.result("LT-PRIV-001").orElseThrow();
      assertThat(priv.checks().get(0).result().outcome()).isEqualTo(Outcome.PASSED);
      CheckResult names = priv.checks().get(1).result();
      assertThat(names.outcome()).isEqualTo(Outcome.FAILED);
      assertThat(names.observedVi()).contains("Nguyễn V. A.").doesNotContain("Văn An");
    }
  }

  @Test
  void errorAnswersRepeatingPersonalDataAreCaughtByLtPriv002Only() throws Exception {
    try (FixtureTarget t = FixtureTarget.start(Fault.ECHOES_INPUT)) {
      RunReport report = run(t.uri());
      assertThat(failedOrErrors(report)).containsExactly(Map.entry("LT-PRIV-002", Outcome.FAILED));
      CheckResult r = report.result("LT-PRIV-002").orElseThrow().checks().get(0).result();
      assertThat(r.observed()).contains("personal id and phone number");
      assertThat(r.evidence().get(0).bodyExcerpt()).doesNotContain("001099000123");
      assertThat(report.result("LT-ROB-001").orElseThrow().outcome()).isEqualTo(Outcome.PASSED);
    }
  }

  @Test
  void aHostileTargetCannotBreakTheReports() throws Exception {
    try (FixtureTarget t = FixtureTarget.start(Fault.HOSTILE)) {
      RunReport report = run(t.uri());
      assertThat(failedOrErrors(report)).containsOnlyKeys("LT-ROB-001");
      String html =
          new String(
              vn.lienthong.conformance.report.HtmlReport.render(report),
              java.nio.charset.StandardCharsets.UTF_8);
      assertThat(html).doesNotContain("<script").contains("&lt;script&gt;");
      vn.lienthong.conformance.report.ReportsTestAccess.parse(
          vn.lienthong.conformance.report.JunitXmlReport.render(report));
    }
  }

  @Test
  void anUnreachableTargetIsAnErrorNotAFailure() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    RunReport report = run(URI.create("http://127.0.0.1:" + port));
    assertThat(report.result("LT-ROB-001").orElseThrow().outcome()).isEqualTo(Outcome.ERROR);
    assertThat(report.result("LT-ROB-001").orElseThrow().checks().get(0).result().observed())
        .contains("LT-CONF-0001");
    assertThat(report.counts().get(Outcome.FAILED)).isZero();
    assertThat(report.conforms()).isFalse();
  }

  @Test
  void unconfiguredChecksAreSkippedWithTheSettingToSet() throws Exception {
    try (FixtureTarget t = FixtureTarget.start(Fault.NONE)) {
      RunReport report =
          ConformanceRun.builder().target(t.uri()).only("LT-ROB-001").build().execute();
      CheckResult r = report.results().get(0).checks().get(0).result();
      assertThat(r.outcome()).isEqualTo(Outcome.SKIPPED);
      assertThat(r.expected().orElseThrow().en()).contains(CheckContext.INVALID_INPUT_PATH);
    }
  }

  @Test
  void onlyRequirementsOfTheSelectionAndProfileRun() throws Exception {
    try (FixtureTarget t = FixtureTarget.start(Fault.NONE)) {
      ConformanceRun run =
          ConformanceRun.builder()
              .target(t.uri())
              .only("LT-PRIV-*,LT-ROB-001")
              .profile(Profile.REQUIRED_ONLY)
              .setting(CheckContext.INVALID_INPUT_PATH, FixtureTarget.INVALID_INPUT_PATH)
              .build();
      assertThat(run.requirements().stream().map(Requirement::id))
          .containsExactly("LT-PRIV-001", "LT-ROB-001");
      RunReport report = run.execute();
      assertThat(report.result("LT-ROB-001").orElseThrow().outcome()).isEqualTo(Outcome.PASSED);
    }
  }

  @Test
  void aRunOfOnlyPassingRequiredRequirementsConforms() throws Exception {
    try (FixtureTarget t = FixtureTarget.start(Fault.NONE)) {
      RunReport report =
          ConformanceRun.builder()
              .target(t.uri())
              .only("LT-ROB-001")
              .setting(CheckContext.INVALID_INPUT_PATH, FixtureTarget.INVALID_INPUT_PATH)
              .build()
              .execute();
      assertThat(report.conforms()).isTrue();
    }
  }

  @Test
  void findsStandAlonePersonalIdsOnly() {
    assertThat(
            vn.lienthong.conformance.internal.checks.PublicLookupCheckAccess.personalIds(
                "id 001090123456, code AB001090123456, 0010901234567, x001090123456"))
        .containsExactly("001090123456");
  }
}
