package vn.lienthong.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lienthong.sandbox.Sandbox;

/**
 * The hostile identity provider checks ({@code LT-IDN-001}) against fixture relying parties on
 * loopback, logging in through the kit's own sandbox provider.
 */
class IdentityChecksTest {

  private static Sandbox sandbox;

  @BeforeAll
  static void startProvider() {
    sandbox = Sandbox.builder().build().start();
  }

  @AfterAll
  static void stopProvider() {
    sandbox.close();
  }

  private static RunReport run(RelyingPartyFixture rp) {
    return ConformanceRun.builder()
        .target(rp.uri())
        .only("LT-IDN-*")
        .http(TargetHttp.create(Duration.ofSeconds(10)))
        .sandbox(Map.of("/npsp", sandbox.uri("/npsp")))
        .setting(CheckContext.LOGIN_PATH, RelyingPartyFixture.LOGIN_PATH)
        .setting(CheckContext.PROTECTED_PATH, RelyingPartyFixture.PROTECTED_PATH)
        .build()
        .execute();
  }

  private static Map<String, Outcome> checks(RunReport report, String requirement) {
    return report.result(requirement).orElseThrow().checks().stream()
        .collect(Collectors.toMap(CheckOutcome::checkId, c -> c.result().outcome()));
  }

  private static Map<String, Outcome> failedOrErrors(RunReport report) {
    return report.results().stream()
        .filter(r -> r.outcome() == Outcome.FAILED || r.outcome() == Outcome.ERROR)
        .collect(Collectors.toMap(r -> r.requirement().id(), RequirementResult::outcome));
  }

  @Test
  void aRelyingPartyThatValidatesIdTokensPassesEveryHostileProviderCheck() throws Exception {
    try (RelyingPartyFixture rp = RelyingPartyFixture.start(sandbox, false)) {
      RunReport report = run(rp);
      assertThat(checks(report, "LT-IDN-001")).hasSize(6);
      assertThat(checks(report, "LT-IDN-001").values()).containsOnly(Outcome.PASSED);
      assertThat(report.result("LT-IDN-001").orElseThrow().outcome()).isEqualTo(Outcome.PASSED);
      assertThat(failedOrErrors(report)).isEmpty();
    }
  }

  @Test
  void aForgedIdTokenAcceptedIsCaughtByLtIdn001Only() throws Exception {
    try (RelyingPartyFixture rp = RelyingPartyFixture.start(sandbox, true)) {
      RunReport report = run(rp);
      assertThat(failedOrErrors(report)).containsExactly(Map.entry("LT-IDN-001", Outcome.FAILED));
      assertThat(checks(report, "LT-IDN-001"))
          .containsEntry("idn.hostile-provider.bad-signature", Outcome.FAILED)
          .containsEntry("idn.hostile-provider.alg-none", Outcome.FAILED)
          .containsEntry("idn.hostile-provider.wrong-issuer", Outcome.PASSED)
          .containsEntry("idn.hostile-provider.wrong-audience", Outcome.PASSED)
          .containsEntry("idn.hostile-provider.expired", Outcome.PASSED)
          .containsEntry("idn.hostile-provider.wrong-nonce", Outcome.PASSED);
      CheckResult forged = report.result("LT-IDN-001").orElseThrow().checks().get(0).result();
      assertThat(forged.observedVi()).contains("vẫn được chấp nhận");
      assertThat(forged.expected().orElseThrow().en()).contains("altered signature");
      assertThat(report.conforms()).isFalse();
    }
  }

  @Test
  void aTargetNotPointedAtTheKitsProviderIsAnErrorNotAPass() throws Exception {
    try (Sandbox other = Sandbox.builder().build().start();
        RelyingPartyFixture rp = RelyingPartyFixture.start(other, true)) {
      RunReport report = run(rp);
      assertThat(checks(report, "LT-IDN-001").values()).containsOnly(Outcome.ERROR);
      assertThat(report.result("LT-IDN-001").orElseThrow().checks().get(0).result().observed())
          .contains("control login");
    }
  }

  @Test
  void withoutTheLoginSettingsTheChecksAreSkipped() {
    RunReport report =
        ConformanceRun.builder()
            .target(java.net.URI.create("http://127.0.0.1:9"))
            .only("LT-IDN-*")
            .build()
            .execute();
    assertThat(checks(report, "LT-IDN-001").values()).containsOnly(Outcome.SKIPPED);
    assertThat(checks(report, "LT-IDN-002").values()).containsOnly(Outcome.SKIPPED);
  }
}
