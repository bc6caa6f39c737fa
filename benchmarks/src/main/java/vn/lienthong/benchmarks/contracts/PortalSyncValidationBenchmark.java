package vn.lienthong.benchmarks.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
import vn.lienthong.core.contracts.ContractValidationResult;
import vn.lienthong.core.contracts.ContractValidator;

/**
 * Contract validation of the bundled portal sync example ({@code DongBoHoSoMC}): the body alone,
 * and the whole request with the envelope headers, against the baseline of a plain Jackson parse of
 * the same body. This is the cost a client or the sandbox pays per message when validating against
 * the contract on both sides.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PortalSyncValidationBenchmark {

  private static final String OPERATION = "portal/portal-sync#syncDossiers";

  private final ObjectMapper mapper = new ObjectMapper();
  private ContractValidator validator;
  private String body;
  private Map<String, List<String>> headers;

  @Setup
  public void setUp() throws IOException {
    validator = ContractValidator.create();
    try (InputStream in =
        ContractValidator.class.getResourceAsStream(
            "/contracts/examples/portal/syncDossiers.request.json")) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    headers =
        Map.of(
            "LT-Protocol-Version", List.of("1.0"),
            "LT-Client", List.of("VN/GOV/000.00.01.H22/mot-cua-xa"),
            "LT-Service", List.of("VN/GOV/000.00.00.G22/dvcqg-sync/dong-bo-ho-so/v1"),
            "LT-Id", List.of("5f0e3c1a-8d8e-4f8a-9a55-2b8f3f1c2d10"),
            "LT-Issue", List.of("000.00.01.H22-250701-0001"),
            "Content-Type", List.of("application/json"));
    if (!validator.validateRequest(OPERATION, headers, body).valid()) {
      throw new IllegalStateException("example must be valid");
    }
  }

  @Benchmark
  public ContractValidationResult portalSyncBodyValidation() {
    return validator.validateRequestBody(OPERATION, body);
  }

  @Benchmark
  public ContractValidationResult portalSyncRequestWithHeaders() {
    return validator.validateRequest(OPERATION, headers, body);
  }

  @Benchmark
  public JsonNode baselineJacksonParseOnly() throws IOException {
    return mapper.readTree(body);
  }
}
