package vn.lienthong.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.lienthong.core.ErrorCatalogue;

class SandboxErrorCodeTest {

  @Test
  void everyCodeHasVietnameseAndEnglishTitleAndDetail() {
    assertThat(ErrorCatalogue.problems(SandboxErrorCode.class)).isEmpty();
  }
}
