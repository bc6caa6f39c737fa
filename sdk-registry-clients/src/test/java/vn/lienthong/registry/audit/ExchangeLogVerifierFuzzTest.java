package vn.lienthong.registry.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;

/**
 * Fuzzes the offline verifier: whatever the file holds, it returns a report (intact or with the
 * first broken line), never throws. In a normal build this replays the committed corpus under
 * {@code ExchangeLogVerifierFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class ExchangeLogVerifierFuzzTest {

  @FuzzTest
  void verifiesOrReportsAnyInput(byte[] data) {
    ChainReport report = ExchangeLogVerifier.verify(new ByteArrayInputStream(data), null);
    assertThat(report.lastHash()).hasSize(64);
    if (!report.intact()) {
      assertThat(report.brokenAtLine()).isPositive();
      assertThat(report.problem()).isNotBlank();
    }
  }
}
