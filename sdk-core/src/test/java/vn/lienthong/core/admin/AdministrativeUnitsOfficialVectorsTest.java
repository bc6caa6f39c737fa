package vn.lienthong.core.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Published facts of the 2025 lists: Official letter 915/CTK-CSCL (34 provincial units, 2-digit
 * codes), Official letter 1027/CTK-CSCL of 25 June 2025, Phụ lục I (3,321 commune-level units,
 * 5-digit codes), and Resolution 1656/NQ-UBTVQH15 on the communes of Hà Nội (Phường Ba Đình formed
 * from Trúc Bạch, Quán Thánh and parts of neighbouring wards).
 */
class AdministrativeUnitsOfficialVectorsTest {

  private final AdministrativeUnits units = AdministrativeUnits.july2025();

  @Test
  void listsThirtyFourProvincesOfWhichSixCities() {
    assertThat(units.provinces()).hasSize(34);
    assertThat(units.provinces()).filteredOn(p -> p.kind() == UnitKind.CITY).hasSize(6);
  }

  @Test
  void listsThreeThousandThreeHundredTwentyOneCommunes() {
    assertThat(units.communes()).hasSize(3321);
    assertThat(units.communes()).extracting(Commune::code).doesNotHaveDuplicates();
  }

  @Test
  void listTakesEffectOnFirstJuly2025() {
    assertThat(units.version().effectiveDate()).isEqualTo(LocalDate.of(2025, 7, 1));
    assertThat(AdministrativeUnits.inForceOn(LocalDate.of(2025, 6, 30))).isEmpty();
    assertThat(AdministrativeUnits.inForceOn(LocalDate.of(2025, 7, 1))).contains(units);
  }

  @Test
  void commune00004IsPhuongBaDinhOfHaNoi() {
    Commune c = units.commune("00004").orElseThrow();
    assertThat(c.name()).isEqualTo("Phường Ba Đình");
    assertThat(c.kind()).isEqualTo(UnitKind.WARD);
    assertThat(c.province().code()).isEqualTo("01");
    assertThat(c.province().name()).isEqualTo("Thành phố Hà Nội");
  }

  @Test
  void hanoiHas126Communes() {
    assertThat(units.communesOf(units.province("01").orElseThrow())).hasSize(126);
  }

  @Test
  void legacyQuanThanh00013WentWhollyIntoBaDinh() {
    assertThat(units.resolveLegacyCommune("00013"))
        .containsExactly(
            new Successor<>(
                "00013", "Phường Quán Thánh", units.commune("00004").orElseThrow(), Coverage.FULL));
  }

  @Test
  void legacyTrucBach00004WentWhollyIntoBaDinhWhoseCodeItLent() {
    assertThat(units.resolveLegacyCommune("00004"))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.oldName()).isEqualTo("Phường Trúc Bạch");
              assertThat(s.unit().name()).isEqualTo("Phường Ba Đình");
              assertThat(s.coverage()).isEqualTo(Coverage.FULL);
            });
  }

  @Test
  void daNangIsProvince48UnderEverySpelling() {
    for (String name :
        new String[] {
          "da nang",
          "Đà Nẵng",
          "TP. Đà Nẵng",
          "TP Đà Nẵng",
          "Thành phố Đà Nẵng",
          "THÀNH PHỐ ĐÀ NẴNG",
          Normalizer.normalize("Đà Nẵng", Normalizer.Form.NFD)
        }) {
      assertThat(units.provinceNamed(name)).as(name).map(Province::code).contains("48");
    }
    assertThat(units.province("48").orElseThrow().kind()).isEqualTo(UnitKind.CITY);
  }

  @Test
  void sixtyThreeOldProvincesResolveToThirtyFour() {
    assertThat(units.resolveLegacyProvince("02"))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.oldName()).isEqualTo("Tỉnh Hà Giang");
              assertThat(s.unit().name()).isEqualTo("Tỉnh Tuyên Quang");
              assertThat(s.coverage()).isEqualTo(Coverage.FULL);
            });
  }

  @Test
  void thirteenSpecialZones() {
    assertThat(units.communes()).filteredOn(c -> c.kind() == UnitKind.SPECIAL_ZONE).hasSize(13);
  }
}
