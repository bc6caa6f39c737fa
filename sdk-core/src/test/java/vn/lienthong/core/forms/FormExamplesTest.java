package vn.lienthong.core.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bundled example document gives exactly the errors listed in {@code examples.json}. */
class FormExamplesTest {

  private static final String BASE = "/vn/lienthong/core/forms/";

  static Stream<Arguments> examples() throws IOException {
    JsonNode manifest = new ObjectMapper().readTree(read("examples.json"));
    LocalDate filing = LocalDate.parse(manifest.get("filingDate").asText());
    List<Arguments> out = new ArrayList<>();
    manifest
        .get("examples")
        .properties()
        .forEach(
            e -> {
              List<Tuple> expected = new ArrayList<>();
              e.getValue()
                  .forEach(
                      x -> expected.add(tuple(x.get("pointer").asText(), x.get("code").asText())));
              out.add(Arguments.of(e.getKey(), filing, expected));
            });
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void exampleGivesExactlyTheListedErrors(String path, LocalDate filing, List<Tuple> expected)
      throws IOException {
    FormId form = new FormId(path.substring(0, path.indexOf('/')), "1.0");

    FormValidationResult result = FormValidator.create().validate(form, read(path), filing);

    assertThat(result.errors())
        .extracting(FormError::pointer, e -> e.code().code())
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(result.valid()).isEqualTo(expected.isEmpty());
    result
        .errors()
        .forEach(
            e -> {
              assertThat(e.messageVi()).doesNotContainPattern("\\{[a-zA-Z]+}");
              assertThat(e.messageEn()).doesNotContainPattern("\\{[a-zA-Z]+}");
              assertThat(e.messageVi()).isNotEqualTo(e.messageEn());
            });
  }

  static String read(String path) throws IOException {
    try (InputStream in = FormExamplesTest.class.getResourceAsStream(BASE + path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
