package vn.lienthong.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.calendar.ProcessingDeadline;
import vn.lienthong.core.forms.CatalogueEntry;
import vn.lienthong.core.forms.FormDefinition;
import vn.lienthong.core.forms.FormError;
import vn.lienthong.core.forms.FormId;
import vn.lienthong.core.forms.FormValidationResult;
import vn.lienthong.core.forms.FormValidator;
import vn.lienthong.core.forms.PrefillDescriptor;
import vn.lienthong.core.forms.ProcedureCatalogue;
import vn.lienthong.core.id.ProcedureCode;

/** Examples of docs/sdk-core.md, section "E-forms and procedures". */
class SdkCoreFormsExamples {

  @Test
  void valid() {
    // tag::valid[]
    String json =
        """
        {
          "requester": {"fullName": "Trần Thị Bình", "personalIdNumber": "001195012345",
                        "relationship": "Mẹ"},
          "child": {"fullName": "Nguyễn Minh An", "birthDate": "2026-03-10", "gender": 1,
                    "ethnicity": "Kinh", "nationality": "Việt Nam",
                    "birthPlace": {"address": {"provinceCode": "01", "communeCode": "00004"}}},
          "mother": {"fullName": "Trần Thị Bình", "birthYear": 1995,
                     "personalIdNumber": "001195012345",
                     "ethnicity": "Kinh", "nationality": "Việt Nam"}
        }
        """;
    FormValidator validator = FormValidator.create(); // compiles the schemas once; share it
    FormValidationResult result =
        validator.validate(FormId.BIRTH_REGISTRATION, json, LocalDate.of(2026, 3, 16));
    result.valid(); // true
    // end::valid[]
    assertThat(result.valid()).isTrue();
  }

  @Test
  void invalid() {
    // tag::invalid[]
    String json =
        """
        {
          "requester": {"fullName": "Trần Thị Bình", "personalIdNumber": "001195012345"},
          "child": {"fullName": "Nguyễn Minh An", "birthDate": "2025-02-30", "gender": 1,
                    "ethnicity": "Kinh", "nationality": "Việt Nam", "bloodType": "O",
                    "birthPlace": {"address": {"provinceCode": "01", "communeCode": "99999"}}},
          "mother": {"fullName": "Trần Thị Bình", "birthYear": 1996,
                     "personalIdNumber": "001195012345",
                     "ethnicity": "Kinh", "nationality": "Việt Nam"}
        }
        """;
    List<FormError> errors =
        FormValidator.create()
            .validate(FormId.BIRTH_REGISTRATION, json, LocalDate.of(2026, 3, 16))
            .errors();
    // /child/bloodType              LT-CORE-0714 Biểu mẫu không có trường ...
    // /child/birthDate              LT-CORE-0717 ... không phải ngày hợp lệ ...
    // /child/birthPlace/address/communeCode  LT-CORE-0722 Mã xã ... không có ...
    // /mother/personalIdNumber      LT-CORE-0720 Số định danh cá nhân ... không khớp ...
    // end::invalid[]
    assertThat(errors)
        .extracting(FormError::pointer, e -> e.code().code())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("/child/bloodType", "LT-CORE-0714"),
            org.assertj.core.groups.Tuple.tuple("/child/birthDate", "LT-CORE-0717"),
            org.assertj.core.groups.Tuple.tuple(
                "/child/birthPlace/address/communeCode", "LT-CORE-0722"),
            org.assertj.core.groups.Tuple.tuple("/mother/personalIdNumber", "LT-CORE-0720"));
  }

  @Test
  void prefillAndCatalogue() {
    // tag::prefill[]
    FormDefinition birth = FormValidator.create().definition(FormId.BIRTH_REGISTRATION);
    PrefillDescriptor first = birth.prefill().get(0);
    // pointer /requester/fullName <- registry "population", field "HoVaTen",
    // key "citizen" (the logged-in citizen's personal id): the citizen does not type it again
    birth.uiHints().helpText("/father"); // "Bỏ trống nếu chưa xác định được cha."

    CatalogueEntry entry = ProcedureCatalogue.bundled().find(birth.procedure()).orElseThrow();
    entry.name(); // "Đăng ký khai sinh"
    entry.deadline().isSameDay(); // true: same day, next working day after the 15:00 cut-off
    ProcedureCatalogue.bundled().find(ProcedureCode.parse("1.004222")).orElseThrow().deadline();
    // ProcessingDeadline[workingDays=7], the type WorkingCalendar.dueAt takes
    // end::prefill[]
    assertThat(first.byLoggedInCitizen()).isTrue();
    assertThat(entry.deadline()).isEqualTo(ProcessingDeadline.sameDay());
  }
}
