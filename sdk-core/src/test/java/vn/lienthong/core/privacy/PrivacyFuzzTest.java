package vn.lienthong.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import vn.lienthong.core.LienThongException;

/**
 * Fuzz targets for the scrubber, the maskers and the name parsers. In a normal build they run over
 * the committed corpus in {@code PrivacyFuzzTestInputs/<method>/}; with {@code JAZZER_FUZZ=1} they
 * fuzz for real. Only {@link LienThongException} may escape; the scrubber must be idempotent.
 */
class PrivacyFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void scrub(FuzzedDataProvider data) {
    int limit = 1 + (data.consumeInt() & 0xFFFF);
    String text = data.consumeRemainingAsString();
    String once = Scrubber.scrub(text);
    assertThat(Scrubber.scrub(once)).isEqualTo(once);
    assertThat(Scrubber.scrub(text, limit)).isNotNull();
    assertThat(LogRenderer.render(text).length()).isLessThanOrEqualTo(LogRenderer.MAX_LENGTH + 32);
  }

  @FuzzTest(maxDuration = "60s")
  void maskers(FuzzedDataProvider data) {
    String value = data.consumeRemainingAsString();
    String id = Masking.personalIdNumber(value);
    assertThat(id.length()).isEqualTo(value.length());
    assertThat(visibleDigits(id)).isLessThanOrEqualTo(3);
    assertThat(visibleDigits(Masking.taxCode(value))).isLessThanOrEqualTo(3);
    assertThat(visibleDigits(Masking.phoneNumber(value))).isLessThanOrEqualTo(5);
    Masking.email(value);
    Masking.personName(value);
    Masking.address(value);
    assertThat(visibleDigits(Masking.birthDate(value))).isLessThanOrEqualTo(4);
    for (PersonalDataKind kind : PersonalDataKind.values()) {
      kind.mask(value);
    }
  }

  @FuzzTest(maxDuration = "30s")
  void parseKind(FuzzedDataProvider data) {
    String name = data.consumeRemainingAsString();
    try {
      PersonalDataKind.parse(name);
    } catch (LienThongException expected) {
      assertThat(expected.code()).startsWith("LT-CORE-0");
    }
    try {
      PersonalDataCategory.parse(name);
    } catch (LienThongException expected) {
      assertThat(expected.code()).startsWith("LT-CORE-0");
    }
  }

  private static int visibleDigits(String s) {
    int count = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        count++;
      }
    }
    return count;
  }
}
