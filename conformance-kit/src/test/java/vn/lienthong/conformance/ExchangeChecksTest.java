package vn.lienthong.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lienthong.conformance.CommuneFixture.Fault;
import vn.lienthong.sandbox.Sandbox;
import vn.lienthong.signature.testpki.TestPki;

/**
 * The document-exchange and exchange-log checks ({@code LT-EXC-001}, {@code LT-EXC-002}, {@code
 * LT-AUD-002}) against minimal commune systems that exchange edXML through the kit's sandbox hub: a
 * conforming one passes them, and an unsigned package, a SHA-1 signature, statuses out of order and
 * an edited exchange-log entry are each caught by the requirement meant to catch it only.
 */
class ExchangeChecksTest {

  static final String REQUIREMENTS =
      CommuneApiChecksTest.SCENARIO + ",LT-EXC-001,LT-EXC-002,LT-AUD-002";

  private static Sandbox sandbox;

  @BeforeAll
  static void startSandbox() {
    sandbox = Sandbox.create().start();
  }

  @AfterAll
  static void stopSandbox() {
    sandbox.close();
  }

  private static RunReport run(CommuneFixture target) {
    return ConformanceRun.builder()
        .target(target.uri())
        .only(REQUIREMENTS)
        .http(TargetHttp.create(Duration.ofSeconds(10)))
        .sandbox(sandbox)
        .setting(CheckContext.PORTAL_TOKEN, CommuneFixture.TOKEN)
        .setting("exc.wait-seconds", "5")
        .trustAnchors(List.of(TestPki.shared().root()))
        .build()
        .execute();
  }

  private static Map<String, Outcome> notPassed(RunReport report) {
    return report.results().stream()
        .filter(r -> r.outcome() != Outcome.PASSED)
        .collect(Collectors.toMap(r -> r.requirement().id(), RequirementResult::outcome));
  }

  private static String observed(RunReport report, String requirement) {
    return report.result(requirement).orElseThrow().checks().stream()
        .map(c -> c.result().observed())
        .collect(Collectors.joining(" | "));
  }

  @Test
  void aConformingSystemPassesTheExchangeAndExchangeLogChecks() throws Exception {
    try (CommuneFixture t = CommuneFixture.start(Fault.NONE, sandbox)) {
      RunReport report = run(t);
      assertThat(notPassed(report)).isEmpty();
      assertThat(observed(report, "LT-EXC-001"))
          .contains("QCVN 102:2016 structure")
          .contains("RSA with SHA-256");
      assertThat(observed(report, "LT-EXC-002")).contains("01→03→04→05→06");
      assertThat(observed(report, "LT-AUD-002")).contains("verify offline").contains("edited");
    }
  }

  @Test
  void anUnsignedEdxmlPackageIsCaughtByLtExc001Only() throws Exception {
    try (CommuneFixture t = CommuneFixture.start(Fault.UNSIGNED_EDXML, sandbox)) {
      RunReport report = run(t);
      assertThat(notPassed(report)).containsExactly(Map.entry("LT-EXC-001", Outcome.FAILED));
      assertThat(observed(report, "LT-EXC-001")).contains("NO_SIGNATURE");
    }
  }

  @Test
  void aSha1EdxmlSignatureIsCaughtByLtExc001Only() throws Exception {
    try (CommuneFixture t = CommuneFixture.start(Fault.SHA1_EDXML, sandbox)) {
      RunReport report = run(t);
      assertThat(notPassed(report)).containsExactly(Map.entry("LT-EXC-001", Outcome.FAILED));
      assertThat(observed(report, "LT-EXC-001")).contains("SHA-1");
    }
  }

  @Test
  void statusesOutOfOrderAreCaughtByLtExc002Only() throws Exception {
    try (CommuneFixture t = CommuneFixture.start(Fault.STATUSES_OUT_OF_ORDER, sandbox)) {
      RunReport report = run(t);
      assertThat(notPassed(report)).containsExactly(Map.entry("LT-EXC-002", Outcome.FAILED));
      assertThat(observed(report, "LT-EXC-002")).contains("recorded 01 ").contains("03→01→06→04");
    }
  }

  @Test
  void aBrokenExchangeLogChainIsCaughtByLtAud002Only() throws Exception {
    try (CommuneFixture t = CommuneFixture.start(Fault.BROKEN_EXCHANGE_LOG, sandbox)) {
      RunReport report = run(t);
      assertThat(notPassed(report)).containsExactly(Map.entry("LT-AUD-002", Outcome.FAILED));
      assertThat(observed(report, "LT-AUD-002")).contains("broken at line 1");
    }
  }
}
