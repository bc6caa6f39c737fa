package vn.lienthong.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.InvalidInputException;

class PersonalDataKindTest {

  @Test
  void classifiesDecree13SensitiveKinds() {
    assertThat(PersonalDataKind.HEALTH.category()).isEqualTo(PersonalDataCategory.SENSITIVE);
    assertThat(PersonalDataKind.RACIAL_OR_ETHNIC_ORIGIN.isSensitive()).isTrue();
    assertThat(PersonalDataKind.LOCATION.isSensitive()).isTrue();
    assertThat(PersonalDataKind.PERSONAL_ID_NUMBER.category())
        .isEqualTo(PersonalDataCategory.BASIC);
  }

  @Test
  void citesTheClauseAndPoint() {
    assertThat(PersonalDataKind.PHONE_NUMBER.legalReference())
        .isEqualTo("Decree 13/2023/NĐ-CP art. 2 cl. 3 point g");
    assertThat(PersonalDataKind.BIOMETRIC.legalReference()).endsWith("cl. 4 point đ");
  }

  @Test
  void everyKindHasAnNfcVietnameseLabelAndAReference() {
    for (PersonalDataKind kind : PersonalDataKind.values()) {
      assertThat(kind.vietnameseLabel()).isNotBlank();
      assertThat(Normalizer.isNormalized(kind.vietnameseLabel(), Normalizer.Form.NFC)).isTrue();
      String clause = kind.isSensitive() ? "cl. 4" : "cl. 3";
      assertThat(kind.legalReference()).contains(clause);
    }
  }

  @Test
  void redactsSensitiveKindsEntirely() {
    for (PersonalDataKind kind : PersonalDataKind.values()) {
      if (kind.isSensitive()) {
        assertThat(kind.mask("Kinh")).isEqualTo(Masking.REDACTED);
      }
    }
  }

  @Test
  void masksPerKind() {
    assertThat(PersonalDataKind.FULL_NAME.mask("Lê Thị Bình")).isEqualTo("Lê T. B.");
    assertThat(PersonalDataKind.PHONE_NUMBER.mask("0912345678")).isEqualTo("0******678");
    assertThat(PersonalDataKind.BIRTH_DATE.mask("2001-02-03")).isEqualTo("2001-**-**");
    assertThat(PersonalDataKind.DIGITAL_ACCOUNT.mask("an@gmail.com")).isEqualTo("a***@g***.com");
    assertThat(PersonalDataKind.GENDER.mask("Nữ")).isEqualTo(Masking.REDACTED);
  }

  @Test
  void parsesNamesIgnoringCase() {
    assertThat(PersonalDataKind.parse(" phone_number ")).isEqualTo(PersonalDataKind.PHONE_NUMBER);
    assertThat(PersonalDataCategory.parse("sensitive")).isEqualTo(PersonalDataCategory.SENSITIVE);
  }

  @Test
  void rejectsUnknownKindWithItsCode() {
    assertThatThrownBy(() -> PersonalDataKind.parse("SHOE_SIZE"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(CoreErrorCode.UNKNOWN_PERSONAL_DATA_KIND);
              assertThat(e.details().rejectedValue()).hasValue("SHOE_SIZE");
            });
    assertThatThrownBy(() -> PersonalDataCategory.parse("SECRET"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CoreErrorCode.UNKNOWN_PERSONAL_DATA_CATEGORY));
  }

  @Test
  void rejectsMalformedNamesWithGeneralCodes() {
    assertThatThrownBy(() -> PersonalDataKind.parse(""))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CoreErrorCode.REQUIRED));
    assertThatThrownBy(() -> PersonalDataKind.parse("X".repeat(10_000_000)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CoreErrorCode.TOO_LONG));
  }
}
