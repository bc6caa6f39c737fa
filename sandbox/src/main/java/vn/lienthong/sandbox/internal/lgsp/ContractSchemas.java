package vn.lienthong.sandbox.internal.lgsp;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.OutputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.sandbox.SandboxErrorCode;

/**
 * The JSON Schemas of the published contracts ({@code contracts/*.yaml} in the sdk-core jar),
 * compiled once per schema pointer with the networknt validator (draft 2020-12). The one place the
 * sandbox validates JSON against the contracts, so it can switch to sdk-core's {@code
 * ContractValidator} once that lands. Thread-safe.
 */
public final class ContractSchemas {

  /** The largest number of violations reported for one document. */
  public static final int MAX_VIOLATIONS = 20;

  private static final ContractSchemas SHARED = new ContractSchemas();

  private final SchemaRegistry registry;
  private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

  private ContractSchemas() {
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build();
    this.registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, b -> b.schemaRegistryConfig(config));
  }

  /**
   * Returns the shared instance.
   *
   * @return the schemas
   */
  public static ContractSchemas shared() {
    return SHARED;
  }

  /**
   * Validates a JSON value against a component schema of a contract.
   *
   * @param contract the contract path without extension, such as {@code registry/population}
   * @param schema the component schema name, such as {@code LookupRequest}
   * @param value the JSON value
   * @return the violations, empty when valid, at most {@link #MAX_VIOLATIONS}
   * @throws ConfigurationException if the contract cannot be loaded ({@link
   *     SandboxErrorCode#CONTRACT_UNREADABLE})
   */
  public List<Violation> validate(String contract, String schema, JsonNode value) {
    Schema s = compiled.computeIfAbsent(contract + "#" + schema, k -> load(contract, schema));
    if (s.validate(value, OutputFormat.BOOLEAN)) {
      return List.of();
    }
    List<Violation> out = new ArrayList<>();
    for (Error e : s.validate(value)) {
      if (out.size() == MAX_VIOLATIONS) {
        break;
      }
      String pointer = e.getInstanceLocation().toString();
      String property = e.getProperty();
      if (property != null && ("required".equals(e.getKeyword()) || isAdditional(e))) {
        pointer = (pointer.equals("/") ? "" : pointer) + "/" + property;
      }
      out.add(new Violation(pointer.isEmpty() ? "/" : pointer, String.valueOf(e.getKeyword())));
    }
    if (out.isEmpty()) {
      out.add(new Violation("/", "schema"));
    }
    return out;
  }

  private static boolean isAdditional(Error e) {
    String k = String.valueOf(e.getKeyword());
    return k.equals("additionalProperties") || k.equals("unevaluatedProperties");
  }

  private Schema load(String contract, String schema) {
    String location = "classpath:contracts/" + contract + ".yaml#/components/schemas/" + schema;
    try {
      Schema s = registry.getSchema(SchemaLocation.of(location));
      s.initializeValidators();
      return s;
    } catch (RuntimeException e) {
      throw new ConfigurationException(
          SandboxErrorCode.CONTRACT_UNREADABLE,
          ErrorDetails.field("contract")
              .rule("load")
              .rejectedValue(location)
              .with("reason", e.getClass().getSimpleName()),
          e);
    }
  }

  /**
   * One violation: where in the document and which schema keyword failed. Never holds the rejected
   * value, so it is safe to return and log.
   *
   * @param pointer the JSON pointer (RFC 6901), or {@code header:<name>}
   * @param rule the failing keyword
   */
  public record Violation(String pointer, String rule) {}
}
