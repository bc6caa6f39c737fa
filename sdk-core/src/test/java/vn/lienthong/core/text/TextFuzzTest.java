package vn.lienthong.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import vn.lienthong.core.LienThongException;

/**
 * Fuzz tests: run over the committed corpus in every build ({@code TextFuzzTestInputs/}), and for
 * real with {@code JAZZER_FUZZ=1}. Only {@link LienThongException} may escape.
 */
class TextFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void parsePersonName(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    try {
      PersonName name = PersonName.parse(text);
      assertThat(name.value()).isEqualTo(VietnameseText.nfc(name.value()));
      assertThat(PersonName.parse(name.value())).isEqualTo(name);
      assertThat(name.matches(PersonName.parse(VietnameseText.fold(name.value())))).isNotNull();
    } catch (LienThongException expected) {
      assertThat(expected.code()).startsWith("LT-CORE-");
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  @FuzzTest(maxDuration = "60s")
  void foldAndMatch(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    String folded = VietnameseText.fold(text);
    assertThat(VietnameseText.fold(folded)).isEqualTo(folded);
    assertThat(folded).isEqualTo(VietnameseLetterSamples.referenceFold(text));
    assertThat(VietnameseNames.matches(text, text)).isTrue();
    VietnameseNames.searchKey(text);
    VietnameseText.withToneStyle(text, ToneStyle.TRADITIONAL);
    assertThat(VietnameseCollator.instance().compare(text, VietnameseText.nfc(text))).isZero();
  }
}
