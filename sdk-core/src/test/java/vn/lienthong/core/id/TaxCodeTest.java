package vn.lienthong.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.lienthong.core.LienThongException;

class TaxCodeTest {

  @Test
  void canonicalisesThirteenDigitsWithoutDash() {
    assertThat(TaxCode.parse("0314409058002")).hasToString("0314409058-002");
  }

  @Test
  void rejectsPersonalIdForOrganisations() {
    assertThatThrownBy(() -> TaxCode.parse("001090123456"))
        .extracting(e -> ((LienThongException) e).code())
        .isEqualTo("LT-CORE-0104");
  }

  @Test
  void acceptsPersonalIdForIndividuals() {
    TaxCode code = TaxCode.parse("001090123456", TaxpayerKind.INDIVIDUAL);
    assertThat(code.kind()).isEqualTo(TaxCodeKind.PERSONAL_ID);
    assertThat(code.personalIdNumber()).contains(PersonalIdNumber.parse("001090123456"));
    assertThat(code.mainCode()).isSameAs(code);
    assertThat(code.masked()).isEqualTo("*********456");
  }

  @Test
  void individualsMayStillUseTenDigitCodes() {
    assertThat(TaxCode.parse("0100233488", TaxpayerKind.INDIVIDUAL).kind())
        .isEqualTo(TaxCodeKind.MAIN);
  }

  @Test
  void rejectsPrefixWhoseCheckWouldBeTen() {
    // 000000000: sum 0, 0 mod 11 = 0, check 10: no valid code.
    assertThatThrownBy(() -> TaxCode.parse("0000000000"))
        .isInstanceOf(LienThongException.class)
        .satisfies(
            e ->
                assertThat(((LienThongException) e).details().rule())
                    .contains("tax-code.check-digit-impossible"));
  }

  @Test
  void rejectsUnitZero() {
    assertThatThrownBy(() -> TaxCode.parse("0314409058-000"))
        .extracting(e -> ((LienThongException) e).code())
        .isEqualTo("LT-CORE-0102");
  }

  @ParameterizedTest
  @CsvSource({
    "0314409058-02,LT-CORE-0102",
    "031440905-8002,LT-CORE-0102",
    "0314409058--02,LT-CORE-0102",
    "03144090580,LT-CORE-0101",
    "031440905,LT-CORE-0101",
    "0314409059-002,LT-CORE-0103",
    "0314409058-0021,LT-CORE-0002"
  })
  void rejectsMalformedCodesWithPreciseCode(String input, String code) {
    assertThatThrownBy(() -> TaxCode.parse(input))
        .extracting(e -> ((LienThongException) e).code())
        .isEqualTo(code);
    assertThat(TaxCode.isValid(input)).isFalse();
  }

  @Test
  void errorsMaskTheValue() {
    assertThatThrownBy(() -> TaxCode.parse("0100233480"))
        .satisfies(
            e ->
                assertThat(((LienThongException) e).details().rejectedValue())
                    .contains("*******480"));
  }

  @Test
  void masksDependentUnitKeepingShape() {
    assertThat(TaxCode.parse("0314409058-002").masked()).isEqualTo("**********-002");
  }
}
