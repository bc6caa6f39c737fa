package vn.lienthong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.lienthong.core.ErrorCatalogue;

class IdentityErrorCodeTest {

  @Test
  void everyCodeHasVietnameseAndEnglishTitleAndDetail() {
    assertThat(ErrorCatalogue.problems(IdentityErrorCode.class)).isEmpty();
  }

  @Test
  void providerOutageIsRetryableAndRejectedTokensAreNot() {
    assertThat(IdentityErrorCode.PROVIDER_UNAVAILABLE.retryable()).isTrue();
    assertThat(IdentityErrorCode.ID_TOKEN_SIGNATURE_INVALID.retryable()).isFalse();
    assertThat(IdentityErrorCode.ID_TOKEN_SIGNATURE_INVALID.httpStatus()).isEqualTo(401);
    assertThat(IdentityErrorCode.CONFIGURATION_INVALID.httpStatus()).isEqualTo(500);
  }
}
