package vn.lienthong.signature.pades;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import vn.lienthong.core.LienThongException;
import vn.lienthong.signature.Indication;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.testpki.TestPki;

/**
 * Fuzzes the PAdES validator: whatever the bytes, it returns reports or throws {@link
 * LienThongException} ({@code LT-SIG-01xx} or {@code 02xx}), never anything else, and never PASSED
 * (the corpus files are signed by keys of earlier runs, unknown to this run's test root). In a
 * normal build this replays the committed corpus under {@code PadesValidatorFuzzTestInputs}
 * (signed, attacked, truncated and garbage PDFs); {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class PadesValidatorFuzzTest {

  private static final PadesValidator VALIDATOR =
      PadesValidator.builder().trustAnchors(List.of(TestPki.shared().root())).build();

  @FuzzTest(maxDuration = "60s")
  void validateReturnsReportsOrRejects(byte[] data) {
    try {
      for (ValidationReport report : VALIDATOR.validate(data)) {
        assertThat(report.indication()).isNotEqualTo(Indication.PASSED);
      }
    } catch (LienThongException expected) {
      assertThat(expected.code()).matches("LT-SIG-0[12]\\d\\d");
    }
  }
}
