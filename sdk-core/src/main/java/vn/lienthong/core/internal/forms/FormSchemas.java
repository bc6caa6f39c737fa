package vn.lienthong.core.internal.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.forms.FormDefinition;
import vn.lienthong.core.forms.FormId;
import vn.lienthong.core.forms.PrefillDescriptor;
import vn.lienthong.core.forms.UiGroup;
import vn.lienthong.core.forms.UiHints;
import vn.lienthong.core.id.ProcedureCode;

/**
 * Loads the bundled form schemas, compiles them once with the schema validator (draft 2020-12,
 * format assertions on, JSON Pointer paths; the flattened copy of {@link SchemaFlattener}) and
 * reads their {@code x-lienthong-*} keywords from the published text. Immutable and thread-safe
 * after construction.
 *
 * @since 0.1.0
 */
public final class FormSchemas {

  /** The bundled forms. */
  public static final List<FormId> BUNDLED =
      List.of(
          FormId.BIRTH_REGISTRATION,
          FormId.DEATH_REGISTRATION,
          FormId.MARRIAGE_REGISTRATION,
          FormId.PERMANENT_RESIDENCE,
          FormId.TEMPORARY_RESIDENCE,
          FormId.CERTIFIED_COPY,
          FormId.HOUSEHOLD_BUSINESS_REGISTRATION);

  private static final String BASE = "/vn/lienthong/core/forms/";
  private static final String COMMON = "urn:lienthong:form:common:1.0";

  private final Map<FormId, Schema> schemas = new LinkedHashMap<>();
  private final Map<FormId, FormDefinition> definitions = new LinkedHashMap<>();

  /**
   * Loads and compiles the bundled forms.
   *
   * @throws ConfigurationException with {@code BUNDLED_DATA_CORRUPT} if a resource is missing or
   *     invalid
   */
  public FormSchemas() {
    ObjectMapper mapper = new ObjectMapper();
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put(COMMON, resource("common/1.0.json"));
    for (FormId id : BUNDLED) {
      texts.put(id.urn(), resource(id.resourcePath()));
    }
    Map<String, JsonNode> trees = new LinkedHashMap<>();
    Map<String, String> compiled = new LinkedHashMap<>();
    for (Map.Entry<String, String> text : texts.entrySet()) {
      try {
        trees.put(text.getKey(), mapper.readTree(text.getValue()));
      } catch (IOException | RuntimeException e) {
        throw corrupt(text.getKey(), e);
      }
    }
    for (Map.Entry<String, JsonNode> tree : trees.entrySet()) {
      compiled.put(tree.getKey(), SchemaFlattener.flatten(tree.getValue(), trees).toString());
    }
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .formatAssertionsEnabled(true)
            .build();
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(config).schemas(compiled));
    for (FormId id : BUNDLED) {
      try {
        Schema schema = registry.getSchema(SchemaLocation.of(id.urn()));
        schema.initializeValidators();
        schemas.put(id, schema);
        definitions.put(id, definition(id, trees.get(id.urn()), texts.get(id.urn())));
      } catch (RuntimeException e) {
        throw corrupt(id.resourcePath(), e);
      }
    }
  }

  /**
   * Returns the compiled schema of a form.
   *
   * @param id the form
   * @return the schema, or null if the form is not bundled
   */
  public @Nullable Schema schema(FormId id) {
    return schemas.get(id);
  }

  /**
   * Returns the definitions of the bundled forms, in bundle order.
   *
   * @return an unmodifiable map
   */
  public Map<FormId, FormDefinition> definitions() {
    return java.util.Collections.unmodifiableMap(definitions);
  }

  private static FormDefinition definition(FormId id, JsonNode root, String text) {
    List<PrefillDescriptor> prefill = new ArrayList<>();
    for (JsonNode p : root.path("x-lienthong-prefill")) {
      prefill.add(
          new PrefillDescriptor(
              p.path("pointer").asText(),
              p.path("registry").asText(),
              p.path("field").asText(),
              p.path("key").asText()));
    }
    JsonNode ui = root.path("x-lienthong-ui");
    List<String> order = new ArrayList<>();
    ui.path("order").forEach(n -> order.add(n.asText()));
    List<UiGroup> groups = new ArrayList<>();
    for (JsonNode g : ui.path("groups")) {
      List<String> fields = new ArrayList<>();
      g.path("fields").forEach(n -> fields.add(n.asText()));
      groups.add(new UiGroup(g.path("id").asText(), g.path("title").asText(), fields));
    }
    return new FormDefinition(
        id,
        ProcedureCode.parse(root.path("x-lienthong-procedure").asText()),
        root.path("title").asText(),
        root.path("description").asText(),
        prefill,
        new UiHints(order, groups, textMap(ui.path("widgets")), textMap(ui.path("help"))),
        text);
  }

  private static Map<String, String> textMap(JsonNode node) {
    Map<String, String> map = new LinkedHashMap<>();
    node.properties().forEach(e -> map.put(e.getKey(), e.getValue().asText()));
    return map;
  }

  private static String resource(String path) {
    try (InputStream in = FormSchemas.class.getResourceAsStream(BASE + path)) {
      if (in == null) {
        throw corrupt(path, null);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw corrupt(path, e);
    }
  }

  private static ConfigurationException corrupt(String path, @Nullable Exception cause) {
    return new ConfigurationException(
        CoreErrorCode.BUNDLED_DATA_CORRUPT,
        ErrorDetails.field("forms/" + path).rule("forms.bundled-schema"),
        cause);
  }
}
