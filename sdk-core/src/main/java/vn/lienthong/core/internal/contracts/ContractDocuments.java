package vn.lienthong.core.internal.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.OpenApi31;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.ErrorDetails;

/**
 * The bundled contract files, parsed once: each YAML file as a JSON tree, all of them registered
 * with one schema registry (OpenAPI 3.1 dialect, JSON Pointer paths) under the base IRI {@value
 * #BASE_IRI}, so relative {@code $ref}s between files resolve without any network access. Compiled
 * schemas are cached by location. Thread-safe.
 *
 * @since 0.1.0
 */
public final class ContractDocuments {

  /** The base IRI under which contract files are registered; never fetched. */
  public static final String BASE_IRI = "https://contracts.lienthong.vn/";

  /** The classpath folder of the contract files. */
  public static final String RESOURCE_ROOT = "/contracts/";

  /** The largest contract file read, in bytes. */
  static final int MAX_FILE_BYTES = 1024 * 1024;

  /** The OpenAPI files bundled, by path under {@link #RESOURCE_ROOT}. */
  public static final List<String> OPENAPI_FILES =
      List.of(
          "bus/envelope.yaml",
          "common/types.yaml",
          "registry/population.yaml",
          "registry/business.yaml",
          "registry/civil-status.yaml",
          "registry/land.yaml",
          "portal/portal-sync.yaml",
          "exchange/document-exchange.yaml",
          "lgsp/token.yaml",
          "commune/commune-api.yaml");

  private final Map<String, JsonNode> trees;
  private final SchemaRegistry registry;
  private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

  /**
   * Loads every bundled contract file.
   *
   * @throws ConfigurationException with {@code BUNDLED_DATA_CORRUPT} if a file is missing or not
   *     valid YAML
   */
  public ContractDocuments() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(10);
    options.setCodePointLimit(MAX_FILE_BYTES);
    ObjectMapper yaml = new YAMLMapper(YAMLFactory.builder().loaderOptions(options).build());
    ObjectMapper json = new ObjectMapper();
    Map<String, JsonNode> loaded = new LinkedHashMap<>();
    Map<String, String> texts = new LinkedHashMap<>();
    for (String file : OPENAPI_FILES) {
      String text = resource(file);
      try {
        JsonNode tree = yaml.readTree(text);
        if (tree == null || !tree.isObject()) {
          throw corrupt(file, null);
        }
        loaded.put(file, tree);
        texts.put(BASE_IRI + file, json.writeValueAsString(tree));
      } catch (IOException e) {
        throw corrupt(file, e);
      }
    }
    this.trees = Collections.unmodifiableMap(loaded);
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .formatAssertionsEnabled(false)
            .build();
    this.registry =
        SchemaRegistry.withDefaultDialect(
            OpenApi31.getInstance(),
            builder -> builder.schemaRegistryConfig(config).schemas(texts));
  }

  /**
   * Returns the parsed tree of a file.
   *
   * @param file the path under the contracts folder, such as {@code registry/population.yaml}
   * @return the tree, or null if no such file is bundled
   */
  public @Nullable JsonNode tree(String file) {
    return trees.get(file);
  }

  /**
   * Returns the bundled files' trees, in bundle order.
   *
   * @return an unmodifiable map from path to tree
   */
  public Map<String, JsonNode> trees() {
    return trees;
  }

  /**
   * Returns the compiled schema at a location, compiling it on first use.
   *
   * @param location a file and a JSON Pointer into it
   * @return the compiled schema
   * @throws ConfigurationException with {@code BUNDLED_DATA_CORRUPT} if the schema cannot be
   *     compiled
   */
  public Schema schema(Location location) {
    return compiled.computeIfAbsent(location.iri(), iri -> compile(location));
  }

  private Schema compile(Location location) {
    try {
      Schema schema = registry.getSchema(SchemaLocation.of(location.iri()));
      schema.initializeValidators();
      return schema;
    } catch (RuntimeException e) {
      throw corrupt(location.file() + "#" + location.pointer(), e);
    }
  }

  /**
   * Follows {@code $ref} (of parameters, responses, headers) until a node without one.
   *
   * @param location where the node is
   * @return the resolved location; the same one if it has no {@code $ref}
   * @throws ConfigurationException with {@code BUNDLED_DATA_CORRUPT} on a dangling or cyclic
   *     reference
   */
  public Location resolve(Location location) {
    Location current = location;
    for (int hops = 0; hops < 16; hops++) {
      JsonNode node = node(current);
      JsonNode ref = node.get("$ref");
      if (ref == null || !ref.isTextual()) {
        return current;
      }
      current = current.follow(ref.textValue());
    }
    throw corrupt(location.file() + "#" + location.pointer(), null);
  }

  /**
   * Returns the node at a location.
   *
   * @param location the location
   * @return the node
   * @throws ConfigurationException with {@code BUNDLED_DATA_CORRUPT} if there is none
   */
  public JsonNode node(Location location) {
    JsonNode tree = trees.get(location.file());
    JsonNode node =
        tree == null ? null : location.pointer().isEmpty() ? tree : tree.at(location.pointer());
    if (node == null || node.isMissingNode()) {
      throw corrupt(location.file() + "#" + location.pointer(), null);
    }
    return node;
  }

  private static String resource(String file) {
    try (InputStream in = ContractDocuments.class.getResourceAsStream(RESOURCE_ROOT + file)) {
      if (in == null) {
        throw corrupt(file, null);
      }
      byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
      if (bytes.length > MAX_FILE_BYTES) {
        throw corrupt(file, null);
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw corrupt(file, e);
    }
  }

  static ConfigurationException corrupt(String what, @Nullable Exception cause) {
    return new ConfigurationException(
        CoreErrorCode.BUNDLED_DATA_CORRUPT,
        ErrorDetails.field("contracts/" + what).rule("contracts.bundled-file"),
        cause);
  }
}
