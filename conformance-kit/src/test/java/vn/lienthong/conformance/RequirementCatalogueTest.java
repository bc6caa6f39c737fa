package vn.lienthong.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.ConfigurationException;

class RequirementCatalogueTest {

  private final RequirementCatalogue catalogue = RequirementCatalogue.standard();

  @Test
  void coversEveryAreaTheIssueNames() {
    assertThat(catalogue.areas().keySet())
        .containsExactly("API", "LIFE", "IDN", "SIG", "EXC", "PRIV", "ROB", "AUD");
    for (String area : catalogue.areas().keySet()) {
      assertThat(catalogue.all()).as(area).anyMatch(r -> r.area().equals(area));
    }
  }

  @Test
  void everyDeliberateFaultOfTheKitHasTheRequirementMeantToCatchIt() {
    // The faults the kit's own tests inject, each caught by exactly this requirement.
    assertThat(catalogue.find("LT-SIG-001"))
        .get()
        .extracting(Requirement::checks)
        .asList()
        .contains("sig.result.is-signed");
    assertThat(catalogue.find("LT-SIG-002")).isPresent(); // content changed after signing
    assertThat(catalogue.find("LT-LIFE-001")).isPresent(); // wrong status sequence
    assertThat(catalogue.find("LT-ROB-002")).isPresent(); // duplicate dossier on redelivery
    assertThat(catalogue.find("LT-IDN-001")).isPresent(); // forged ID token accepted
    assertThat(catalogue.find("LT-PRIV-001")).isPresent(); // personal id on the public look-up
    assertThat(catalogue.find("LT-ROB-001")).isPresent(); // problem details without codes
    assertThat(catalogue.find("LT-SIG-005")).isPresent(); // SHA-1 signature
    assertThat(
            List.of(
                "LT-SIG-001",
                "LT-SIG-002",
                "LT-LIFE-001",
                "LT-ROB-002",
                "LT-IDN-001",
                "LT-PRIV-001",
                "LT-ROB-001",
                "LT-SIG-005"))
        .allMatch(id -> catalogue.find(id).orElseThrow().required());
  }

  @Test
  void vietnameseTextsAreNfcWithDiacriticsAndEverySourceIsCited() {
    for (Requirement r : catalogue.all()) {
      assertThat(Normalizer.isNormalized(r.statement().vi(), Normalizer.Form.NFC)).isTrue();
      assertThat(r.statement().vi()).as(r.id()).matches(".*[ăâđêôơưáàảãạéèíóòúùýỳ].*");
      assertThat(r.source()).as(r.id()).isNotBlank();
    }
  }

  @Test
  void selectsByIdsAndGlobsInCatalogueOrder() {
    assertThat(catalogue.select("lt-sig-*").stream().map(Requirement::id))
        .startsWith("LT-SIG-001")
        .allMatch(id -> id.startsWith("LT-SIG-"));
    assertThat(catalogue.select("LT-ROB-001, LT-API-001").stream().map(Requirement::id))
        .containsExactly("LT-API-001", "LT-ROB-001");
  }

  @Test
  void rejectsAPatternThatMatchesNothing() {
    assertThatThrownBy(() -> catalogue.select("LT-SGI-*"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LT-SGI-*");
  }

  @Test
  void rejectsDuplicateIdsAndChecksSharedBetweenRequirements() throws Exception {
    String yaml =
        """
        areas: {API: {vi: "Giao diện", en: "API"}}
        requirements:
          - {id: LT-API-001, level: REQUIRED, title: {vi: "Một", en: "One"}, statement: {vi: "Một", en: "One"},
             rationale: r, source: s, checks: [a]}
          - {id: LT-API-001, level: REQUIRED, title: {vi: "Hai", en: "Two"}, statement: {vi: "Hai", en: "Two"},
             rationale: r, source: s, checks: [b]}
        """;
    JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
    assertThatThrownBy(() -> RequirementCatalogue.parse(root, "test.yaml"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("LT-API-001");
  }

  @Test
  void rejectsARequirementWithoutChecksOrWithAnUndeclaredArea() throws Exception {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    JsonNode noChecks =
        yaml.readTree(
            """
            areas: {API: {vi: "Giao diện", en: "API"}}
            requirements:
              - {id: LT-API-001, level: REQUIRED, title: {vi: "Một", en: "One"},
                 statement: {vi: "Một", en: "One"}, rationale: r, source: s, checks: []}
            """);
    assertThatThrownBy(() -> RequirementCatalogue.parse(noChecks, "t"))
        .isInstanceOf(ConfigurationException.class);
    JsonNode badArea =
        yaml.readTree(
            """
            areas: {API: {vi: "Giao diện", en: "API"}}
            requirements:
              - {id: LT-XYZ-001, level: REQUIRED, title: {vi: "Một", en: "One"},
                 statement: {vi: "Một", en: "One"}, rationale: r, source: s, checks: [a]}
            """);
    assertThatThrownBy(() -> RequirementCatalogue.parse(badArea, "t"))
        .isInstanceOf(ConfigurationException.class);
  }
}
