package vn.lienthong.conformance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lienthong.conformance.CheckOutcome;
import vn.lienthong.conformance.CheckResult;
import vn.lienthong.conformance.HttpExchange;
import vn.lienthong.conformance.Profile;
import vn.lienthong.conformance.Requirement;
import vn.lienthong.conformance.RequirementCatalogue;
import vn.lienthong.conformance.RequirementResult;
import vn.lienthong.conformance.RunReport;
import vn.lienthong.conformance.Text;

/** Whatever a hostile target answers, the reports stay well-formed and inert. */
class ReportPropertiesTest {

  private static RunReport withObserved(String hostile) {
    Requirement rob = RequirementCatalogue.standard().find("LT-ROB-001").orElseThrow();
    HttpExchange e = new HttpExchange("POST", "http://127.0.0.1/x", 400, hostile, hostile);
    return new RunReport(
        URI.create("http://127.0.0.1:8080"),
        Profile.FULL,
        Instant.EPOCH,
        Instant.EPOCH,
        "test",
        RequirementCatalogue.standard().areas(),
        List.of(
            new RequirementResult(
                rob,
                List.of(
                    new CheckOutcome(
                        rob.checks().get(0),
                        CheckResult.failed(new Text("mã", "code"), hostile, hostile, List.of(e)))),
                Duration.ZERO)),
        Map.of());
  }

  @Test
  void htmlNeverCarriesMarkupFromTheTarget() {
    qt().withExamples(300)
        .forAll(strings().allPossible().ofLengthBetween(0, 80).map(s -> "<x" + s))
        .checkAssert(
            s -> {
              String html = new String(HtmlReport.render(withObserved(s)), StandardCharsets.UTF_8);
              assertThat(html).doesNotContain("<x").doesNotContain("\u0000");
            });
  }

  @Test
  void junitXmlAlwaysParses() {
    qt().withExamples(300)
        .forAll(strings().allPossible().ofLengthBetween(0, 80))
        .checkAssert(
            s -> {
              try {
                ReportsTest.parse(JunitXmlReport.render(withObserved(s)));
              } catch (Exception e) {
                throw new AssertionError(
                    "unparsable JUnit XML for " + s.codePoints().boxed().toList(), e);
              }
            });
  }

  @Test
  void jsonAlwaysParses() {
    qt().withExamples(300)
        .forAll(strings().allPossible().ofLengthBetween(0, 80))
        .checkAssert(
            s -> {
              try {
                new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(JsonReport.render(withObserved(s)));
              } catch (java.io.IOException e) {
                throw new AssertionError(e);
              }
            });
  }
}
