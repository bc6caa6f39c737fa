package vn.lienthong.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.LienThongException;

class DossierCodeGeneratorTest {

  private static final AgencyCode AGENCY = AgencyCode.parse("000.00.01.H22");

  @Test
  void datesAreTakenInVietNamWhateverTheClockZone() {
    // 2025-06-30T17:30Z is 2025-07-01T00:30 in Viet Nam.
    Clock utc = Clock.fixed(Instant.parse("2025-06-30T17:30:00Z"), ZoneOffset.UTC);
    DossierCodeGenerator g =
        DossierCodeGenerator.builder()
            .sequenceSource(InMemoryDossierSequenceSource.create())
            .clock(utc)
            .build();
    assertThat(g.next(AGENCY)).hasToString("000.00.01.H22-250701-0001");
    assertThat(g.next(AGENCY)).hasToString("000.00.01.H22-250701-0002");
  }

  @Test
  void sequencesArePerAgencyAndDay() {
    InMemoryDossierSequenceSource source = InMemoryDossierSequenceSource.create();
    LocalDate d = LocalDate.of(2025, 7, 1);
    assertThat(source.next(AGENCY, d)).isEqualTo(1);
    assertThat(source.next(AGENCY, d)).isEqualTo(2);
    assertThat(source.next(AGENCY, d.plusDays(1))).isEqualTo(1);
    assertThat(source.next(AgencyCode.parse("000.00.00.H41"), d)).isEqualTo(1);
    source.forgetBefore(d.plusDays(1));
    assertThat(source.next(AGENCY, d)).isEqualTo(1);
  }

  @Test
  void failsClearlyWhenTheDayIsExhaustedInsteadOfWrapping() {
    DossierCodeGenerator g =
        DossierCodeGenerator.builder()
            .sequenceSource((agency, date) -> 10_000)
            .clock(Clock.fixed(Instant.parse("2025-07-01T03:00:00Z"), ZoneOffset.UTC))
            .build();
    assertThatThrownBy(() -> g.next(AGENCY))
        .isInstanceOf(LienThongException.class)
        .hasMessageContaining("9999")
        .extracting(e -> ((LienThongException) e).code())
        .isEqualTo("LT-CORE-0106");
  }

  @Test
  void lastNumberOfTheDayIsStillIssued() {
    DossierCodeGenerator g =
        DossierCodeGenerator.builder()
            .sequenceSource((agency, date) -> 9_999)
            .clock(Clock.fixed(Instant.parse("2025-07-01T03:00:00Z"), ZoneOffset.UTC))
            .build();
    assertThat(g.next(AGENCY).sequence()).isEqualTo(9_999);
  }

  @Test
  void buildRequiresSequenceSource() {
    assertThatThrownBy(() -> DossierCodeGenerator.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("sequenceSource required");
  }
}
