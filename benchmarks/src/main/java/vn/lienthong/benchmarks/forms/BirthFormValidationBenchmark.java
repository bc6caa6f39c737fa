package vn.lienthong.benchmarks.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.OutputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.lienthong.core.forms.FormError;
import vn.lienthong.core.forms.FormId;
import vn.lienthong.core.forms.FormValidationResult;
import vn.lienthong.core.forms.FormValidator;
import vn.lienthong.core.internal.forms.CrossFieldRules;

/**
 * Full validation of the bundled birth-registration example (bounded Jackson parse, JSON Schema
 * 2020-12, Vietnamese cross-field rules) against two baselines on the same document: a plain
 * Jackson parse, and raw networknt validation (plain parse, then the same schema with networknt's
 * default list-of-errors output, as a vendor would call it). Also a document with errors (messages
 * rendered in two languages) and the cross-field rules alone on a parsed tree, to show where the
 * time goes. Target: at most 20 µs per valid document.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BirthFormValidationBenchmark {

  private static final LocalDate FILED = LocalDate.of(2026, 3, 16);
  private static final String BIRTH = "urn:lienthong:form:birth-registration:1.0";

  private final ObjectMapper mapper = new ObjectMapper();
  private FormValidator validator;
  private Schema rawSchema;
  private String valid;
  private String invalid;
  private JsonNode validTree;

  @Setup
  public void setUp() throws IOException {
    validator = FormValidator.create();
    valid = read("birth-registration/examples/valid.json");
    invalid = read("birth-registration/examples/invalid-personal-id-year.json");
    validTree = mapper.readTree(valid);
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
    Map<String, String> texts =
        Map.of(
            "urn:lienthong:form:common:1.0",
            read("common/1.0.json"),
            BIRTH,
            read("birth-registration/1.0.json"));
    rawSchema =
        SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config).schemas(texts))
            .getSchema(SchemaLocation.of(BIRTH));
    rawSchema.initializeValidators();
    if (!rawSchema.validate(validTree).isEmpty()
        || !validator.validate(FormId.BIRTH_REGISTRATION, valid, FILED).valid()) {
      throw new IllegalStateException("the example must be valid");
    }
  }

  /** The subject: bounded parse, schema and cross-field rules of a valid form. */
  @Benchmark
  public FormValidationResult validBirthFormFullValidation() {
    return validator.validate(FormId.BIRTH_REGISTRATION, valid, FILED);
  }

  /** A form with one rule error: the full error path with both messages. */
  @Benchmark
  public FormValidationResult invalidBirthFormFullValidation() {
    return validator.validate(FormId.BIRTH_REGISTRATION, invalid, FILED);
  }

  /** Baseline: plain Jackson parse of the valid form. */
  @Benchmark
  public JsonNode baselineJacksonParseOnly() throws IOException {
    return mapper.readTree(valid);
  }

  /** Baseline: plain parse plus raw networknt validation (default output) of the same schema. */
  @Benchmark
  public List<Error> baselineNetworkntValidation() throws IOException {
    return rawSchema.validate(mapper.readTree(valid));
  }

  /** Part: raw networknt boolean pass over an already parsed tree. */
  @Benchmark
  public boolean partSchemaBooleanOnParsedTree() {
    return rawSchema.validate(validTree, OutputFormat.BOOLEAN);
  }

  /** Part: the Vietnamese cross-field rules alone over an already parsed tree. */
  @Benchmark
  public List<FormError> partCrossFieldRulesOnParsedTree() {
    List<FormError> errors = new ArrayList<>();
    CrossFieldRules.apply(validTree, FILED, errors);
    return errors;
  }

  private static String read(String path) throws IOException {
    try (InputStream in =
        FormValidator.class.getResourceAsStream("/vn/lienthong/core/forms/" + path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
