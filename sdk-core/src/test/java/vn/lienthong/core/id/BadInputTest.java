package vn.lienthong.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.LienThongException;

/** Every identifier gets the same hostile inputs and must answer each with its precise code. */
class BadInputTest {

  private record Parser(
      String name, String valid, Function<String, Object> parse, Predicate<String> isValid) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final List<Parser> PARSERS =
      List.of(
          new Parser(
              "PersonalIdNumber",
              "001090123456",
              PersonalIdNumber::parse,
              PersonalIdNumber::isValid),
          new Parser(
              "LegacyIdCardNumber",
              "012345678",
              LegacyIdCardNumber::parse,
              LegacyIdCardNumber::isValid),
          new Parser("TaxCode", "0100233488", TaxCode::parse, TaxCode::isValid),
          new Parser("AgencyCode", "000.00.00.H41", AgencyCode::parse, AgencyCode::isValid),
          new Parser("ProcedureCode", "1.001193", ProcedureCode::parse, ProcedureCode::isValid),
          new Parser(
              "DossierCode",
              "000.00.01.H22-250701-0001",
              DossierCode::parse,
              DossierCode::isValid));

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (Parser p : PARSERS) {
      String v = p.valid();
      String fullWidth = (char) ('０' + (v.charAt(0) - '0')) + v.substring(1);
      out.add(Arguments.of(p, "empty", "", "LT-CORE-0001"));
      out.add(Arguments.of(p, "blank", " \t ", "LT-CORE-0001"));
      out.add(Arguments.of(p, "full-width digit", fullWidth, "LT-CORE-0005"));
      out.add(Arguments.of(p, "Arabic-Indic digit", "٠" + v.substring(1), "LT-CORE-0005"));
      out.add(
          Arguments.of(
              p,
              "zero-width space",
              v.substring(0, 2) + "\u200b" + v.substring(2),
              "LT-CORE-0003"));
      out.add(Arguments.of(p, "byte order mark", "\ufeff" + v, "LT-CORE-0003"));
      out.add(
          Arguments.of(
              p,
              "NFD combining mark",
              v.substring(0, 3) + "\u0301" + v.substring(3),
              "LT-CORE-0006"));
      out.add(
          Arguments.of(
              p, "Cyrillic look-alike", v.substring(0, 2) + "О" + v.substring(3), "LT-CORE-0006"));
      out.add(Arguments.of(p, "NUL", v + "\u0000", "LT-CORE-0004"));
      out.add(Arguments.of(p, "10 MB", "1".repeat(10_000_000), "LT-CORE-0002"));
      out.add(
          Arguments.of(
              p, "lone surrogate", v.substring(0, 1) + "\ud800" + v.substring(1), "LT-CORE-0008"));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("cases")
  void rejectsHostileInputWithPreciseCode(Parser parser, String what, String input, String code) {
    assertThatThrownBy(() -> parser.parse().apply(input))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e -> {
              LienThongException l = (LienThongException) e;
              assertThat(l.code()).isEqualTo(code);
              assertThat(l.details().field()).isPresent();
              assertThat(l.details().rule()).isPresent();
              assertThat(l.getMessage()).hasSizeLessThan(1_000);
            });
    assertThat(parser.isValid().test(input)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  void acceptsTheValidValueAndRejectsNull(Parser parser) {
    assertThat(parser.parse().apply(parser.valid())).hasToString(parser.valid());
    assertThat(parser.isValid().test(parser.valid())).isTrue();
    assertThatThrownBy(() -> parser.parse().apply(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> parser.isValid().test(null)).isInstanceOf(NullPointerException.class);
  }

  static Stream<Parser> parsers() {
    return PARSERS.stream();
  }
}
