package vn.lienthong.core.forms;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import vn.lienthong.core.LienThongException;

/** The validator answers every input with a result or a {@link LienThongException}. */
class FormValidatorFuzzTest {

  private static final FormValidator VALIDATOR = FormValidator.create();

  @FuzzTest(maxDuration = "60s")
  void validateReturnsOrRejects(FuzzedDataProvider data) {
    FormId form = data.pickValue(FormValidator.create().forms()).id();
    LocalDate filed = LocalDate.of(2025, 7, 1).plusDays(data.consumeInt(0, 3000));
    String json = data.consumeRemainingAsString();
    try {
      FormValidationResult result = VALIDATOR.validate(form, json, filed);
      if (result.errors().size() > FormValidator.MAX_ERRORS) {
        throw new AssertionError("too many errors");
      }
    } catch (LienThongException expected) {
      // could not be validated: malformed or over a cap
    }
  }
}
