package vn.lienthong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.LienThongException;

class LoginStatePropertyTest {

  @Test
  void textFormRoundTripsAnyValues() {
    qt().forAll(
            strings().betweenCodePoints(0x20, 0xD7FF).ofLengthBetween(0, 60),
            strings().basicLatinAlphabet().ofLengthBetween(0, 60),
            longs().between(0, 4_000_000_000L))
        .checkAssert(
            (s, n, t) -> {
              LoginState st =
                  new LoginState(
                      s,
                      n,
                      "verifier-" + n,
                      "jkt",
                      "https://id.example/idp",
                      Instant.ofEpochSecond(t));
              LoginState back = LoginState.decode(st.encoded());
              assertThat(back.state()).isEqualTo(s);
              assertThat(back.nonce()).isEqualTo(n);
              assertThat(back.codeVerifier()).isEqualTo("verifier-" + n);
              assertThat(back.startedAt()).isEqualTo(Instant.ofEpochSecond(t));
            });
  }

  @Test
  void decodingArbitraryTextRejectsWithItsOwnCode() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 200))
        .checkAssert(
            text -> {
              try {
                LoginState.decode(text);
              } catch (LienThongException e) {
                assertThat(e.errorCode()).isEqualTo(IdentityErrorCode.LOGIN_STATE_INVALID);
              }
            });
  }

  @Test
  void survivesJavaSerialisationForSessionReplication() throws Exception {
    LoginState st = new LoginState("s", "n", "v", "jkt", "https://id.example/idp", Instant.now());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(st);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      LoginState back = (LoginState) in.readObject();
      assertThat(back.encoded()).isEqualTo(st.encoded());
    }
  }
}
