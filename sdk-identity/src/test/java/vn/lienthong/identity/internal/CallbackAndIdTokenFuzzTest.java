package vn.lienthong.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import vn.lienthong.core.LienThongException;

/**
 * Fuzzes the callback parser and the ID token verifier: whatever the input, they return or throw
 * {@link LienThongException} with an {@code LT-IDN-00xx} or {@code 01xx} code, never anything else,
 * and never accept a token (the corpus tokens are signed by keys of earlier runs). In a normal
 * build this replays the committed corpus under {@code CallbackAndIdTokenFuzzTestInputs}; {@code
 * JAZZER_FUZZ=1} fuzzes for real.
 */
class CallbackAndIdTokenFuzzTest {

  private static final IdTokenVerifier VERIFIER = verifier();

  private static IdTokenVerifier verifier() {
    try {
      ECKey key = new ECKeyGenerator(Curve.P_256).keyID("op-ec-1").generate();
      return new IdTokenVerifier(
          "https://id.example.gov.vn/idp",
          "commune-portal",
          Set.of(JWSAlgorithm.ES256, JWSAlgorithm.PS256),
          JwksCache.fixed(new JWKSet(key.toPublicJWK()), Clock.systemUTC()),
          null,
          null,
          Clock.systemUTC(),
          Duration.ofSeconds(60));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  @FuzzTest(maxDuration = "60s")
  void parsesOrRejectsCleanly(FuzzedDataProvider data) {
    String query = data.consumeString(10_000);
    String token = data.consumeRemainingAsString();
    URI uri = null;
    try {
      uri = new URI("https://xa.example.vn/cb?" + query);
    } catch (URISyntaxException notAUri) {
      // the servlet container would have refused it
    }
    if (uri != null) {
      try {
        Callback.parse(uri);
      } catch (LienThongException expected) {
        assertThat(expected.code()).startsWith("LT-IDN-01");
      }
    }
    try {
      VERIFIER.verify(token, "nonce");
      throw new AssertionError("a fuzzed token was accepted");
    } catch (LienThongException expected) {
      assertThat(expected.code()).matches("LT-IDN-00\\d\\d|LT-IDN-0901");
    }
  }
}
