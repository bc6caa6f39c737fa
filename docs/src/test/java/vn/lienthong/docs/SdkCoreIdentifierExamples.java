package vn.lienthong.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.ErrorMessages;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.LienThongException;
import vn.lienthong.core.id.AgencyCode;
import vn.lienthong.core.id.DossierCode;
import vn.lienthong.core.id.DossierCodeGenerator;
import vn.lienthong.core.id.Gender;
import vn.lienthong.core.id.JdbcDossierSequenceSource;
import vn.lienthong.core.id.PersonalIdFinding;
import vn.lienthong.core.id.PersonalIdNumber;
import vn.lienthong.core.id.TaxCode;
import vn.lienthong.core.id.TaxCodeKind;
import vn.lienthong.core.id.TaxpayerKind;

/** Examples of docs/sdk-core.md, section "Identifiers". */
class SdkCoreIdentifierExamples {

  @Test
  void personalIdNumber() {
    // tag::personal-id[]
    PersonalIdNumber id = PersonalIdNumber.parse("001090123456");
    id.gender(); // MALE
    id.birthYear(); // 1990
    id.birthRegistrationPlace(); // 001 Thành phố Hà Nội (merged into 2025 province 01)

    // A declared birth date and gender must agree with the number: every mismatch is listed.
    List<PersonalIdFinding> findings = id.checkAgainst(LocalDate.of(1991, 5, 2), Gender.FEMALE);
    // [BIRTH_YEAR_MISMATCH expected 1991 actual 1990, GENDER_MISMATCH ...]

    String forLogs = id.masked(); // "*********456"
    // end::personal-id[]

    assertThat(id.gender()).isEqualTo(Gender.MALE);
    assertThat(id.birthYear()).isEqualTo(1990);
    assertThat(id.birthRegistrationPlace().orElseThrow().code()).isEqualTo("001");
    assertThat(findings)
        .extracting(PersonalIdFinding::type)
        .containsExactlyInAnyOrder(
            PersonalIdFinding.Type.BIRTH_YEAR_MISMATCH, PersonalIdFinding.Type.GENDER_MISMATCH);
    assertThat(forLogs).isEqualTo("*********456");
  }

  @Test
  void taxCodes() {
    // tag::tax-code[]
    TaxCode branch =
        TaxCode.parse("0314409058-002"); // kind() DEPENDENT_UNIT, mainCode() 0314409058

    // Since 1 July 2025 individuals use their 12-digit personal id as tax code:
    TaxCode person = TaxCode.parse("001090123456", TaxpayerKind.INDIVIDUAL); // kind() PERSONAL_ID

    try {
      TaxCode.parse("0100233480");
    } catch (InvalidInputException e) {
      e.code(); // "LT-CORE-0103"
      e.message(ErrorMessages.VIETNAMESE); // names the field, the rule and the value, in Vietnamese
    }
    // end::tax-code[]

    assertThat(branch.kind()).isEqualTo(TaxCodeKind.DEPENDENT_UNIT);
    assertThat(branch.mainCode().toString()).isEqualTo("0314409058");
    assertThat(person.kind()).isEqualTo(TaxCodeKind.PERSONAL_ID);
    assertThatThrownBy(() -> TaxCode.parse("0100233480"))
        .isInstanceOfSatisfying(
            LienThongException.class, e -> assertThat(e.code()).isEqualTo("LT-CORE-0103"));
  }

  @Test
  void dossierCodes() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:dossier-example;DB_CLOSE_DELAY=-1");
    DataSource dataSource = h2;

    // tag::dossier-code[]
    // One row per agency and day in your database: unique across restarts and nodes.
    DossierCodeGenerator generator =
        DossierCodeGenerator.builder()
            .sequenceSource(JdbcDossierSequenceSource.builder(dataSource).createTable(true).build())
            .build(); // default format {agency}-{yyMMdd}-{seq:4}, dates in Asia/Ho_Chi_Minh

    DossierCode code = generator.next(AgencyCode.parse("000.00.01.H22"));
    // e.g. 000.00.01.H22-251123-0001

    DossierCode received = DossierCode.parse("000.00.01.H22-250701-0001");
    received.receiptDate(); // 2025-07-01
    received.sequence(); // 1
    // end::dossier-code[]

    assertThat(code.toString()).startsWith("000.00.01.H22-").endsWith("-0001");
    assertThat(received.receiptDate()).isEqualTo(LocalDate.of(2025, 7, 1));
    assertThat(received.sequence()).isEqualTo(1);
  }
}
