package vn.lienthong.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The places (derived from the bundled administrative units) must equal the official source list,
 * {@code sdk-core/src/data/admin-units-2025/merges.json} (level-1 entries and the old provinces
 * each merged), so that the two can never drift.
 */
class BirthRegistrationPlacesTest {

  @Test
  void tableMatchesMergesJson() throws Exception {
    JsonNode root =
        new ObjectMapper().readTree(Path.of("src/data/admin-units-2025/merges.json").toFile());
    Map<String, String> expected = new TreeMap<>();
    for (JsonNode province : root.get("data")) {
      for (JsonNode old : province.get("merges")) {
        String row =
            String.join(
                "|",
                old.get("name").asText(),
                province.get("level1_id").asText(),
                province.get("name").asText());
        expected.put("0" + old.get("old_id").asText(), row);
      }
    }
    Map<String, String> actual =
        BirthRegistrationPlace.all().stream()
            .collect(
                Collectors.toMap(
                    BirthRegistrationPlace::code,
                    p -> String.join("|", p.name(), p.province2025Code(), p.province2025Name()),
                    (a, b) -> a,
                    TreeMap::new));
    assertThat(actual).hasSize(63).isEqualTo(expected);
  }

  @Test
  void namesAreNfc() {
    assertThat(BirthRegistrationPlace.all())
        .allSatisfy(
            p -> assertThat(Normalizer.isNormalized(p.name(), Normalizer.Form.NFC)).isTrue());
  }

  @Test
  void wellKnownCodes() {
    assertThat(BirthRegistrationPlace.of("001").orElseThrow().name()).isEqualTo("Thành phố Hà Nội");
    assertThat(BirthRegistrationPlace.of("079").orElseThrow().name())
        .isEqualTo("Thành phố Hồ Chí Minh");
    assertThat(BirthRegistrationPlace.of("048").orElseThrow().name())
        .isEqualTo("Thành phố Đà Nẵng");
    assertThat(BirthRegistrationPlace.of("074").orElseThrow().province2025Name())
        .isEqualTo("Thành phố Hồ Chí Minh");
    assertThat(BirthRegistrationPlace.of("003")).isEmpty();
  }
}
