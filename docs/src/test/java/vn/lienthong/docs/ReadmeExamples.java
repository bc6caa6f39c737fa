package vn.lienthong.docs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.lienthong.core.admin.AdministrativeUnits;
import vn.lienthong.core.admin.Commune;
import vn.lienthong.core.id.TaxCode;
import vn.lienthong.core.text.VietnameseText;

/** The example of the repository's README.md. */
class ReadmeExamples {

  @Test
  void firstTaste() {
    // tag::first-taste[]
    TaxCode taxCode = TaxCode.parse("0314409058-002"); // branch 002 of 0314409058
    Commune ward = AdministrativeUnits.july2025().commune("00004").orElseThrow(); // Phường Ba Đình
    String key = VietnameseText.fold("Đà Nẵng"); // "da nang"
    // end::first-taste[]

    assertThat(taxCode.dependentUnit()).contains("002");
    assertThat(ward.name()).isEqualTo("Phường Ba Đình");
    assertThat(key).isEqualTo("da nang");
  }
}
