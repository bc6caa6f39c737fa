package vn.lienthong.core.internal.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.forms.FormId;

class SchemaFlattenerTest {

  private static final String BASE = "/vn/lienthong/core/forms/";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void dropsAnnotationsButKeepsPropertiesNamedLikeThem() throws IOException {
    JsonNode schema =
        MAPPER.readTree(
            "{\"$id\":\"urn:x\",\"title\":\"T\",\"x-lienthong-ui\":{},\"type\":\"object\","
                + "\"properties\":{\"title\":{\"type\":\"string\",\"description\":\"d\"}}}");

    JsonNode flat = SchemaFlattener.flatten(schema, Map.of("urn:x", schema));

    assertThat(flat.toString())
        .isEqualTo(
            "{\"$id\":\"urn:x\",\"type\":\"object\",\"properties\":{\"title\":{\"type\":\"string\"}}}");
    assertThat(schema.has("title")).as("the input is not modified").isTrue();
  }

  @Test
  void inlinesPlainReferencesAndMakesTheOthersAbsolute() throws IOException {
    JsonNode common =
        MAPPER.readTree(
            "{\"$id\":\"urn:c\",\"$defs\":{\"a\":{\"type\":\"object\",\"properties\":"
                + "{\"n\":{\"$ref\":\"#/$defs/n\"},\"m\":{\"$ref\":\"#/$defs/n\",\"minLength\":2}}},"
                + "\"n\":{\"type\":\"string\",\"title\":\"N\"}}}");
    JsonNode form =
        MAPPER.readTree("{\"$id\":\"urn:f\",\"properties\":{\"p\":{\"$ref\":\"urn:c#/$defs/a\"}}}");

    JsonNode flat = SchemaFlattener.flatten(form, Map.of("urn:c", common, "urn:f", form));

    assertThat(flat.toString())
        .isEqualTo(
            "{\"$id\":\"urn:f\",\"properties\":{\"p\":{\"type\":\"object\",\"properties\":"
                + "{\"n\":{\"type\":\"string\"},\"m\":{\"$ref\":\"urn:c#/$defs/n\",\"minLength\":2}}}}}");
  }

  @Test
  void leavesCyclicReferencesAsReferences() throws IOException {
    JsonNode tree =
        MAPPER.readTree(
            "{\"$id\":\"urn:t\",\"$defs\":{\"node\":{\"type\":\"object\",\"properties\":"
                + "{\"child\":{\"$ref\":\"#/$defs/node\"}}}},\"$ref\":\"#/$defs/node\"}");

    JsonNode flat = SchemaFlattener.flatten(tree, Map.of("urn:t", tree));

    assertThat(flat.toString()).contains("\"$ref\":\"urn:t#/$defs/node\"");
  }

  /** The flattened schemas report exactly what the published ones do, on every bundled example. */
  @Test
  void flattenedSchemasGiveTheSameErrorsAsThePublishedOnes() throws IOException {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("urn:lienthong:form:common:1.0", read("common/1.0.json"));
    for (FormId id : FormSchemas.BUNDLED) {
      texts.put(id.urn(), read(id.resourcePath()));
    }
    Map<String, JsonNode> trees = new LinkedHashMap<>();
    Map<String, String> flat = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : texts.entrySet()) {
      trees.put(e.getKey(), MAPPER.readTree(e.getValue()));
    }
    trees.forEach((k, v) -> flat.put(k, SchemaFlattener.flatten(v, trees).toString()));
    JsonNode manifest = MAPPER.readTree(read("examples.json"));
    int compared = 0;
    for (String path : (Iterable<String>) () -> manifest.get("examples").fieldNames()) {
      FormId form = new FormId(path.substring(0, path.indexOf('/')), "1.0");
      JsonNode document = MAPPER.readTree(read(path));

      List<String> published = errors(texts, form, document);
      List<String> flattened = errors(flat, form, document);

      assertThat(flattened).as(path).containsExactlyInAnyOrderElementsOf(published);
      compared++;
    }
    assertThat(compared).isGreaterThan(20);
  }

  private static List<String> errors(Map<String, String> texts, FormId form, JsonNode document) {
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .formatAssertionsEnabled(true)
            .build();
    Schema schema =
        SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config).schemas(texts))
            .getSchema(SchemaLocation.of(form.urn()));
    return schema.validate(document).stream()
        .map(SchemaFlattenerTest::describe)
        .collect(Collectors.toList());
  }

  private static String describe(Error e) {
    return e.getKeyword()
        + " at "
        + e.getInstanceLocation()
        + " "
        + e.getProperty()
        + " "
        + SchemaErrors.toFormError(e).messageEn();
  }

  private static String read(String path) throws IOException {
    try (InputStream in = SchemaFlattenerTest.class.getResourceAsStream(BASE + path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
