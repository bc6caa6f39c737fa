package vn.lienthong.sandbox.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.sandbox.SandboxErrorCode;

/** Form and query parsing: a property (encode then parse is the identity) and the refusals. */
class HttpParametersTest {

  /** Any well-formed text (no lone surrogates, which UTF-8 cannot carry) survives a round trip. */
  @Test
  void encodingThenParsingGivesTheParametersBack() {
    qt().forAll(
            lists()
                .of(strings().betweenCodePoints(0x20, 0x2FFF).ofLengthBetween(1, 12))
                .ofSizeBetween(0, 20),
            lists().of(strings().betweenCodePoints(0, 0xD7FF).ofLengthBetween(0, 30)).ofSize(20),
            integers().between(0, 1))
        .checkAssert(
            (names, values, unused) -> {
              Map<String, String> m = new LinkedHashMap<>();
              for (int i = 0; i < names.size(); i++) {
                m.putIfAbsent(names.get(i), values.get(i));
              }
              String raw =
                  m.entrySet().stream()
                      .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                      .collect(Collectors.joining("&"));
              assertThat(HttpCall.parse(raw, "form")).isEqualTo(m);
            });
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void repeatedParameterIsRefused() {
    assertThatThrownBy(() -> HttpCall.parse("a=1&b=2&a=3", "form"))
        .isInstanceOf(InvalidInputException.class)
        .hasFieldOrPropertyWithValue("errorCode", SandboxErrorCode.PARAMETER_REPEATED);
  }

  @Test
  void badPercentEncodingIsRefused() {
    assertThatThrownBy(() -> HttpCall.parse("a=%G1", "query"))
        .isInstanceOf(InvalidInputException.class)
        .hasFieldOrPropertyWithValue("errorCode", SandboxErrorCode.MALFORMED_FORM);
  }

  @Test
  void tooManyParametersAreRefused() {
    String raw =
        String.join(
            "&", java.util.stream.IntStream.range(0, 100).mapToObj(i -> "p" + i + "=x").toList());
    assertThatThrownBy(() -> HttpCall.parse(raw, "form"))
        .isInstanceOf(InvalidInputException.class)
        .hasFieldOrPropertyWithValue("errorCode", SandboxErrorCode.MALFORMED_FORM);
  }

  @Test
  void emptyPairsAndValuelessNamesAreTolerated() {
    assertThat(HttpCall.parse("&a=&b&", "form")).isEqualTo(Map.of("a", "", "b", ""));
    assertThat(HttpCall.parse("", "form")).isEmpty();
  }
}
