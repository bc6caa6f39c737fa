package vn.lienthong.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.text.VietnameseNumbers.Thousand;
import vn.lienthong.core.text.VietnameseNumbers.ZeroTen;

class VietnameseNumbersTest {

  private final VietnameseNumbers words = VietnameseNumbers.standard();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "0 | không",
        "1 | một",
        "4 | bốn",
        "5 | năm",
        "10 | mười",
        "11 | mười một",
        "14 | mười bốn",
        "15 | mười lăm",
        "20 | hai mươi",
        "21 | hai mươi mốt",
        "24 | hai mươi tư",
        "25 | hai mươi lăm",
        "55 | năm mươi lăm",
        "100 | một trăm",
        "101 | một trăm linh một",
        "105 | một trăm linh năm",
        "110 | một trăm mười",
        "111 | một trăm mười một",
        "115 | một trăm mười lăm",
        "121 | một trăm hai mươi mốt",
        "1000 | một nghìn",
        "1005 | một nghìn không trăm linh năm",
        "1010 | một nghìn không trăm mười",
        "1050 | một nghìn không trăm năm mươi",
        "1100 | một nghìn một trăm",
        "10000 | mười nghìn",
        "15000 | mười lăm nghìn",
        "21000 | hai mươi mốt nghìn",
        "125000 | một trăm hai mươi lăm nghìn",
        "1000000 | một triệu",
        "1005000 | một triệu không trăm linh năm nghìn",
        "2500000 | hai triệu năm trăm nghìn",
        "1000000000 | một tỷ",
        "1000000005 | một tỷ không trăm linh năm",
        "1005000000 | một tỷ không trăm linh năm triệu",
        "1000000000000 | một nghìn tỷ",
        "1500000000000 | một nghìn năm trăm tỷ",
        "1000000000001 | một nghìn tỷ không trăm linh một",
        "1000000000000000 | một triệu tỷ",
        "1000000000000000000 | một tỷ tỷ",
        "-15 | âm mười lăm",
      })
  void writesNumbersInWords(long n, String expected) {
    assertThat(words.toWords(n)).isEqualTo(expected);
  }

  @Test
  void writesTheExtremesOfLong() {
    String max =
        "chín tỷ hai trăm hai mươi ba triệu ba trăm bảy mươi hai nghìn"
            + " không trăm ba mươi sáu tỷ tám trăm năm mươi tư triệu bảy trăm bảy mươi lăm nghìn"
            + " tám trăm linh bảy";
    assertThat(words.toWords(Long.MAX_VALUE)).isEqualTo(max);
    assertThat(words.toWords(Long.MIN_VALUE)).isEqualTo("âm " + max.replaceAll("bảy$", "tám"));
  }

  @Test
  void writesFeesOnReceipts() {
    assertThat(words.amountInWords(125_000)).isEqualTo("Một trăm hai mươi lăm nghìn đồng");
    assertThat(words.amountInWords(0)).isEqualTo("Không đồng");
    assertThat(words.amountInWords(50_000)).isEqualTo("Năm mươi nghìn đồng");
  }

  @Test
  void rejectsNegativeAmounts() {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> words.amountInWords(-1));
    assertThat(e.errorCode()).isEqualTo(CoreErrorCode.NEGATIVE_AMOUNT);
  }

  @Test
  void offersSouthernAndAlternativeWords() {
    VietnameseNumbers south =
        VietnameseNumbers.builder().thousand(Thousand.NGAN).zeroTen(ZeroTen.LE).build();
    assertThat(south.toWords(1005)).isEqualTo("một ngàn không trăm lẻ năm");
    VietnameseNumbers bon = south.toBuilder().fourAsTu(false).build();
    assertThat(bon.toWords(24_000)).isEqualTo("hai mươi bốn ngàn");
  }
}
