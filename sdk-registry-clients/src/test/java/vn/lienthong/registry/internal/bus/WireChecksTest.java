package vn.lienthong.registry.internal.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The hand-written checks on the call path (message id, request hash, protocol version) agree with
 * the contract's regular expressions they replace, on random strings drawn from the characters that
 * matter and on edge cases.
 */
class WireChecksTest {

  private static final String ALPHABET = "aZ09._:-/ +=é\"";

  private static Gen<String> near(int maxLength) {
    return integers()
        .between(0, maxLength)
        .zip(
            strings().basicLatinAlphabet().ofLengthBetween(0, maxLength),
            (n, s) -> {
              StringBuilder b = new StringBuilder();
              for (int i = 0; i < n; i++) {
                int c = i < s.length() ? s.charAt(i) : i;
                b.append(ALPHABET.charAt(Math.floorMod(c * 31 + i, ALPHABET.length())));
              }
              return b.toString();
            });
  }

  @Test
  void messageIdLoopAgreesWithThePattern() {
    qt().forAll(near(70))
        .checkAssert(
            s ->
                assertThat(WireChecks.isMessageId(s))
                    .as(s)
                    .isEqualTo(WireChecks.MESSAGE_ID.matcher(s).matches()));
    assertThat(WireChecks.isMessageId("550e8400-e29b-41d4-a716-446655440000")).isTrue();
    assertThat(WireChecks.isMessageId("-startsWithDash")).isFalse();
    assertThat(WireChecks.isMessageId("short")).isFalse();
    assertThat(WireChecks.isMessageId("a".repeat(64))).isTrue();
    assertThat(WireChecks.isMessageId("a".repeat(65))).isFalse();
    assertThat(WireChecks.isMessageId(null)).isFalse();
  }

  @Test
  void requestHashLoopAgreesWithThePattern() {
    qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(41, 45))
        .checkAssert(
            s ->
                assertThat(WireChecks.isRequestHash(s))
                    .as(s)
                    .isEqualTo(WireChecks.REQUEST_HASH.matcher(s).matches()));
    assertThat(WireChecks.isRequestHash(RequestHash.EMPTY)).isTrue();
    assertThat(WireChecks.isRequestHash(RequestHash.of(new byte[] {1, 2, 3}))).isTrue();
  }

  @Test
  void protocolVersionLoopAgreesWithThePattern() {
    Pattern p = WireChecks.PROTOCOL_VERSION;
    qt().forAll(strings().allPossible().ofLengthBetween(0, 6))
        .checkAssert(
            s ->
                assertThat(WireChecks.isProtocolVersion(s))
                    .as(s)
                    .isEqualTo(p.matcher(s).matches()));
    for (String s :
        new String[] {"1.0", "10.25", "1.", ".1", "1..0", "123.0", "1.234", "a.b", "1.0.0"}) {
      assertThat(WireChecks.isProtocolVersion(s)).as(s).isEqualTo(p.matcher(s).matches());
    }
  }

  @Test
  void requestHashIsStableAcrossThreads() throws Exception {
    String expected = RequestHash.of("xin chào".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Thread[] threads = new Thread[4];
    String[] seen = new String[threads.length];
    for (int t = 0; t < threads.length; t++) {
      int n = t;
      threads[t] =
          new Thread(
              () -> {
                for (int i = 0; i < 1000; i++) {
                  seen[n] =
                      RequestHash.of("xin chào".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
              });
      threads[t].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    assertThat(seen).containsOnly(expected);
    assertThat(expected).hasSize(43);
  }
}
