package vn.lienthong.core.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.lienthong.core.internal.contracts.XmlSchemas;

/**
 * Every example under {@code contracts/examples/} against the schema {@code examples/index.yaml}
 * names: valid ones pass, invalid ones fail at the expected field with the expected rule.
 */
class ContractExamplesTest {

  private static final ContractValidator VALIDATOR = ContractValidator.create();
  private static final XmlSchemas XML = new XmlSchemas();

  static List<JsonNode> examples() throws IOException {
    try (InputStream in =
        ContractExamplesTest.class.getResourceAsStream("/contracts/examples/index.yaml")) {
      List<JsonNode> list = new ArrayList<>();
      new YAMLMapper().readTree(in).path("examples").forEach(list::add);
      return list;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void exampleMeetsItsExpectation(JsonNode example) throws IOException {
    String file = example.path("file").asText();
    String text = read("/contracts/examples/" + file);
    boolean valid = example.path("valid").asBoolean();
    if (example.has("xsd")) {
      var violations = XML.validate(example.path("xsd").asText(), text);
      if (valid) {
        assertThat(violations).as(file).isEmpty();
      } else {
        assertThat(violations).as(file).isNotEmpty();
        assertThat(violations)
            .anySatisfy(v -> assertThat(v.messageEn()).contains(example.path("error").asText()));
      }
      return;
    }
    ContractValidationResult result = validate(example, text);
    if (valid) {
      assertThat(result.violations()).as(file).isEmpty();
    } else {
      assertThat(result.violations()).as(file).isNotEmpty();
      assertThat(result.violations().get(0).pointer())
          .as(file)
          .isEqualTo(example.path("pointer").asText());
      assertThat(result.violations().get(0).rule())
          .as(file)
          .isEqualTo("contract.schema." + example.path("keyword").asText());
    }
  }

  @Test
  void everyExampleFileIsListedInTheIndex() throws IOException, URISyntaxException {
    Path root =
        Path.of(ContractExamplesTest.class.getResource("/contracts/examples/index.yaml").toURI())
            .getParent();
    List<String> listed = new ArrayList<>();
    examples().forEach(e -> listed.add(e.path("file").asText()));
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      files
          .filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.equals("index.yaml"))
          .forEach(found::add);
    }
    assertThat(listed).containsExactlyInAnyOrderElementsOf(found);
  }

  @Test
  void everyOperationHasAtLeastOneValidExample() throws IOException {
    List<String> covered = new ArrayList<>();
    examples().stream()
        .filter(e -> e.path("valid").asBoolean() && "request".equals(e.path("part").asText()))
        .forEach(
            e -> covered.add(e.path("contract").asText() + "#" + e.path("operation").asText()));
    List<String> missing = new ArrayList<>();
    for (Contract c : Contracts.bundled().list()) {
      for (ContractOperation op : c.operations()) {
        if (!covered.contains(op.ref()) && !op.requestMediaTypes().isEmpty()) {
          missing.add(op.ref());
        }
      }
    }
    // sendDocument's request is XML, covered by the xsd entries.
    assertThat(missing).containsExactly("exchange/document-exchange#sendDocument");
  }

  private static ContractValidationResult validate(JsonNode e, String text) throws IOException {
    String contract = e.path("contract").asText();
    if (e.has("schema")) {
      return VALIDATOR.validateSchema(contract, e.path("schema").asText(), text);
    }
    String op = contract + "#" + e.path("operation").asText();
    switch (e.path("part").asText()) {
      case "request":
        return VALIDATOR.validateRequestBody(op, text);
      case "response":
        return VALIDATOR.validateResponseBody(op, e.path("status").asInt(), text);
      case "request-headers":
        return VALIDATOR.validateRequest(op, headers(text), body(op, "request"));
      case "response-headers":
        return VALIDATOR.validateResponse(
            op, e.path("status").asInt(), headers(text), body(op, "response"));
      default:
        throw new IllegalArgumentException(e.toString());
    }
  }

  /** A valid body for the operation, so that a headers example is judged on its headers only. */
  private static String body(String op, String part) throws IOException {
    for (JsonNode e : examples()) {
      if (e.path("valid").asBoolean()
          && part.equals(e.path("part").asText())
          && op.equals(e.path("contract").asText() + "#" + e.path("operation").asText())) {
        return read("/contracts/examples/" + e.path("file").asText());
      }
    }
    throw new IllegalStateException(op);
  }

  private static Map<String, List<String>> headers(String json) throws IOException {
    Map<String, List<String>> map = new LinkedHashMap<>();
    new ObjectMapper()
        .readTree(json)
        .properties()
        .forEach(p -> map.put(p.getKey(), List.of(p.getValue().asText())));
    return map;
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = ContractExamplesTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
