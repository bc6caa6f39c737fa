package vn.lienthong.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemDetailsTest {

  @Test
  void describesAnExceptionWithItsCodeFieldAndVietnameseText() {
    var e =
        new InvalidInputException(
            CoreErrorCode.REQUIRED, ErrorDetails.field("hoTen").rule("required"));

    ProblemDetails p = ProblemDetails.from(e, ErrorMessages.VIETNAMESE);

    assertThat(p.type()).isEqualTo("urn:lienthong:problem:LT-CORE-0001");
    assertThat(p.status()).isEqualTo(400);
    assertThat(p.title()).isEqualTo("Thiếu giá trị bắt buộc");
    assertThat(p.toJson())
        .isEqualTo(
            "{\"type\":\"urn:lienthong:problem:LT-CORE-0001\",\"title\":\"Thiếu giá trị bắt buộc\","
                + "\"status\":400,\"detail\":\"Trường hoTen là bắt buộc nhưng đang để trống.\","
                + "\"code\":\"LT-CORE-0001\",\"errors\":[{\"code\":\"LT-CORE-0001\","
                + "\"field\":\"hoTen\",\"rule\":\"required\","
                + "\"detail\":\"Trường hoTen là bắt buộc nhưng đang để trống.\"}]}");
  }

  @Test
  void escapesJsonAndRendersExtensions() {
    ProblemDetails p =
        ProblemDetails.builder()
            .title("a \"quoted\"\nline")
            .status(503)
            .extension("correlationId", "c-1")
            .extension("retry", Map.of("after", 5))
            .extension("list", List.of(true, "x"))
            .build();

    assertThat(p.toJson())
        .isEqualTo(
            "{\"type\":\"about:blank\",\"title\":\"a \\\"quoted\\\"\\nline\",\"status\":503,"
                + "\"correlationId\":\"c-1\",\"retry\":{\"after\":5},\"list\":[true,\"x\"]}");
  }

  @Test
  void configurationErrorsAreServerErrors() {
    var e =
        new ConfigurationException(
            CoreErrorCode.BUNDLED_DATA_CORRUPT, ErrorDetails.field("units.bin"), null);
    assertThat(ProblemDetails.from(e, ErrorMessages.VIETNAMESE).status()).isEqualTo(500);
  }

  @Test
  void refusesReservedExtensionNames() {
    assertThatThrownBy(() -> ProblemDetails.builder().extension("status", 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ProblemDetails.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("title required");
  }
}
