package vn.lienthong.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class CoreErrorCodeTest {

  @Test
  void everyCodeHasVietnameseAndEnglishTitleAndDetail() {
    assertThat(ErrorCatalogue.problems(CoreErrorCode.class)).isEmpty();
  }

  @Test
  void messagesNameFieldAndValueInBothLanguages() {
    var e =
        new InvalidInputException(
            CoreErrorCode.UNEXPECTED_CHARACTER,
            ErrorDetails.field("taxCode")
                .with("character", "U+0041")
                .with("position", 3)
                .with("allowed", "0-9")
                .rejectedValue("01A"));

    assertThat(e.message(ErrorMessages.VIETNAMESE))
        .isEqualTo(
            "Trường taxCode chứa ký tự U+0041 ở vị trí 3, không được phép; chỉ cho phép: 0-9.");
    assertThat(e.getMessage()).startsWith("[LT-CORE-0006] taxCode contains U+0041 at position 3");
  }

  @Test
  void remoteFailuresAreRetryableServerErrorsAndInputErrorsAreNot() {
    assertThat(CoreErrorCode.DOSSIER_SEQUENCE_UNAVAILABLE.retryable()).isTrue();
    assertThat(CoreErrorCode.DOSSIER_SEQUENCE_UNAVAILABLE.httpStatus()).isEqualTo(503);
    assertThat(CoreErrorCode.BUNDLED_DATA_CORRUPT.httpStatus()).isEqualTo(500);
    assertThat(CoreErrorCode.REQUIRED.retryable()).isFalse();
    assertThat(CoreErrorCode.REQUIRED.httpStatus()).isEqualTo(400);
  }

  @Test
  void unknownLanguagesGetEnglish() {
    var e = new InvalidInputException(CoreErrorCode.REQUIRED, ErrorDetails.field("name"));
    assertThat(e.message(Locale.JAPANESE)).isEqualTo("name is required but is empty.");
  }

  @Test
  void rejectedValuesAreTruncatedAndInvisibleCharactersShown() {
    ErrorDetails d = ErrorDetails.field("x").rejectedValue("12\u200b3" + "9".repeat(10_000_000));
    assertThat(d.rejectedValue().orElseThrow())
        .startsWith("12U+200B3")
        .endsWith("…(+9999940)")
        .hasSizeLessThan(100);
  }
}
