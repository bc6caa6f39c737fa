package vn.lienthong.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.lienthong.conformance.CommuneFixture.Fault;

/**
 * The jurisdiction check ({@code LT-IDN-002}) against minimal commune systems on loopback, together
 * with the Commune API scenario so that a fault is shown to be caught by that requirement only.
 */
class JurisdictionChecksTest {

  private static RunReport run(CommuneFixture target, String officerToken) {
    return ConformanceRun.builder()
        .target(target.uri())
        .only("LT-IDN-002," + CommuneApiChecksTest.SCENARIO)
        .http(TargetHttp.create(Duration.ofSeconds(5)))
        .setting(CheckContext.PORTAL_TOKEN, CommuneFixture.TOKEN)
        .setting(CheckContext.FOREIGN_OFFICER_TOKEN, officerToken)
        .build()
        .execute();
  }

  private static Map<String, Outcome> notPassed(RunReport report) {
    return report.results().stream()
        .filter(r -> r.outcome() != Outcome.PASSED)
        .collect(Collectors.toMap(r -> r.requirement().id(), RequirementResult::outcome));
  }

  private static CheckResult jurisdiction(RunReport report) {
    return report.result("LT-IDN-002").orElseThrow().checks().get(0).result();
  }

  @Test
  void officersOfAnotherCommuneRefusedPassesLtIdn002() throws Exception {
    try (CommuneFixture t = CommuneFixture.start(Fault.NONE)) {
      RunReport report = run(t, CommuneFixture.FOREIGN_OFFICER_TOKEN);
      assertThat(notPassed(report)).isEmpty();
      assertThat(jurisdiction(report).observed()).contains("refused (403/404)");
      assertThat(jurisdiction(report).evidence()).hasSize(5);
    }
  }

  @Test
  void anOfficerReachingAnotherCommunesDossierIsCaughtByLtIdn002Only() throws Exception {
    try (CommuneFixture t = CommuneFixture.start(Fault.OFFICER_OUTSIDE_JURISDICTION)) {
      RunReport report = run(t, CommuneFixture.FOREIGN_OFFICER_TOKEN);
      assertThat(notPassed(report)).containsExactly(Map.entry("LT-IDN-002", Outcome.FAILED));
      assertThat(jurisdiction(report).observed())
          .contains("the inbox lists dossier")
          .contains("/actions")
          .contains("→ 200");
      assertThat(jurisdiction(report).observedVi()).contains("Cán bộ ngoài địa bàn");
    }
  }

  @Test
  void anOfficerTokenTheTargetDoesNotKnowIsAnErrorNotAPass() throws Exception {
    try (CommuneFixture t = CommuneFixture.start(Fault.NONE)) {
      RunReport report = run(t, "not-a-token");
      assertThat(notPassed(report)).containsExactly(Map.entry("LT-IDN-002", Outcome.ERROR));
      assertThat(jurisdiction(report).observed()).contains("was not accepted (inbox answered 401)");
    }
  }
}
