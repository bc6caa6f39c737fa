package vn.lienthong.signature.cades;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.lienthong.signature.Indication;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.testpki.TestPki;

/**
 * Fuzzes the CAdES validator (CMS, signature timestamps, embedded CRLs and OCSP responses):
 * whatever the bytes, it returns a report, never PASSED (the corpus is signed by keys of earlier
 * runs, unknown to this run's test root) and never throws. In a normal build this replays the
 * committed corpus under {@code CadesValidatorFuzzTestInputs} (B-B, B-T, B-LT, B-LTA, truncated,
 * absurd lengths, garbage); {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class CadesValidatorFuzzTest {

  private static final CadesValidator VALIDATOR =
      CadesValidator.builder().trustAnchors(List.of(TestPki.shared().root())).build();
  private static final byte[] CONTENT =
      "Quyết định số 02/QĐ-UBND ngày 01/7/2025".getBytes(StandardCharsets.UTF_8);

  @FuzzTest(maxDuration = "60s")
  void validateReturnsReportsOrRejects(byte[] data) {
    ValidationReport report = VALIDATOR.validate(data, CONTENT);
    assertThat(report.indication()).isNotEqualTo(Indication.PASSED);
  }
}
