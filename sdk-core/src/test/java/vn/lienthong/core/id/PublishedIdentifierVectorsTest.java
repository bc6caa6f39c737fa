package vn.lienthong.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.lienthong.core.LienThongException;

/**
 * Published examples. Sources: the personal id layout of Decree 137/2015/NĐ-CP art. 13 and Circular
 * 59/2021/TT-BCA (example {@code 001090123456}); the tax codes of Circular 86/2024/TT-BTC as given
 * in the project's DOMAIN.md (valid {@code 0100233488}, {@code 0314409058-002}, invalid {@code
 * 0100233480}); agency codes of Decision 20/2020/QĐ-TTg; dossier code of Circular 01/2018/TT-VPCP
 * art. 19; procedure codes of the national procedure database.
 */
class PublishedIdentifierVectorsTest {

  @Test
  void personalIdOfHaNoiMaleBornIn1990() {
    PersonalIdNumber id = PersonalIdNumber.parse("001090123456");
    assertThat(id.birthRegistrationCode()).isEqualTo("001");
    assertThat(id.birthRegistrationPlace().orElseThrow().name()).isEqualTo("Thành phố Hà Nội");
    assertThat(id.gender()).isEqualTo(Gender.MALE);
    assertThat(id.century()).isEqualTo(1900);
    assertThat(id.birthYear()).isEqualTo(1990);
  }

  @Test
  void taxCodesFromCircular86() {
    assertThat(TaxCode.parse("0100233488").kind()).isEqualTo(TaxCodeKind.MAIN);
    TaxCode unit = TaxCode.parse("0314409058-002");
    assertThat(unit.kind()).isEqualTo(TaxCodeKind.DEPENDENT_UNIT);
    assertThat(unit.mainCode()).isEqualTo(TaxCode.parse("0314409058"));
    assertThat(unit.dependentUnit()).contains("002");
    assertThatThrownBy(() -> TaxCode.parse("0100233480"))
        .isInstanceOf(LienThongException.class)
        .extracting(e -> ((LienThongException) e).code())
        .isEqualTo("LT-CORE-0103");
  }

  @Test
  void agencyCodesFromDecision20() {
    assertThat(AgencyCode.parse("000.00.00.G22").letter()).isEqualTo('G');
    assertThat(AgencyCode.parse("000.00.00.H41").letter()).isEqualTo('H');
    assertThat(AgencyCode.parse("001.00.10.H47").groups())
        .containsExactly("001", "00", "10", "H47");
    assertThat(AgencyCode.isValid("000.00.01.H22")).isTrue();
  }

  @Test
  void dossierCodeFromCircular01() {
    DossierCode code = DossierCode.parse("000.00.01.H22-250701-0001");
    assertThat(code.agency()).isEqualTo(AgencyCode.parse("000.00.01.H22"));
    assertThat(code.receiptDate()).hasToString("2025-07-01");
    assertThat(code.sequence()).isEqualTo(1);
    assertThat(code).hasToString("000.00.01.H22-250701-0001");
  }

  @Test
  void procedureCodesFromTheNationalDatabase() {
    assertThat(ProcedureCode.parse("1.001193").number()).isEqualTo("001193");
    assertThat(ProcedureCode.parse("2.000815").prefix()).isEqualTo(2);
  }
}
