package vn.lienthong.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.ErrorCode;
import vn.lienthong.core.InvalidInputException;

class PortalCodesTest {

  private static ErrorCode codeOf(Runnable r) {
    try {
      r.run();
    } catch (InvalidInputException e) {
      return e.errorCode();
    }
    throw new AssertionError("no exception");
  }

  @Test
  void writesDatesInVietNamTime() {
    assertThat(PortalCodes.formatDate(TestDossiers.vn(2026, 3, 11, 17, 0)))
        .isEqualTo("20260311170000");
    assertThat(PortalCodes.formatDate(java.time.Instant.parse("2025-06-30T17:00:00Z")))
        .isEqualTo("20250701000000");
  }

  @Test
  void readsDatesBack() {
    assertThat(PortalCodes.parseDate(" 20260302090000 ")).isEqualTo(TestDossiers.RECEIVED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"20250230090000", "20251301000000", "20250101250000", "2025010109000"})
  void rejectsDatesThatAreNotCalendarDates(String raw) {
    assertThat(codeOf(() -> PortalCodes.parseDate(raw))).isEqualTo(CoreErrorCode.PORTAL_DATE);
  }

  @Test
  void rejectsNonDigitDatesWithTheGeneralInputCodes() {
    assertThat(codeOf(() -> PortalCodes.parseDate("2025-01-01T09:00")))
        .isIn(CoreErrorCode.UNEXPECTED_CHARACTER, CoreErrorCode.TOO_LONG);
    assertThat(codeOf(() -> PortalCodes.parseDate("2025０1０1090000")))
        .isEqualTo(CoreErrorCode.NON_ASCII_DIGIT);
    assertThat(codeOf(() -> PortalCodes.parseDate("9".repeat(1_000_000))))
        .isEqualTo(CoreErrorCode.TOO_LONG);
  }

  @Test
  void mapsStatusesChannelsAndApplicantKinds() {
    assertThat(PortalCodes.parseStatus("10")).isEqualTo(DossierStatus.RESULT_RETURNED);
    assertThat(PortalCodes.parseStatus("4")).isEqualTo(DossierStatus.IN_PROGRESS);
    assertThat(PortalCodes.parseChannel("3")).isEqualTo(Channel.POSTAL);
    assertThat(PortalCodes.channel(2)).isEqualTo(Channel.ONLINE);
    assertThat(Channel.IN_PERSON.portalCode()).isEqualTo(1);
    assertThat(PortalCodes.applicantKind(2)).isEqualTo(ApplicantKind.BUSINESS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "11", "04", "99"})
  void rejectsUnknownStatusCodes(String raw) {
    assertThat(codeOf(() -> PortalCodes.parseStatus(raw)))
        .isEqualTo(CoreErrorCode.UNKNOWN_PORTAL_CODE);
  }

  @Test
  void rejectsUnknownChannelAndApplicantKind() {
    assertThat(codeOf(() -> PortalCodes.parseChannel("4")))
        .isEqualTo(CoreErrorCode.UNKNOWN_PORTAL_CODE);
    assertThat(codeOf(() -> PortalCodes.applicantKind(3)))
        .isEqualTo(CoreErrorCode.UNKNOWN_PORTAL_CODE);
    assertThat(codeOf(() -> DossierStatus.ofPortalCode(-1)))
        .isEqualTo(CoreErrorCode.UNKNOWN_PORTAL_CODE);
  }
}
