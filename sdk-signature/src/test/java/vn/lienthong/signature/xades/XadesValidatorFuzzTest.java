package vn.lienthong.signature.xades;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import vn.lienthong.core.LienThongException;
import vn.lienthong.signature.Indication;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.testpki.TestPki;

/**
 * Fuzzes the XAdES validator: whatever the bytes, it returns a report or throws {@link
 * LienThongException} ({@code LT-SIG-01xx}), never anything else, and never PASSED (the corpus
 * files are signed by keys of earlier runs, unknown to this run's test root). In a normal build
 * this replays the committed corpus under {@code XadesValidatorFuzzTestInputs}; {@code
 * JAZZER_FUZZ=1} fuzzes for real.
 */
class XadesValidatorFuzzTest {

  private static final XadesValidator VALIDATOR =
      XadesValidator.builder().trustAnchors(List.of(TestPki.shared().root())).build();

  @FuzzTest(maxDuration = "60s")
  void validateReturnsReportOrRejects(byte[] data) {
    try {
      ValidationReport report = VALIDATOR.validate(data);
      assertThat(report.indication()).isNotEqualTo(Indication.PASSED);
    } catch (LienThongException expected) {
      assertThat(expected.code()).startsWith("LT-SIG-01");
    }
  }
}
