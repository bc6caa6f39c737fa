package vn.lienthong.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseCollatorTest {

  private final VietnameseCollator collator = VietnameseCollator.instance();

  private List<String> sorted(String... words) {
    List<String> list = new ArrayList<>(List.of(words));
    Collections.reverse(list);
    list.sort(collator);
    return list;
  }

  @Test
  void sortsTheAlphabet() {
    String alphabet = "a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z";
    List<String> letters = List.of(alphabet.split(" "));
    List<String> shuffled = new ArrayList<>(letters);
    Collections.shuffle(shuffled, new java.util.Random(7));
    shuffled.sort(collator);
    assertThat(shuffled).isEqualTo(letters);
  }

  @Test
  void sortsTonesAsSecondaryDifferences() {
    assertThat(sorted("ma", "mà", "mả", "mã", "má", "mạ"))
        .containsExactly("ma", "mà", "mả", "mã", "má", "mạ");
    // Letter before tone: "mạ" < "mac" because a < ac at the primary level.
    assertThat(sorted("mac", "mạ", "ma")).containsExactly("ma", "mạ", "mac");
  }

  @Test
  void sortsLowerCaseBeforeUpperCase() {
    assertThat(sorted("An", "an", "Ăn", "ăn")).containsExactly("an", "An", "ăn", "Ăn");
  }

  @Test
  void sortsNames() {
    assertThat(sorted("Đức", "Dũng", "Chi", "Bình", "Ánh", "An", "Ân", "Ăn"))
        .containsExactly("An", "Ánh", "Ăn", "Ân", "Bình", "Chi", "Dũng", "Đức");
  }

  @Test
  void treatsNfcAndNfdAsEqual() {
    String nfc = "Nguyễn Thị Ngọc Ánh";
    assertThat(collator.compare(nfc, Normalizer.normalize(nfc, Normalizer.Form.NFD))).isZero();
  }

  @Test
  void sortsSpacesBeforeDigitsBeforeLetters() {
    assertThat(sorted("a b", "ab", "a1", "a-b")).containsExactly("a b", "a-b", "a1", "ab");
  }
}
