package vn.lienthong.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

  @Test
  void foldsDaNang() {
    assertThat(VietnameseText.fold("Đà Nẵng")).isEqualTo("da nang");
    assertThat(VietnameseText.fold("TP. Hồ Chí Minh")).isEqualTo("tp. ho chi minh");
  }

  @Test
  void foldsNfdLikeNfc() {
    String nfd = Normalizer.normalize("Nguyễn Thị Ngọc Ánh", Normalizer.Form.NFD);
    assertThat(VietnameseText.fold(nfd)).isEqualTo("nguyen thi ngoc anh");
  }

  @Test
  void foldsOtherLatinAccents() {
    assertThat(VietnameseText.fold("Müller Ñoño Çà")).isEqualTo("muller nono ca");
  }

  @Test
  void returnsSameInstanceWhenNothingToFold() {
    String s = "nguyen van an 123";
    assertThat(VietnameseText.fold(s)).isSameAs(s);
  }

  @Test
  void foldsEveryCharacterOfTheTablesExactlyLikeTheReference() {
    for (char c = 0; c < 0x1F00; c++) {
      if (Character.isSurrogate(c)) {
        continue;
      }
      String s = "x" + c + "Y";
      assertThat(VietnameseText.fold(s))
          .as("U+%04X", (int) c)
          .isEqualTo(VietnameseLetterSamples.referenceFold(s));
    }
  }

  @Test
  void foldsOtherScriptsLikeTheReference() {
    for (String s : new String[] {"Иван Й", "Ελληνικά ά", "한국어", "Å Å ﬁ", "a\u0301\u0953", "😀É"}) {
      assertThat(VietnameseText.fold(s)).isEqualTo(VietnameseLetterSamples.referenceFold(s));
    }
  }

  @Test
  void isNfcAgreesWithTheNormalizer() {
    for (String s :
        new String[] {"", "abc", "Đà Nẵng", "a\u0301", "Ấ", "\u1E9B\u0323", "Ω", "Ω", "한"}) {
      assertThat(VietnameseText.isNfc(s))
          .as(s)
          .isEqualTo(Normalizer.isNormalized(s, Normalizer.Form.NFC));
    }
  }

  @Test
  void nfcComposesAndKeepsComposedInstances() {
    String nfc = "Nguyễn";
    assertThat(VietnameseText.nfc(nfc)).isSameAs(nfc);
    assertThat(VietnameseText.nfc(Normalizer.normalize(nfc, Normalizer.Form.NFD))).isEqualTo(nfc);
  }

  @Test
  void collapsesAnyUnicodeWhitespace() {
    assertThat(VietnameseText.collapseWhitespace(" Nguyễn\u00a0 Văn\tAn\u3000\n"))
        .isEqualTo("Nguyễn Văn An");
    assertThat(VietnameseText.collapseWhitespace("   ")).isEmpty();
    String clean = "Lê Thị Hoa";
    assertThat(VietnameseText.collapseWhitespace(clean)).isSameAs(clean);
  }

  @Test
  void placesTonesInEitherStyle() {
    String traditional = "Hòa Khỏe Thúy Ủy Quỳnh Hoàng Thuyết Quý Già Khuỷu Ngoẹo Người";
    String modern = "Hoà Khoẻ Thuý Uỷ Quỳnh Hoàng Thuyết Quý Già Khuỷu Ngoẹo Người";
    assertThat(VietnameseText.withToneStyle(traditional, ToneStyle.MODERN)).isEqualTo(modern);
    assertThat(VietnameseText.withToneStyle(modern, ToneStyle.TRADITIONAL)).isEqualTo(traditional);
  }

  @Test
  void movesMisplacedTonesToTheirVowel() {
    assertThat(VietnameseText.withToneStyle("họan tóan mùa tiếng gìn", ToneStyle.MODERN))
        .isEqualTo("hoạn toán mùa tiếng gìn");
  }

  @Test
  void rejectsNull() {
    assertThatNullPointerException().isThrownBy(() -> VietnameseText.fold(null));
    assertThatNullPointerException().isThrownBy(() -> VietnameseText.nfc(null));
  }
}
