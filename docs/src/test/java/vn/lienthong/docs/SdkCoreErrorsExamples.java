package vn.lienthong.docs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.ErrorMessages;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.LienThongException;
import vn.lienthong.core.ProblemDetails;

/** Examples of docs/sdk-core.md, section "Errors". */
class SdkCoreErrorsExamples {

  @Test
  void problemDetails() {
    LienThongException e =
        new InvalidInputException(
            CoreErrorCode.REQUIRED, ErrorDetails.field("hoTen").rule("required"));

    // tag::problem-details[]
    // In a REST layer's exception mapper:
    ProblemDetails problem = ProblemDetails.from(e, ErrorMessages.VIETNAMESE);
    int status = problem.status(); // 400
    String body = problem.toJson(); // application/problem+json
    // end::problem-details[]

    assertThat(status).isEqualTo(400);
    assertThat(body)
        .contains("\"code\":\"LT-CORE-0001\"")
        .contains("\"detail\":\"Trường hoTen là bắt buộc nhưng đang để trống.\"");
  }
}
