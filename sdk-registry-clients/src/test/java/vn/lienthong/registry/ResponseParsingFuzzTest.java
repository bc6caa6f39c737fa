package vn.lienthong.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.lienthong.registry.internal.bus.JsonCall;
import vn.lienthong.registry.internal.bus.Problems;
import vn.lienthong.registry.internal.bus.RequestHash;
import vn.lienthong.registry.internal.bus.ResponseChecks;

/**
 * Fuzzes response parsing: whatever the headers and body, the bus client accepts the response or
 * refuses it with a {@link BusException} carrying a {@code LT-REG} code, never anything else. In a
 * normal build this replays the committed corpus under {@code ResponseParsingFuzzTestInputs};
 * {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class ResponseParsingFuzzTest {

  private static final String ID = "fuzz-message-0001";
  private static final String HASH = RequestHash.of(new byte[0]);

  @FuzzTest
  void bodiesAreAcceptedOrRefusedWithACode(byte[] data) {
    byte[] body = data.length == 0 ? data : Arrays.copyOfRange(data, 1, data.length);
    HttpHeaders headers =
        HttpHeaders.of(
            Map.of(
                "Content-Type",
                    List.of(
                        data.length > 0 && data[0] % 2 == 0 ? "application/json" : "text/plain"),
                "LT-Id", List.of(ID),
                "LT-Request-Hash", List.of(HASH),
                "LT-Protocol-Version", List.of("1.0")),
            (a, b) -> true);
    BusResponse response =
        new BusResponse(200, headers, body, "application/json", new MessageId(ID), HASH, false, 1);
    for (String operation :
        List.of(
            "registry/population#lookupCitizen",
            "portal/portal-sync#lookupDossier",
            "registry/land#searchParcels")) {
      try {
        assertThat(JsonCall.checkResponse(operation, "fuzz", response)).isNotNull();
      } catch (BusException e) {
        assertThat(e.code()).startsWith("LT-REG-00");
      }
    }
    Problems.Problem problem = Problems.read(body);
    assertThat(Problems.toException(500, problem, "fuzz", ID).code()).startsWith("LT-REG-00");
  }

  @FuzzTest
  void headersAreAcceptedOrRefusedWithACode(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    String[] parts = text.split("\n", -1);
    HttpHeaders headers =
        HttpHeaders.of(
            Map.of(
                "LT-Id", List.of(parts[0]),
                "LT-Request-Hash",
                    Arrays.asList(parts).subList(parts.length > 1 ? 1 : 0, parts.length),
                "LT-Protocol-Version", List.of(parts.length > 2 ? parts[2] : "1.0"),
                "Content-Type", List.of(parts.length > 3 ? parts[3] : "application/json")),
            (a, b) -> true);
    ResponseChecks checks = new ResponseChecks("fuzz", ID, HASH);
    try {
      checks.checkEnvelope(headers, true);
      checks.checkContentType(headers, 200, "application/json");
      assertThat(headers.firstValue("LT-Id")).contains(ID);
    } catch (BusException e) {
      assertThat(e.code()).startsWith("LT-REG-00");
    }
  }
}
