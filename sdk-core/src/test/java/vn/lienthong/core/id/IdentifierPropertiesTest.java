package vn.lienthong.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.privacy.LogSafe;
import vn.lienthong.core.privacy.Masking;

/** Properties of every identifier: round trip, masking, and isValid agreeing with parse. */
class IdentifierPropertiesTest {

  private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

  private static Gen<String> digits(int length) {
    long bound = (long) Math.pow(10, length) - 1;
    return longs().between(0, bound).map(n -> String.format("%0" + length + "d", n));
  }

  private static Gen<String> personalIds() {
    return digits(12);
  }

  private static Gen<String> taxCodes() {
    return integers()
        .between(0, 999_999_999)
        .map(n -> String.format("%09d", n))
        .map(
            nine -> {
              int sum = 0;
              for (int i = 0; i < 9; i++) {
                sum += (nine.charAt(i) - '0') * WEIGHTS[i];
              }
              int check = 10 - sum % 11;
              return check == 10 ? null : nine + check;
            })
        .assuming(s -> s != null);
  }

  private static Gen<String> taxCodesWithUnits() {
    return taxCodes()
        .zip(integers().between(1, 999), (main, unit) -> main + "-" + String.format("%03d", unit));
  }

  private static Gen<String> agencyCodes() {
    return digits(7)
        .zip(
            integers().between('A', 'Z'),
            digits(2),
            (d, letter, tail) ->
                d.substring(0, 3)
                    + "."
                    + d.substring(3, 5)
                    + "."
                    + d.substring(5, 7)
                    + "."
                    + (char) letter.intValue()
                    + tail);
  }

  private static Gen<String> procedureCodes() {
    return digits(7).map(d -> d.charAt(0) + "." + d.substring(1));
  }

  private static Gen<DossierCode> dossierCodes() {
    return agencyCodes()
        .zip(
            integers().between(0, 36_524),
            integers().between(1, 9_999),
            (a, day, seq) ->
                new DossierCode(
                    AgencyCode.parse(a),
                    LocalDate.of(2000, 1, 1).plusDays(day),
                    seq,
                    DossierCodeFormat.DEFAULT));
  }

  @Test
  void parseOfToStringIsIdentity() {
    qt().forAll(personalIds())
        .checkAssert(s -> roundTrips(PersonalIdNumber.parse(s), PersonalIdNumber::parse));
    qt().forAll(digits(9))
        .checkAssert(s -> roundTrips(LegacyIdCardNumber.parse(s), LegacyIdCardNumber::parse));
    qt().forAll(taxCodes()).checkAssert(s -> roundTrips(TaxCode.parse(s), TaxCode::parse));
    qt().forAll(taxCodesWithUnits()).checkAssert(s -> roundTrips(TaxCode.parse(s), TaxCode::parse));
    qt().forAll(personalIds())
        .checkAssert(
            s ->
                roundTrips(
                    TaxCode.parse(s, TaxpayerKind.INDIVIDUAL),
                    x -> TaxCode.parse(x, TaxpayerKind.INDIVIDUAL)));
    qt().forAll(agencyCodes()).checkAssert(s -> roundTrips(AgencyCode.parse(s), AgencyCode::parse));
    qt().forAll(procedureCodes())
        .checkAssert(s -> roundTrips(ProcedureCode.parse(s), ProcedureCode::parse));
    qt().forAll(dossierCodes()).checkAssert(c -> roundTrips(c, DossierCode::parse));
  }

  private static void roundTrips(Object value, Function<String, Object> parse) {
    assertThat(parse.apply(value.toString())).isEqualTo(value);
  }

  @Test
  void maskedShowsOnlyTheLastDigitsOfPersonalValues() {
    qt().forAll(personalIds()).checkAssert(s -> hidesAllButLast(PersonalIdNumber.parse(s), 3));
    qt().forAll(digits(9)).checkAssert(s -> hidesAllButLast(LegacyIdCardNumber.parse(s), 3));
    qt().forAll(taxCodes()).checkAssert(s -> hidesAllButLast(TaxCode.parse(s), 3));
    qt().forAll(taxCodesWithUnits()).checkAssert(s -> hidesAllButLast(TaxCode.parse(s), 3));
    qt().forAll(dossierCodes()).checkAssert(c -> hidesAllButLast(c, 4));
  }

  /**
   * Every digit or letter before the last {@code visible} ones is the mask; other characters (the
   * separators) are kept; so no hidden digit, nor any run of them, appears in the output.
   */
  private static void hidesAllButLast(LogSafe value, int visible) {
    String plain = value.toString();
    String masked = value.masked();
    assertThat(masked).hasSameSizeAs(plain);
    int alnumSeen = 0;
    int alnumTotal = (int) plain.chars().filter(Character::isLetterOrDigit).count();
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        alnumSeen++;
        boolean hidden = alnumSeen <= alnumTotal - visible;
        assertThat(masked.charAt(i)).isEqualTo(hidden ? Masking.MASK : c);
      } else {
        assertThat(masked.charAt(i)).isEqualTo(c);
      }
    }
  }

  @Test
  void isValidAgreesWithParseOnArbitraryInput() {
    Gen<String> anything =
        strings()
            .allPossible()
            .ofLengthBetween(0, 30)
            .mix(strings().numeric())
            .mix(strings().basicLatinAlphabet().ofLengthBetween(0, 30))
            .mix(digits(12))
            .mix(taxCodesWithUnits());
    qt().withGenerateAttempts(100_000)
        .forAll(anything)
        .checkAssert(
            s -> {
              agrees(s, PersonalIdNumber::parse, PersonalIdNumber::isValid);
              agrees(s, LegacyIdCardNumber::parse, LegacyIdCardNumber::isValid);
              agrees(s, TaxCode::parse, TaxCode::isValid);
              agrees(
                  s,
                  x -> TaxCode.parse(x, TaxpayerKind.INDIVIDUAL),
                  x -> TaxCode.isValid(x, TaxpayerKind.INDIVIDUAL));
              agrees(s, AgencyCode::parse, AgencyCode::isValid);
              agrees(s, ProcedureCode::parse, ProcedureCode::isValid);
              agrees(s, DossierCode::parse, DossierCode::isValid);
            });
  }

  private static void agrees(String s, Function<String, Object> parse, Predicate<String> isValid) {
    boolean parsed;
    try {
      parse.apply(s);
      parsed = true;
    } catch (InvalidInputException e) {
      parsed = false;
    }
    assertThat(isValid.test(s)).isEqualTo(parsed);
  }
}
