package vn.lienthong.core.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.InvalidInputException;

class FormBadInputTest {

  private static final LocalDate FILED = LocalDate.of(2026, 3, 16);
  private final FormValidator validator = FormValidator.create();

  private CoreErrorCode failure(String json) {
    try {
      validator.validate(FormId.BIRTH_REGISTRATION, json, FILED);
    } catch (InvalidInputException e) {
      return (CoreErrorCode) e.errorCode();
    }
    throw new AssertionError("expected an exception");
  }

  @Test
  void malformedJsonCouldNotBeValidated() {
    assertThat(failure("{\"child\": ")).isEqualTo(CoreErrorCode.FORM_MALFORMED_JSON);
    assertThat(failure("")).isEqualTo(CoreErrorCode.FORM_MALFORMED_JSON);
    assertThat(failure("{} {}")).isEqualTo(CoreErrorCode.FORM_MALFORMED_JSON);
    assertThat(failure("{\"a\":1,\"a\":2}")).isEqualTo(CoreErrorCode.FORM_MALFORMED_JSON);
  }

  @Test
  void malformedJsonMessageGivesLineAndColumnButNotTheText() {
    assertThatThrownBy(
            () -> validator.validate(FormId.BIRTH_REGISTRATION, "{\n \"x\": Nguyen }", FILED))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("line 2")
        .hasMessageNotContaining("Nguyen")
        .hasNoCause();
  }

  @Test
  void nestingTenThousandDeepIsRejectedQuickly() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    long start = System.nanoTime();
    assertThat(failure(deep)).isEqualTo(CoreErrorCode.FORM_LIMIT_EXCEEDED);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
  }

  @Test
  void fiftyMegabyteDocumentIsRejectedBeforeParsing() {
    String huge = "{\"child\":\"" + "a".repeat(50 * 1024 * 1024) + "\"}";
    long start = System.nanoTime();
    assertThat(failure(huge)).isEqualTo(CoreErrorCode.FORM_LIMIT_EXCEEDED);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
  }

  @Test
  void longStringAndLongNumberAreOverTheCaps() {
    assertThat(failure("{\"x\":\"" + "a".repeat(FormValidator.MAX_STRING_LENGTH + 1) + "\"}"))
        .isEqualTo(CoreErrorCode.FORM_LIMIT_EXCEEDED);
    assertThat(failure("{\"x\":" + "9".repeat(FormValidator.MAX_NUMBER_LENGTH + 1) + "}"))
        .isEqualTo(CoreErrorCode.FORM_LIMIT_EXCEEDED);
  }

  @Test
  void wrongTypesAndUnknownPropertiesAreErrorsNotExceptions() {
    FormValidationResult r =
        validator.validate(FormId.BIRTH_REGISTRATION, "{\"requester\":[],\"extra\":1}", FILED);
    assertThat(r.errors())
        .extracting(FormError::pointer, e -> e.code().code())
        .contains(
            tuple("/child", "LT-CORE-0710"),
            tuple("/extra", "LT-CORE-0714"),
            tuple("/requester", "LT-CORE-0711"));
  }

  @Test
  void topLevelArrayIsAWrongTypeAtTheRoot() {
    FormValidationResult r = validator.validate(FormId.BIRTH_REGISTRATION, "[]", FILED);
    assertThat(r.errors()).extracting(FormError::pointer).containsExactly("");
  }

  @Test
  void februaryThirtiethIsAnInvalidDateInVietnamese() {
    String json =
        "{\"requester\":{\"fullName\":\"Trần Bình\",\"personalIdNumber\":\"001195012345\"},"
            + "\"child\":{\"fullName\":\"Nguyễn An\",\"birthDate\":\"2025-02-30\",\"gender\":1,"
            + "\"ethnicity\":\"Kinh\",\"nationality\":\"Việt Nam\",\"birthPlace\":{\"address\":"
            + "{\"provinceCode\":\"01\",\"communeCode\":\"00004\"}}}}";
    FormValidationResult r = validator.validate(FormId.BIRTH_REGISTRATION, json, FILED);
    assertThat(r.errors()).hasSize(1);
    FormError e = r.errors().get(0);
    assertThat(e.pointer()).isEqualTo("/child/birthDate");
    assertThat(e.code()).isEqualTo(CoreErrorCode.FORM_INVALID_DATE);
    assertThat(e.messageVi())
        .isEqualTo(
            "Trường /child/birthDate không phải ngày hợp lệ theo dạng năm-tháng-ngày (yyyy-MM-dd).");
  }

  @Test
  void addressesBeforeTheTwoLevelListCannotBeChecked() {
    String json =
        "{\"requester\":{\"fullName\":\"Trần Bình\",\"personalIdNumber\":\"001195012345\","
            + "\"residence\":{\"provinceCode\":\"01\",\"communeCode\":\"00004\"}},"
            + "\"child\":{\"fullName\":\"Nguyễn An\",\"birthDate\":\"2025-02-03\",\"gender\":1,"
            + "\"ethnicity\":\"Kinh\",\"nationality\":\"Việt Nam\",\"birthPlace\":{\"address\":"
            + "{\"provinceCode\":\"01\",\"communeCode\":\"00004\"}}}}";
    assertThat(
            validator.validate(FormId.BIRTH_REGISTRATION, json, LocalDate.of(2025, 3, 1)).errors())
        .extracting(e -> e.code().code())
        .containsOnly("LT-CORE-0722");
    assertThat(validator.validate(FormId.BIRTH_REGISTRATION, json, FILED).valid()).isTrue();
  }

  @Test
  void manyErrorsAreCapped() {
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < 500; i++) {
      json.append("\"x").append(i).append("\":0,");
    }
    json.append("\"y\":0}");
    assertThat(validator.validate(FormId.BIRTH_REGISTRATION, json.toString(), FILED).errors())
        .hasSize(FormValidator.MAX_ERRORS);
  }

  @Test
  void nullIsRejectedByContract() {
    assertThatThrownBy(() -> validator.validate(FormId.BIRTH_REGISTRATION, null, FILED))
        .isInstanceOf(NullPointerException.class);
  }
}
