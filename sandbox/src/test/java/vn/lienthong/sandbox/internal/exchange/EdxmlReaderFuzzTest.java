package vn.lienthong.sandbox.internal.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import vn.lienthong.sandbox.internal.lgsp.BusProblem;

/**
 * Fuzzes the hub's edXML intake: any bytes either give a header with a sender and at least one
 * receiver, or a contract problem ({@code LT-BUS-0008}) or refusal ({@code LT-BUS-0501}), never
 * anything else. Replays the committed corpus under {@code EdxmlReaderFuzzTestInputs}.
 */
class EdxmlReaderFuzzTest {

  private static final EdxmlReader READER = new EdxmlReader();

  @FuzzTest
  void packagesParseOrAreRefusedWithABusCode(byte[] data) {
    try {
      EdxmlReader.Header h = READER.read(data);
      assertThat(h.from()).isNotEmpty();
      assertThat(h.to()).isNotEmpty();
    } catch (BusProblem expected) {
      assertThat(expected.code().code()).isIn("LT-BUS-0008", "LT-BUS-0501");
    }
  }
}
