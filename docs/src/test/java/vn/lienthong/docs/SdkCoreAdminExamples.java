package vn.lienthong.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.admin.AdministrativeUnits;
import vn.lienthong.core.admin.Commune;
import vn.lienthong.core.admin.Coverage;
import vn.lienthong.core.admin.Province;
import vn.lienthong.core.admin.Successor;

/** Examples of docs/sdk-core.md, section "Administrative units". */
class SdkCoreAdminExamples {

  @Test
  void lookUps() {
    // tag::look-ups[]
    AdministrativeUnits units = AdministrativeUnits.july2025();

    Commune ward = units.commune("00004").orElseThrow(); // Phường Ba Đình
    Province city = ward.province(); // Thành phố Hà Nội, code "01"

    // Names ignore case, diacritics and a leading kind word:
    Province daNang = units.provinceNamed("TP. Da Nang").orElseThrow(); // code "48"

    // Commune names repeat across provinces, so name look-ups return every match:
    List<Commune> hoaBinh = units.communesNamed("xã Hòa Bình");
    List<Commune> inCaMau = units.communesNamed("Hòa Bình", units.province("96").orElseThrow());
    // end::look-ups[]

    assertThat(ward.name()).isEqualTo("Phường Ba Đình");
    assertThat(city.code()).isEqualTo("01");
    assertThat(daNang.code()).isEqualTo("48");
    assertThat(hoaBinh).hasSizeGreaterThan(1);
    assertThat(inCaMau).extracting(Commune::code).containsExactly("31891");
  }

  @Test
  void legacyCodes() {
    AdministrativeUnits units = AdministrativeUnits.july2025();
    // tag::legacy[]
    // A commune code stored before 1 July 2025 (Phường Quán Thánh):
    for (Successor<Commune> s : units.resolveLegacyCommune("00013")) {
      // s.unit() = Phường Ba Đình (00004), s.coverage() = FULL: the whole old ward went there.
      // PARTIAL means only part of it did: ask for the street or village to be sure.
    }

    // Codes are meaningful only with their list's date:
    boolean inForce = AdministrativeUnits.inForceOn(LocalDate.of(2025, 6, 30)).isPresent(); // false
    // end::legacy[]

    assertThat(units.resolveLegacyCommune("00013"))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.unit().code()).isEqualTo("00004");
              assertThat(s.coverage()).isEqualTo(Coverage.FULL);
            });
    assertThat(inForce).isFalse();
  }
}
