package vn.lienthong.signature.jws;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.lienthong.core.LienThongException;
import vn.lienthong.signature.Indication;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.testpki.TestPki;

/**
 * Fuzzes the JWS validator: whatever the text, it returns reports or throws {@link
 * LienThongException} ({@code LT-SIG-0101} or {@code LT-SIG-0402}), never anything else, and never
 * PASSED (the corpus is signed by keys of earlier runs, unknown to this run's test root). In a
 * normal build this replays the committed corpus under {@code JwsValidatorFuzzTestInputs}; {@code
 * JAZZER_FUZZ=1} fuzzes for real.
 */
class JwsValidatorFuzzTest {

  private static final JwsValidator VALIDATOR =
      JwsValidator.builder().trustAnchors(List.of(TestPki.shared().root())).build();

  @FuzzTest(maxDuration = "60s")
  void validateReturnsReportsOrRejects(byte[] data) {
    String jws = new String(data, StandardCharsets.UTF_8);
    try {
      for (ValidationReport report : VALIDATOR.validateEach(jws, JwsFixtures.REPORT)) {
        assertThat(report.indication()).isNotEqualTo(Indication.PASSED);
      }
      assertThat(VALIDATOR.validate(jws).indication()).isNotEqualTo(Indication.PASSED);
    } catch (LienThongException expected) {
      assertThat(expected.code()).isIn("LT-SIG-0101", "LT-SIG-0402");
    }
  }
}
