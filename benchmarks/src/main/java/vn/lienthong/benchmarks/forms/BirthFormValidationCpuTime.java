package vn.lienthong.benchmarks.forms;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import vn.lienthong.core.forms.FormId;
import vn.lienthong.core.forms.FormValidator;

/**
 * The calls of {@link BirthFormValidationBenchmark} timed in CPU time of the measuring thread
 * rather than wall time, for a machine so loaded that JMH's wall times say more about the other
 * processes than about the code: full validation of the valid birth form, the raw networknt
 * baseline (plain parse, same schema, default output) and the plain Jackson parse, in interleaved
 * rounds after a warm-up.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * vn.lienthong.benchmarks.forms.BirthFormValidationCpuTime [rounds [documents]]}.
 */
public final class BirthFormValidationCpuTime {

  private BirthFormValidationCpuTime() {}

  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    ObjectMapper mapper = new ObjectMapper();
    String valid = read("birth-registration/examples/valid.json");
    String birth = "urn:lienthong:form:birth-registration:1.0";
    Map<String, String> texts =
        Map.of(
            "urn:lienthong:form:common:1.0",
            read("common/1.0.json"),
            birth,
            read("birth-registration/1.0.json"));
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
    Schema raw =
        SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config).schemas(texts))
            .getSchema(SchemaLocation.of(birth));
    FormValidator validator = FormValidator.create();
    LocalDate filed = LocalDate.of(2026, 3, 16);
    int checksum = 0;
    for (int round = 0; round < rounds; round++) {
      long c0 = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        checksum += validator.validate(FormId.BIRTH_REGISTRATION, valid, filed).errors().size();
      }
      long c1 = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        checksum += raw.validate(mapper.readTree(valid)).size();
      }
      long c2 = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        checksum += mapper.readTree(valid).size();
      }
      long c3 = threads.getCurrentThreadCpuTime();
      // A measuring tool, not library code: it reports on the console.
      System.out.printf(
          Locale.ROOT,
          "round %d, CPU µs per document: LienThong full %.2f, raw networknt %.2f, parse %.2f%s%n",
          round,
          (c1 - c0) / 1e3 / n,
          (c2 - c1) / 1e3 / n,
          (c3 - c2) / 1e3 / n,
          round < 2 ? " (warm-up)" : "");
    }
    System.out.println("checksum " + checksum);
  }

  private static String read(String path) throws IOException {
    try (InputStream in =
        FormValidator.class.getResourceAsStream("/vn/lienthong/core/forms/" + path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
