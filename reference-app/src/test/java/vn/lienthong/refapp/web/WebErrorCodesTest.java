package vn.lienthong.refapp.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.ErrorCatalogue;
import vn.lienthong.refapp.RefappErrorCode;

class WebErrorCodesTest {

  @Test
  void everyCodeHasVietnameseAndEnglishTexts() {
    assertThat(ErrorCatalogue.problems(RefappErrorCode.class)).isEmpty();
  }

  @Test
  void webCodesAreInTheirRangeAndVietnameseTextsAreNfc() {
    ResourceBundle vi =
        ResourceBundle.getBundle("vn.lienthong.refapp.messages", Locale.forLanguageTag("vi"));
    for (RefappErrorCode c :
        new RefappErrorCode[] {
          RefappErrorCode.LOGIN_REQUIRED,
          RefappErrorCode.CSRF_REJECTED,
          RefappErrorCode.ACCESS_DENIED,
          RefappErrorCode.PAGE_NOT_FOUND,
          RefappErrorCode.LOGIN_FAILED,
          RefappErrorCode.FORM_TOO_LARGE,
          RefappErrorCode.PREFILL_UNAVAILABLE,
          RefappErrorCode.ACTION_NOT_ALLOWED
        }) {
      assertThat(c.code()).startsWith("LT-APP-04");
      String title = vi.getString(c.code() + ".title");
      assertThat(Normalizer.isNormalized(title, Normalizer.Form.NFC)).isTrue();
    }
    assertThat(RefappErrorCode.CSRF_REJECTED.httpStatus()).isEqualTo(403);
    assertThat(RefappErrorCode.PREFILL_UNAVAILABLE.retryable()).isTrue();
  }
}
