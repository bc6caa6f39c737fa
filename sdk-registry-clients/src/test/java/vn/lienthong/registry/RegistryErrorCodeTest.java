package vn.lienthong.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.lienthong.core.ErrorCatalogue;

class RegistryErrorCodeTest {

  @Test
  void everyCodeHasVietnameseAndEnglishTitleAndDetail() {
    assertThat(ErrorCatalogue.problems(RegistryErrorCode.class)).isEmpty();
  }
}
