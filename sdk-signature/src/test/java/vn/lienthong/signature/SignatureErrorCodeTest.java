package vn.lienthong.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.ErrorCatalogue;
import vn.lienthong.signature.internal.ReportTexts;

class SignatureErrorCodeTest {

  @Test
  void everyCodeHasVietnameseAndEnglishTitleAndDetail() {
    assertThat(ErrorCatalogue.problems(SignatureErrorCode.class)).isEmpty();
  }

  @Test
  void everyIndicationSubIndicationAndFindingHasBothReportTexts() {
    for (Locale l : new Locale[] {Locale.forLanguageTag("vi"), Locale.ENGLISH}) {
      ReportTexts t = ReportTexts.forLocale(l);
      for (Indication i : Indication.values()) {
        assertThat(t.has("indication." + i)).as(l + " " + i).isTrue();
      }
      for (SubIndication s : SubIndication.values()) {
        assertThat(t.has("subIndication." + s)).as(l + " " + s).isTrue();
      }
      for (ValidationFinding f : ValidationFinding.values()) {
        assertThat(t.has("finding." + f)).as(l + " " + f).isTrue();
      }
      for (SignedScope.Type s : SignedScope.Type.values()) {
        assertThat(t.has("signedScope." + s)).as(l + " " + s).isTrue();
      }
    }
  }

  @Test
  void serverSideFailuresAreStatus500() {
    assertThat(SignatureErrorCode.SIGNING_FAILED.httpStatus()).isEqualTo(500);
    assertThat(SignatureErrorCode.KEY_NOT_ALLOWED.httpStatus()).isEqualTo(400);
  }
}
