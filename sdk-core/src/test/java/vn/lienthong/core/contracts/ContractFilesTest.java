package vn.lienthong.core.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.internal.contracts.ContractDocuments;
import vn.lienthong.core.internal.contracts.Location;
import vn.lienthong.core.internal.contracts.OperationModel;
import vn.lienthong.core.internal.contracts.XmlSchemas;

/** The contract files themselves: they parse, follow the conventions and hang together. */
class ContractFilesTest {

  private static final ContractDocuments DOCS = new ContractDocuments();

  @Test
  void everyOpenApiFileParsesAsOpenApi31WithJsonSchema202012() {
    assertThat(DOCS.trees()).hasSameSizeAs(ContractDocuments.OPENAPI_FILES);
    DOCS.trees()
        .forEach(
            (file, tree) -> {
              assertThat(tree.path("openapi").asText()).as(file).isEqualTo("3.1.0");
              assertThat(tree.path("jsonSchemaDialect").asText())
                  .as(file)
                  .isEqualTo("https://json-schema.org/draft/2020-12/schema");
              assertThat(tree.path("info").path("version").asText())
                  .as(file)
                  .matches("[0-9]+\\.[0-9]+\\.[0-9]+");
              assertThat(tree.path("info").path("title").asText()).as(file).isNotBlank();
            });
  }

  @Test
  void everyContractFileInTheFolderIsBundled() throws IOException, URISyntaxException {
    Path root =
        Path.of(ContractFilesTest.class.getResource("/contracts/README.md").toURI()).getParent();
    List<String> yaml = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      files
          .filter(p -> p.toString().endsWith(".yaml") && !p.startsWith(root.resolve("examples")))
          .forEach(p -> yaml.add(root.relativize(p).toString().replace('\\', '/')));
    }
    assertThat(yaml).containsExactlyInAnyOrderElementsOf(ContractDocuments.OPENAPI_FILES);
  }

  @Test
  void everyReferenceResolves() {
    List<String> dangling = new ArrayList<>();
    DOCS.trees().forEach((file, tree) -> refs(new Location(file, ""), tree, dangling));
    assertThat(dangling).isEmpty();
  }

  @Test
  void everyOperationSchemaCompilesAndOperationIdsAreUnique() {
    Set<String> refs = new HashSet<>();
    int schemas = 0;
    for (Contract c : Contracts.bundled().list()) {
      for (OperationModel m : c.models().values()) {
        assertThat(refs.add(m.operation().ref())).isTrue();
        for (OperationModel.Body b : m.requestBodies().values()) {
          assertThat(DOCS.schema(b.schema())).isNotNull();
          schemas++;
        }
        for (OperationModel.Header h : m.requestHeaders()) {
          assertThat(DOCS.schema(h.schema())).isNotNull();
        }
        for (OperationModel.Response r : m.responses().values()) {
          for (OperationModel.Body b : r.bodies().values()) {
            assertThat(DOCS.schema(b.schema())).isNotNull();
            schemas++;
          }
          for (OperationModel.Header h : r.headers()) {
            assertThat(DOCS.schema(h.schema())).isNotNull();
          }
        }
      }
    }
    assertThat(refs).hasSizeGreaterThanOrEqualTo(13);
    assertThat(schemas).isGreaterThan(100);
  }

  @Test
  void dataShapesAreClosedAndBounded() {
    List<String> open = new ArrayList<>();
    DOCS.trees()
        .forEach(
            (file, tree) ->
                tree.path("components")
                    .path("schemas")
                    .properties()
                    .forEach(
                        e -> {
                          JsonNode s = e.getValue();
                          if ("object".equals(s.path("type").asText())
                              && !s.has("additionalProperties")
                              && !s.has("unevaluatedProperties")) {
                            open.add(file + "#" + e.getKey());
                          }
                          if ("array".equals(s.path("type").asText()) && !s.has("maxItems")) {
                            open.add(file + "#" + e.getKey() + " (no maxItems)");
                          }
                          if ("string".equals(s.path("type").asText())
                              && !s.has("maxLength")
                              && !s.has("pattern")
                              && !s.has("enum")
                              && !s.has("const")) {
                            open.add(file + "#" + e.getKey() + " (unbounded string)");
                          }
                        }));
    // Bases composed with allOf and closed by unevaluatedProperties where they are used.
    assertThat(open)
        .containsExactlyInAnyOrder(
            "portal/portal-sync.yaml#Envelope", "registry/civil-status.yaml#RecordCommon");
  }

  @Test
  void xmlSchemasCompile() {
    XmlSchemas xml = new XmlSchemas();
    assertThat(xml.schema("exchange/edxml.xsd")).isNotNull();
    assertThat(xml.schema("bus/envelope.xsd")).isNotNull();
  }

  @Test
  void vietnameseTextIsNfcEverywhere() throws IOException, URISyntaxException {
    Path root =
        Path.of(ContractFilesTest.class.getResource("/contracts/README.md").toURI()).getParent();
    List<String> notNfc = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
          notNfc.add(root.relativize(p).toString());
        }
      }
    }
    assertThat(notNfc).isEmpty();
  }

  @Test
  void readmeNamesEveryContractFile() throws IOException {
    String readme;
    try (InputStream in = ContractFilesTest.class.getResourceAsStream("/contracts/README.md")) {
      readme = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (String file : ContractDocuments.OPENAPI_FILES) {
      assertThat(readme).contains("`" + file + "`");
    }
    assertThat(readme).contains("`exchange/edxml.xsd`", "`bus/envelope.xsd`", "(unconfirmed)");
  }

  @Test
  void envelopeErrorCodesAreCategorisedWithBothTitles() throws IOException {
    JsonNode codes =
        DOCS.tree("bus/envelope.yaml").at("/components/schemas/BusErrorCode/x-lienthong-codes");
    Set<String> categories = new HashSet<>();
    for (Map.Entry<String, JsonNode> e : codes.properties()) {
      assertThat(e.getKey()).matches("LT-BUS-[0-9]{4}");
      JsonNode c = e.getValue();
      categories.add(c.path("category").asText());
      assertThat(c.path("status").asInt()).isBetween(400, 599);
      assertThat(c.path("title_vi").asText()).isNotBlank();
      assertThat(c.path("title_en").asText()).isNotBlank();
      assertThat(c.has("retryable")).isTrue();
    }
    assertThat(categories)
        .containsExactlyInAnyOrder(
            "client", "authentication", "routing", "provider-down", "bus-internal", "business");
    // The same categories as the Problem's enum.
    JsonNode enumNode = DOCS.tree("bus/envelope.yaml").at("/components/schemas/ErrorCategory/enum");
    Set<String> declared = new HashSet<>();
    enumNode.forEach(n -> declared.add(n.asText()));
    assertThat(declared).isEqualTo(categories);
  }

  private static void refs(Location at, JsonNode node, List<String> dangling) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null && ref.isTextual()) {
        Location target = at.follow(ref.textValue());
        JsonNode tree = DOCS.tree(target.file());
        if (tree == null || tree.at(target.pointer()).isMissingNode()) {
          dangling.add(at.file() + "#" + at.pointer() + " -> " + ref.textValue());
        }
      }
      node.properties().forEach(e -> refs(at.child(e.getKey()), e.getValue(), dangling));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        refs(at.child(String.valueOf(i)), node.get(i), dangling);
      }
    }
  }
}
