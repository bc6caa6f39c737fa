package vn.lienthong.benchmarks.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
import vn.lienthong.core.forms.FormId;
import vn.lienthong.core.forms.FormValidationResult;
import vn.lienthong.core.forms.FormValidator;

/**
 * Full validation of the bundled birth-registration example (bounded Jackson parse, JSON Schema
 * 2020-12, Vietnamese cross-field rules) against the baseline of a plain Jackson parse of the same
 * document; plus a document with errors (messages rendered in two languages). Target: at most 20 µs
 * per valid document.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BirthFormValidationBenchmark {

  private static final LocalDate FILED = LocalDate.of(2026, 3, 16);

  private final ObjectMapper mapper = new ObjectMapper();
  private FormValidator validator;
  private String valid;
  private String invalid;

  @Setup
  public void setUp() throws IOException {
    validator = FormValidator.create();
    valid = read("birth-registration/examples/valid.json");
    invalid = read("birth-registration/examples/invalid-personal-id-year.json");
  }

  @Benchmark
  public FormValidationResult validBirthFormFullValidation() {
    return validator.validate(FormId.BIRTH_REGISTRATION, valid, FILED);
  }

  @Benchmark
  public FormValidationResult invalidBirthFormFullValidation() {
    return validator.validate(FormId.BIRTH_REGISTRATION, invalid, FILED);
  }

  @Benchmark
  public JsonNode baselineJacksonParseOnly() throws IOException {
    return mapper.readTree(valid);
  }

  private static String read(String path) throws IOException {
    try (InputStream in =
        FormValidator.class.getResourceAsStream("/vn/lienthong/core/forms/" + path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
