package vn.lienthong.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.LienThongException;

class InputChecksTest {

  @Test
  void trimsSurroundingSpaces() {
    assertThat(InputChecks.token("f", "  0123 ", 12, InputChecks.DIGITS)).isEqualTo("0123");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'   '|LT-CORE-0001",
        "０１２３|LT-CORE-0005",
        "01\u200b23|LT-CORE-0003",
        "01\ufeff23|LT-CORE-0003",
        "01\u202e23|LT-CORE-0003",
        "01\u000023|LT-CORE-0004",
        "01\t23|LT-CORE-0004",
        "01a3|LT-CORE-0006",
        "01\ud80023|LT-CORE-0008",
        "٠١٢٣|LT-CORE-0005",
      })
  void givesEachKindOfBadCharacterItsOwnCode(String input, String code) {
    assertThatThrownBy(() -> InputChecks.token("f", input, 12, InputChecks.DIGITS))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((LienThongException) e).code())
        .isEqualTo(code);
  }

  @Test
  void leavesThePossiblyPersonalValueOutOfCharacterErrors() {
    assertThatThrownBy(() -> InputChecks.token("f", "00109012345x", 12, InputChecks.DIGITS))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.details().rejectedValue()).isEmpty();
              assertThat(e.getMessage()).doesNotContain("0010901234");
            });
  }

  @Test
  void rejectsHugeInputByLengthFirst() {
    String huge = "1".repeat(10 * 1024 * 1024);
    assertThatThrownBy(() -> InputChecks.token("f", huge, 12, InputChecks.DIGITS))
        .hasMessageContaining("LT-CORE-0002")
        .hasMessageContaining("10485760 characters, at most 12");
  }
}
