package vn.lienthong.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.LienThongException;

class CheckRegistryTest {

  private static final RequirementCatalogue CATALOGUE = RequirementCatalogue.standard();

  private static Check check(String id, String requirement) {
    return new Check() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public String requirement() {
        return requirement;
      }

      @Override
      public CheckResult run(CheckContext context) {
        return CheckResult.passed("ok", List.of());
      }
    };
  }

  @Test
  void theStandardRegistryCoversEveryCheckOfTheCatalogue() {
    CheckRegistry registry = CheckRegistry.standard().verify(CATALOGUE);
    for (Requirement r : CATALOGUE.all()) {
      for (String id : r.checks()) {
        assertThat(registry.find(id).isPresent() || registry.pendingReason(id).isPresent())
            .as(id)
            .isTrue();
      }
    }
    assertThat(registry.implemented())
        .contains(
            "rob.invalid-input.problem-details-with-code",
            "priv.public-lookup.no-personal-id",
            "sig.result.crypto-policy");
  }

  @Test
  void failsFastWhenTheCatalogueNamesACheckNobodyImplements() {
    CheckRegistry empty = CheckRegistry.builder().build();
    assertThatThrownBy(() -> empty.verify(CATALOGUE))
        .isInstanceOf(ConfigurationException.class)
        .extracting(e -> ((LienThongException) e).code())
        .isEqualTo("LT-CONF-0101");
    assertThatThrownBy(
            () -> ConformanceRun.builder().target(URI.create("http://x")).registry(empty).build())
        .isInstanceOf(ConfigurationException.class);
  }

  @Test
  void rejectsACheckRegisteredUnderTheWrongRequirementOrUnknownToTheCatalogue() {
    assertThat(CheckRegistry.standard().toBuilder().build().verify(CATALOGUE)).isNotNull();
    CheckRegistry.Builder b = CheckRegistry.builder();
    CATALOGUE.all().forEach(r -> r.checks().forEach(id -> b.pending(id, new Text("chờ", "later"))));
    CheckRegistry misplaced = b.add(check("sig.result.crypto-policy", "LT-SIG-001")).build();
    assertThatThrownBy(() -> misplaced.verify(CATALOGUE))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("LT-SIG-005");
    CheckRegistry unknown = b.add(check("nobody.knows", "LT-SIG-001")).build();
    assertThatThrownBy(() -> unknown.verify(CATALOGUE)).isInstanceOf(ConfigurationException.class);
  }

  @Test
  void rejectsTwoChecksWithTheSameId() {
    CheckRegistry.Builder b = CheckRegistry.builder().add(check("a", "LT-SIG-001"));
    assertThatThrownBy(() -> b.add(check("a", "LT-SIG-001")))
        .isInstanceOf(ConfigurationException.class);
  }

  @Test
  void pendingChecksAreReportedAsSkippedWithTheirReason() {
    CheckRegistry.Builder b = CheckRegistry.builder();
    CATALOGUE
        .all()
        .forEach(
            r ->
                r.checks()
                    .forEach(
                        id ->
                            b.pending(
                                id,
                                new Text(
                                    "Chưa đánh giá được: chưa có getAuditEvidence", "not yet"))));
    RunReport report =
        ConformanceRun.builder()
            .target(URI.create("http://127.0.0.1:9"))
            .registry(b.build())
            .only("LT-AUD-002")
            .build()
            .execute();
    CheckResult r = report.results().get(0).checks().get(0).result();
    assertThat(r.outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(r.expected().orElseThrow().vi())
        .contains("Chưa đánh giá được")
        .contains("getAuditEvidence");
  }

  @Test
  void theStandardRegistryHasACheckForEveryCatalogueEntry() {
    CheckRegistry standard = CheckRegistry.standard();
    CATALOGUE
        .all()
        .forEach(r -> r.checks().forEach(id -> assertThat(standard.find(id)).as(id).isPresent()));
  }

  @Test
  void aCheckThatThrowsIsAnErrorAndTheRunGoesOn() {
    CheckRegistry.Builder b = CheckRegistry.builder();
    CATALOGUE.all().forEach(r -> r.checks().forEach(id -> b.pending(id, new Text("chờ", "later"))));
    b.add(
        new Check() {
          @Override
          public String id() {
            return "aud.trail.matches-history";
          }

          @Override
          public String requirement() {
            return "LT-AUD-001";
          }

          @Override
          public CheckResult run(CheckContext context) {
            throw new IllegalStateException("boom 001090123456");
          }
        });
    RunReport report =
        ConformanceRun.builder()
            .target(URI.create("http://127.0.0.1:9"))
            .registry(b.build())
            .only("LT-AUD-*")
            .build()
            .execute();
    assertThat(report.result("LT-AUD-001").orElseThrow().outcome()).isEqualTo(Outcome.ERROR);
    assertThat(report.result("LT-AUD-001").orElseThrow().checks().get(0).result().observed())
        .contains("IllegalStateException")
        .doesNotContain("001090123456");
    assertThat(report.result("LT-AUD-002").orElseThrow().outcome()).isEqualTo(Outcome.SKIPPED);
  }

  @Test
  void rejectsAnOnlyPatternThatMatchesNothing() {
    assertThatThrownBy(
            () -> ConformanceRun.builder().target(URI.create("http://x")).only("LT-NOPE-*").build())
        .isInstanceOf(LienThongException.class)
        .extracting(e -> ((LienThongException) e).code())
        .isEqualTo("LT-CONF-0103");
  }
}
