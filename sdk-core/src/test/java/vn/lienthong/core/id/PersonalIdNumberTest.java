package vn.lienthong.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.LienThongException;

class PersonalIdNumberTest {

  @ParameterizedTest
  @CsvSource({
    "0,1900,MALE", "1,1900,FEMALE", "2,2000,MALE", "3,2000,FEMALE", "4,2100,MALE",
    "5,2100,FEMALE", "6,2200,MALE", "7,2200,FEMALE", "8,2300,MALE", "9,2300,FEMALE"
  })
  void decodesCenturyAndGenderFromFourthDigit(char g, int century, Gender gender) {
    PersonalIdNumber id = PersonalIdNumber.parse("079" + g + "05123456");
    assertThat(id.century()).isEqualTo(century);
    assertThat(id.gender()).isEqualTo(gender);
    assertThat(id.birthYear()).isEqualTo(century + 5);
  }

  @Test
  void acceptsUnknownBirthRegistrationPlaceWithWarning() {
    PersonalIdNumber id = PersonalIdNumber.parse("999090123456");
    assertThat(id.birthRegistrationPlace()).isEmpty();
    assertThat(id.warnings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.type())
                  .isEqualTo(PersonalIdFinding.Type.UNKNOWN_BIRTH_REGISTRATION_PLACE);
              assertThat(f.severity()).isEqualTo(PersonalIdFinding.Severity.WARNING);
              assertThat(f.actual()).isEqualTo("999");
            });
  }

  @Test
  void knownPlaceHasNoWarningAndTellsThe2025Province() {
    PersonalIdNumber id = PersonalIdNumber.parse("049190123456");
    assertThat(id.warnings()).isEmpty();
    BirthRegistrationPlace place = id.birthRegistrationPlace().orElseThrow();
    assertThat(place.name()).isEqualTo("Tỉnh Quảng Nam");
    assertThat(place.province2025Code()).isEqualTo("48");
    assertThat(place.province2025Name()).isEqualTo("Thành phố Đà Nẵng");
  }

  @Test
  void consistentDeclarationHasNoFindings() {
    assertThat(
            PersonalIdNumber.parse("001090123456")
                .checkAgainst(LocalDate.of(1990, 3, 14), Gender.MALE))
        .isEmpty();
    assertThat(
            PersonalIdNumber.parse("001090123456")
                .checkAgainst(LocalDate.of(1990, 3, 14), Gender.UNKNOWN))
        .isEmpty();
  }

  @Test
  void reportsEveryMismatchAtOnce() {
    var findings =
        PersonalIdNumber.parse("001090123456")
            .checkAgainst(LocalDate.of(2091, 1, 1), Gender.FEMALE);
    assertThat(findings)
        .extracting(PersonalIdFinding::type)
        .containsExactly(
            PersonalIdFinding.Type.CENTURY_MISMATCH,
            PersonalIdFinding.Type.BIRTH_YEAR_MISMATCH,
            PersonalIdFinding.Type.GENDER_MISMATCH);
    assertThat(findings.get(1).expected()).isEqualTo("90");
    assertThat(findings.get(1).actual()).isEqualTo("91");
    assertThat(findings)
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(PersonalIdFinding.Severity.MISMATCH));
  }

  @Test
  void femaleBornIn2005MatchesDigitThree() {
    assertThat(
            PersonalIdNumber.parse("036305000001")
                .checkAgainst(LocalDate.of(2005, 12, 31), Gender.FEMALE))
        .isEmpty();
  }

  @Test
  void masksAllButLastThreeDigits() {
    assertThat(PersonalIdNumber.parse("001090123456").masked()).isEqualTo("*********456");
  }

  @Test
  void toStringIsTheCanonicalNumberAndSpacesAreTrimmed() {
    assertThat(PersonalIdNumber.parse("  001090123456 ")).hasToString("001090123456");
  }

  @Test
  void rejectsWrongLengthWithMaskedValue() {
    assertThatThrownBy(() -> PersonalIdNumber.parse("00109012345"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e -> {
              LienThongException l = (LienThongException) e;
              assertThat(l.code()).isEqualTo("LT-CORE-0101");
              assertThat(l.details().field()).contains("personalIdNumber");
              assertThat(l.details().rule()).contains("personal-id.length");
              assertThat(l.details().rejectedValue()).contains("********345");
              assertThat(l.getMessage()).doesNotContain("00109012");
            });
  }

  @Test
  void rejectsLetterWithoutRevealingTheNumber() {
    assertThatThrownBy(() -> PersonalIdNumber.parse("00109012345X"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e -> {
              LienThongException l = (LienThongException) e;
              assertThat(l.code()).isEqualTo("LT-CORE-0006");
              assertThat(l.details().rejectedValue()).contains("*********45X");
              assertThat(l.getMessage()).doesNotContain("0010901");
            });
  }

  @Test
  void constructorRejectsNonCanonicalForm() {
    assertThatThrownBy(() -> new PersonalIdNumber(" 001090123456"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void parseNullThrowsNullPointerException() {
    assertThatThrownBy(() -> PersonalIdNumber.parse(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> PersonalIdNumber.isValid(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void legacyIdCardHasNineDigits() {
    assertThat(LegacyIdCardNumber.parse("012345678").masked()).isEqualTo("******678");
    assertThat(LegacyIdCardNumber.isValid("0123456789")).isFalse();
    assertThatThrownBy(() -> LegacyIdCardNumber.parse("01234567"))
        .extracting(e -> ((LienThongException) e).code())
        .isEqualTo("LT-CORE-0101");
  }

  @Test
  void genderCodesFollowQcvn109() {
    assertThat(Gender.fromCode(0)).contains(Gender.UNKNOWN);
    assertThat(Gender.fromCode(1)).contains(Gender.MALE);
    assertThat(Gender.fromCode(2)).contains(Gender.FEMALE);
    assertThat(Gender.fromCode(3)).isEmpty();
  }
}
