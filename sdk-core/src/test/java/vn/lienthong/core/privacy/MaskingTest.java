package vn.lienthong.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskingTest {

  @Test
  void keepsLastThreeDigitsOfPersonalIdAndLegacyCard() {
    assertThat(Masking.personalIdNumber("001090123456")).isEqualTo("*********456");
    assertThat(Masking.personalIdNumber("012345678")).isEqualTo("******678");
  }

  @Test
  void keepsBranchSuffixOfTaxCode() {
    assertThat(Masking.taxCode("0314409058-002")).isEqualTo("**********-002");
    assertThat(Masking.taxCode("0100233488")).isEqualTo("*******488");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "0912345678|0******678",
        "+84 912 345 678|+84 *** *** 678",
        "84912345678|84******678",
        "0912.345.678|0***.***.678",
        "(024) 3825 1234|(0**) **** *234",
        "+1 202 555 0100|+* *** *** *100",
        "12|**",
      })
  void masksPhoneNumbersKeepingPrefixShapeAndLastDigits(String phone, String masked) {
    assertThat(Masking.phoneNumber(phone)).isEqualTo(masked);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "nguyen.van.an@gmail.com|n***@g***.com",
        "an@hanoi.gov.vn|a***@h***.gov.vn",
        "x@mail.example.com.vn|x***@m***.e***.com.vn",
        "not-an-email|***-**-*****",
        "@gmail.com|@*****.***",
      })
  void masksEmailLocalPartAndDomainLabels(String email, String masked) {
    assertThat(Masking.email(email)).isEqualTo(masked);
  }

  @Test
  void keepsFamilyNameAndInitialsOfOtherNames() {
    assertThat(Masking.personName("Nguyễn Văn An")).isEqualTo("Nguyễn V. A.");
    assertThat(Masking.personName("  Trần   Thị  Thu   Hà ")).isEqualTo("Trần T. T. H.");
    assertThat(Masking.personName("An")).isEqualTo("A.");
    assertThat(Masking.personName("   ")).isEmpty();
  }

  @Test
  void normalisesNamesToNfcBeforeMasking() {
    String decomposed = "Nguye\u0302\u0303n \u0110a\u0300o";
    assertThat(Masking.personName(decomposed)).isEqualTo("Nguyễn Đ.");
  }

  @Test
  void keepsCommuneAndProvinceOfAddress() {
    assertThat(Masking.address("Số 12 ngõ 34 phố Trúc Bạch, Phường Ba Đình, Thành phố Hà Nội"))
        .isEqualTo("***, Phường Ba Đình, Thành phố Hà Nội");
    assertThat(Masking.address("Thôn 3, Xã Ea Kao")).isEqualTo("***, Xã Ea Kao");
    assertThat(Masking.address("Số 12 Lý Thái Tổ")).isEqualTo("***");
    assertThat(Masking.address(" , ")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "15/08/1990|**/**/1990",
        "1990-08-15|1990-**-**",
        "19900815|1990****",
        "tháng 8|***** *",
      })
  void keepsOnlyTheYearOfBirthDates(String date, String masked) {
    assertThat(Masking.birthDate(date)).isEqualTo(masked);
  }

  @Test
  void masksLocalDateToYear() {
    assertThat(Masking.birthDate(LocalDate.of(1990, 8, 15))).isEqualTo("**/**/1990");
  }

  @Test
  void rejectsNullByContract() {
    assertThatThrownBy(() -> Masking.phoneNumber(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Masking.email(null)).isInstanceOf(NullPointerException.class);
  }
}
