package vn.lienthong.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseNamesTest {

  @Test
  void normalisesForDisplay() {
    assertThat(VietnameseNames.normalise("nguyễn  văn AN")).isEqualTo("Nguyễn Văn An");
    assertThat(VietnameseNames.normalise(" ĐỖ thị   ánh ")).isEqualTo("Đỗ Thị Ánh");
  }

  @ParameterizedTest
  @CsvSource({
    "Hoà, Hòa",
    "Thuý, Thúy",
    "Khoẻ, Khỏe",
    "Oà, Òa",
    "Toả, Tỏa",
    "Uỷ, Ủy",
    "Nguyễn Thị Thuỷ, NGUYỄN  thị THỦY",
    "Trần Quốc Toản, trần quốc toản",
    "Hoàng Thị Loan, hoàng thị loan"
  })
  void matchesSpellingsOfTheSameName(String a, String b) {
    assertThat(VietnameseNames.matches(a, b)).isTrue();
    assertThat(VietnameseNames.matchKey(a)).isEqualTo(VietnameseNames.matchKey(b));
  }

  @ParameterizedTest
  @CsvSource({"Hòa, Hoa", "Thúy, Thùy", "Đức, Dức", "Ân, Ấn", "Lan, Lân"})
  void doesNotMatchNamesWithOtherDiacritics(String a, String b) {
    assertThat(VietnameseNames.matches(a, b)).isFalse();
    assertThat(VietnameseNames.searchKey(a)).isEqualTo(VietnameseNames.searchKey(b));
  }

  @Test
  void matchKeyUsesModernTonePlacementInLowerCase() {
    assertThat(VietnameseNames.matchKey("LÊ  Thị Thúy Hòa")).isEqualTo("lê thị thuý hoà");
  }

  @Test
  void matchesNfdSpellings() {
    String nfd = Normalizer.normalize("Phạm Thị Thùy Dương", Normalizer.Form.NFD);
    assertThat(VietnameseNames.matches(nfd, "phạm thị thuỳ dương")).isTrue();
  }

  @Test
  void searchKeyFoldsAndCollapses() {
    assertThat(VietnameseNames.searchKey("Đặng\u00a0 Thùy ")).isEqualTo("dang thuy");
  }
}
