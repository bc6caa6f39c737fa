package vn.lienthong.core.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class LettersTest {

  @Test
  void writtenOutComposedVowelsEqualTheNormalizersComposition() {
    for (int v = 0; v < Letters.VOWELS.length(); v++) {
      for (int t = 0; t < Letters.TONE_MARKS.length; t++) {
        String decomposed =
            t == 0
                ? Letters.VOWELS.substring(v, v + 1)
                : Letters.VOWELS.charAt(v) + "" + Letters.TONE_MARKS[t];
        assertThat(Letters.COMPOSED_VOWELS.charAt(v * Letters.TONE_MARKS.length + t))
            .as("vowel %s tone %d", Letters.VOWELS.charAt(v), t)
            .isEqualTo(Normalizer.normalize(decomposed, Normalizer.Form.NFC).charAt(0));
      }
    }
  }
}
