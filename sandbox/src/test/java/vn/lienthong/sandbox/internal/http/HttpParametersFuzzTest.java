package vn.lienthong.sandbox.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import vn.lienthong.core.InvalidInputException;

/**
 * Fuzzes form and query parsing: whatever the bytes, it returns at most {@link
 * HttpLimits#MAX_PARAMETERS} parameters or throws {@link InvalidInputException}. A normal build
 * replays the committed corpus under {@code HttpParametersFuzzTestInputs}; {@code JAZZER_FUZZ=1}
 * fuzzes for real.
 */
class HttpParametersFuzzTest {

  @FuzzTest
  void parametersParseOrReject(byte[] data) {
    String raw = new String(data, StandardCharsets.UTF_8);
    try {
      assertThat(HttpCall.parse(raw, "form")).hasSizeLessThanOrEqualTo(HttpLimits.MAX_PARAMETERS);
    } catch (InvalidInputException expected) {
      assertThat(expected.errorCode().code()).startsWith("LT-SBX-00");
    }
  }
}
