package vn.lienthong.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.LienThongException;

class DossierCodeFormatTest {

  private static final AgencyCode AGENCY = AgencyCode.parse("000.00.01.H22");

  @Test
  void customPatternRoundTrips() {
    DossierCodeFormat f = DossierCodeFormat.of("HS/{yyyyMMdd}/{agency}/{seq:6}");
    DossierCode code = new DossierCode(AGENCY, LocalDate.of(2025, 7, 1), 42, f);
    assertThat(code).hasToString("HS/20250701/000.00.01.H22/000042");
    assertThat(f.length()).isEqualTo(code.toString().length());
    assertThat(f.maxSequence()).isEqualTo(999_999);
    assertThat(DossierCode.parse(code.toString(), f)).isEqualTo(code);
  }

  @Test
  void defaultFormatIsCircular01() {
    assertThat(DossierCodeFormat.DEFAULT.pattern()).isEqualTo("{agency}-{yyMMdd}-{seq:4}");
    assertThat(DossierCodeFormat.DEFAULT.maxSequence()).isEqualTo(9999);
    assertThat(DossierCodeFormat.DEFAULT.length()).isEqualTo(25);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{agency}-{yyMMdd}",
        "{agency}-{yyMMdd}-{seq:4}-{seq:4}",
        "{agency}-{ddMMyy}-{seq:4}",
        "{agency}-{yyMMdd}-{seq:0}",
        "{agency}-{yyMMdd}-{seq:10}",
        "{agency} {yyMMdd}-{seq:4}",
        "{agency}-{yyMMdd-{seq:4}",
        "{agency}-{yyMMdd}-{seq:4}}",
        "{agency}-{yyMMdd}-{seq:4"
      })
  void rejectsBadPatternsAsConfigurationErrors(String pattern) {
    assertThatThrownBy(() -> DossierCodeFormat.of(pattern))
        .isInstanceOf(ConfigurationException.class)
        .extracting(e -> ((LienThongException) e).code())
        .isEqualTo("LT-CORE-0901");
  }

  @Test
  void rejectsImpossibleDate() {
    assertThatThrownBy(() -> DossierCode.parse("000.00.01.H22-250230-0001"))
        .extracting(e -> ((LienThongException) e).code())
        .isEqualTo("LT-CORE-0105");
  }

  @Test
  void rejectsSequenceZeroAndWrongSeparator() {
    assertThatThrownBy(() -> DossierCode.parse("000.00.01.H22-250701-0000"))
        .extracting(e -> ((LienThongException) e).code())
        .isEqualTo("LT-CORE-0102");
    assertThatThrownBy(() -> DossierCode.parse("000.00.01.H22/250701/0001"))
        .isInstanceOf(LienThongException.class)
        .satisfies(
            e ->
                assertThat(((LienThongException) e).details().arguments())
                    .containsEntry("position", "14")
                    .containsEntry("format", "{agency}-{yyMMdd}-{seq:4}"));
  }

  @Test
  void rejectsWrongLength() {
    assertThatThrownBy(() -> DossierCode.parse("000.00.01.H22-250701-001"))
        .extracting(e -> ((LienThongException) e).code())
        .isEqualTo("LT-CORE-0101");
  }

  @Test
  void codeRejectsSequenceOrDateOutsideFormat() {
    LocalDate d = LocalDate.of(2025, 7, 1);
    assertThatThrownBy(() -> new DossierCode(AGENCY, d, 10_000, DossierCodeFormat.DEFAULT))
        .extracting(e -> ((LienThongException) e).code())
        .isEqualTo("LT-CORE-0102");
    assertThatThrownBy(() -> new DossierCode(AGENCY, d, 0, DossierCodeFormat.DEFAULT))
        .extracting(e -> ((LienThongException) e).code())
        .isEqualTo("LT-CORE-0102");
    assertThatThrownBy(
            () -> new DossierCode(AGENCY, LocalDate.of(2100, 1, 1), 1, DossierCodeFormat.DEFAULT))
        .extracting(e -> ((LienThongException) e).code())
        .isEqualTo("LT-CORE-0105");
  }

  @Test
  void maskedHidesAllButLastFourDigits() {
    assertThat(DossierCode.parse("000.00.01.H22-250701-0123").masked())
        .isEqualTo("***.**.**.***-******-0123");
  }
}
