package vn.lienthong.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.lienthong.core.LienThongException;

class AgencyAndProcedureCodeTest {

  @Test
  void upperCasesTheAgencyLetter() {
    assertThat(AgencyCode.parse("000.00.00.h41")).hasToString("000.00.00.H41");
  }

  @Test
  void agencyCodesArePublicSoMaskedIsTheCode() {
    assertThat(AgencyCode.parse("000.00.00.G22").masked()).isEqualTo("000.00.00.G22");
    assertThat(ProcedureCode.parse("1.001193").masked()).isEqualTo("1.001193");
  }

  @ParameterizedTest
  @CsvSource({
    "000.00.00.222,LT-CORE-0102,11",
    "000.00.00G22.,LT-CORE-0102,10",
    "00.000.00.G22,LT-CORE-0102,3",
    "000.00.00.G2,LT-CORE-0102,13",
    "000-00-00-G22,LT-CORE-0006,4",
  })
  void rejectsBadAgencyShapeNamingThePosition(String input, String code, String position) {
    assertThatThrownBy(() -> AgencyCode.parse(input))
        .isInstanceOf(LienThongException.class)
        .satisfies(
            e -> {
              LienThongException l = (LienThongException) e;
              assertThat(l.code()).isEqualTo(code);
              assertThat(l.details().arguments()).containsEntry("position", position);
            });
  }

  @ParameterizedTest
  @CsvSource({
    "1.00119,LT-CORE-0102",
    "1001193,LT-CORE-0102",
    "12.001193,LT-CORE-0002",
    "'1,001193',LT-CORE-0006"
  })
  void rejectsBadProcedureCodes(String input, String code) {
    assertThatThrownBy(() -> ProcedureCode.parse(input))
        .extracting(e -> ((LienThongException) e).code())
        .isEqualTo(code);
  }
}
