package vn.lienthong.core.internal.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CrossFieldRulesTest {

  @Test
  void fastPathAcceptsPlainVietnameseNames() {
    assertThat(CrossFieldRules.isPlainVietnameseName("Nguyễn Minh An")).isTrue();
    assertThat(CrossFieldRules.isPlainVietnameseName("Đặng Thị Huyền Trang")).isTrue();
  }

  /** Anything unusual goes through the full name rules, which give the precise error. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Nguyễn  An",
        " Nguyễn An",
        "Nguyễn An ",
        "H'Hen Niê",
        "Nguye\u0303n An",
        "Nguyễn 2",
        "Nguyễn\tAn",
        "Ива́н"
      })
  void fastPathDefersAnythingElse(String name) {
    assertThat(CrossFieldRules.isPlainVietnameseName(name)).isFalse();
  }

  @Test
  void readsDatesWithoutAFormatter() {
    assertThat(CrossFieldRules.date(TextNode.valueOf("2024-02-29")))
        .isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(CrossFieldRules.date(TextNode.valueOf("2025-02-28")))
        .isEqualTo(LocalDate.of(2025, 2, 28));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2025-02-29",
        "2025-02-30",
        "2025-13-01",
        "2025-00-10",
        "2025-1-010",
        "20250101xx"
      })
  void returnsNoDateForImpossibleOrMalformedValues(String value) {
    assertThat(CrossFieldRules.date(TextNode.valueOf(value))).isNull();
  }
}
