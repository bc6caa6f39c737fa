package vn.lienthong.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.lienthong.core.ErrorCatalogue;

class ConformanceErrorCodeTest {

  @Test
  void everyCodeHasVietnameseAndEnglishTitleAndDetail() {
    assertThat(ErrorCatalogue.problems(ConformanceErrorCode.class)).isEmpty();
  }

  @Test
  void codesAreInTheKitsArea() {
    for (ConformanceErrorCode c : ConformanceErrorCode.values()) {
      assertThat(c.code()).matches("LT-CONF-[0-9]{4}");
    }
    assertThat(ConformanceErrorCode.TARGET_UNREACHABLE.retryable()).isTrue();
  }
}
