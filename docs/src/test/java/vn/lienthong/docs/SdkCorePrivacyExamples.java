package vn.lienthong.docs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.lienthong.core.id.PersonalIdNumber;
import vn.lienthong.core.privacy.LogRenderer;
import vn.lienthong.core.privacy.Masking;
import vn.lienthong.core.privacy.PersonalData;
import vn.lienthong.core.privacy.PersonalDataKind;
import vn.lienthong.core.privacy.SafeLogger;
import vn.lienthong.core.privacy.Scrubber;

/** Examples of docs/sdk-core.md, section "Personal data". */
class SdkCorePrivacyExamples {

  // tag::model[]
  record Applicant(
      @PersonalData(PersonalDataKind.FULL_NAME) String name,
      @PersonalData(PersonalDataKind.PHONE_NUMBER) String phone,
      @PersonalData(PersonalDataKind.RACIAL_OR_ETHNIC_ORIGIN) String ethnicity, // sensitive
      String procedureCode) {}

  // end::model[]

  @Test
  void logging() {
    // tag::logging[]
    SafeLogger log = SafeLogger.of(SdkCorePrivacyExamples.class);

    PersonalIdNumber id = PersonalIdNumber.parse("001090123456");
    log.info("verified citizen {}", id); // verified citizen *********456

    Applicant a = new Applicant("Nguyễn Văn An", "0912345678", "Kinh", "1.001193");
    String line = LogRenderer.render(a);
    // Applicant[name=Nguyễn V. A., phone=0******678, ethnicity=[redacted], procedureCode=1.001193]

    String text = Scrubber.scrub("gọi 0912345678 hoặc an.nguyen@hanoi.gov.vn về hồ sơ");
    // "gọi 0******678 hoặc a***@h***.gov.vn về hồ sơ"
    // end::logging[]

    assertThat(line)
        .contains("Nguyễn V. A.")
        .contains("0******678")
        .doesNotContain("Kinh")
        .contains("1.001193");
    assertThat(text).doesNotContain("0912345678").doesNotContain("an.nguyen");
  }

  @Test
  void masking() {
    // tag::masking[]
    Masking.personalIdNumber("001090123456"); // "*********456"
    Masking.phoneNumber("+84 912 345 678"); // "+84 *** *** 678"
    Masking.email("an.nguyen@hanoi.gov.vn"); // "a***@h***.gov.vn"
    Masking.personName("Nguyễn Văn An"); // "Nguyễn V. A." (public status look-up)
    PersonalDataKind.RACIAL_OR_ETHNIC_ORIGIN.isSensitive(); // true (Decree 13/2023 art. 2.4)
    // end::masking[]

    assertThat(Masking.personalIdNumber("001090123456")).isEqualTo("*********456");
    assertThat(Masking.phoneNumber("+84 912 345 678")).isEqualTo("+84 *** *** 678");
    assertThat(Masking.email("an.nguyen@hanoi.gov.vn")).isEqualTo("a***@h***.gov.vn");
    assertThat(Masking.personName("Nguyễn Văn An")).isEqualTo("Nguyễn V. A.");
    assertThat(PersonalDataKind.RACIAL_OR_ETHNIC_ORIGIN.isSensitive()).isTrue();
  }
}
