package vn.lienthong.refapp.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DossierResultIssuerTest {

  @Test
  void printsIsoDatesTheVietnameseWayAndLeavesOtherValues() {
    assertThat(DossierResultIssuer.printable("2026-11-10")).isEqualTo("10/11/2026");
    assertThat(DossierResultIssuer.printable("2026-02-30")).isEqualTo("2026-02-30");
    assertThat(DossierResultIssuer.printable("Trần Bình An")).isEqualTo("Trần Bình An");
  }

  @Test
  void choosesTheResultKindByProcedure() {
    assertThat(DossierResultIssuer.kindOf("1.001193")).isEqualTo(ResultKind.BIRTH_EXTRACT);
    assertThat(DossierResultIssuer.kindOf("1.004222"))
        .isEqualTo(ResultKind.PERMANENT_RESIDENCE_CONFIRMATION);
    assertThat(DossierResultIssuer.kindOf("2.000815")).isEqualTo(ResultKind.CERTIFIED_COPY);
  }
}
