package vn.lienthong.core.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.text.VietnameseText;

class AdministrativeUnitsTest {

  private final AdministrativeUnits units = AdministrativeUnits.july2025();

  @Test
  void isLoadedOnceAndShared() {
    assertThat(AdministrativeUnits.july2025())
        .isSameAs(units)
        .isSameAs(AdministrativeUnits.current());
  }

  @Test
  void rejectsCommuneCodeThatLostItsLeadingZeros() {
    assertThatThrownBy(() -> units.commune("4"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(CoreErrorCode.COMMUNE_CODE_LENGTH);
              assertThat(e.details().field()).contains("communeCode");
              assertThat(e.details().rule()).contains("commune-code.length");
              assertThat(e.getMessage()).contains("5-digit", "\"4\"");
            });
  }

  @Test
  void rejectsProvinceCodeOfThreeDigits() {
    assertThatThrownBy(() -> units.province("048"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CoreErrorCode.PROVINCE_CODE_LENGTH));
  }

  @Test
  void rejectsLettersFullWidthDigitsAndBlankCodesWithGeneralCodes() {
    assertThatThrownBy(() -> units.commune("0000A"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CoreErrorCode.UNEXPECTED_CHARACTER));
    assertThatThrownBy(() -> units.commune("０００04"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CoreErrorCode.NON_ASCII_DIGIT));
    assertThatThrownBy(() -> units.resolveLegacyCommune("  "))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CoreErrorCode.REQUIRED));
    assertThatThrownBy(() -> units.commune("1".repeat(1_000_000)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CoreErrorCode.TOO_LONG));
  }

  @Test
  void nullCodeIsAProgrammingError() {
    assertThatThrownBy(() -> units.commune(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void unknownButWellShapedCodesGiveEmptyResults() {
    assertThat(units.commune("99999")).isEmpty();
    assertThat(units.province("00")).isEmpty();
    assertThat(units.resolveLegacyCommune("99999")).isEmpty();
    assertThat(units.resolveLegacyProvince("99")).isEmpty();
  }

  @Test
  void acceptsSurroundingSpaces() {
    assertThat(units.commune(" 00004 ")).map(Commune::name).contains("Phường Ba Đình");
  }

  @Test
  void findsCommunesByNameWithOrWithoutPrefixAndDiacritics() {
    for (String q : List.of("Ba Đình", "ba dinh", "Phường Ba Đình", "P. Ba Đình", "p.ba dinh")) {
      assertThat(units.communesNamed(q)).as(q).extracting(Commune::code).contains("00004");
    }
  }

  @Test
  void kindWordNarrowsToThatKind() {
    assertThat(units.communesNamed("Xã Ba Đình")).noneMatch(c -> c.code().equals("00004"));
  }

  @Test
  void findsNameThatItselfStartsWithAKindWord() {
    assertThat(units.communesNamed("Phương Liệt"))
        .extracting(Commune::name)
        .contains("Phường Phương Liệt");
    assertThat(units.communesNamed("Phường Phương Liệt"))
        .extracting(Commune::name)
        .contains("Phường Phương Liệt");
  }

  @Test
  void findsHyphenatedNamesWrittenWithOrWithoutSpaces() {
    assertThat(units.communesNamed("Văn Miếu-Quốc Tử Giám"))
        .extracting(Commune::code)
        .containsExactly("00226");
  }

  @Test
  void returnsEveryProvinceForARepeatedNameAndScopesToOne() {
    List<Commune> all = units.communesNamed("Tân Thành");
    assertThat(all.stream().map(c -> c.province().code()).distinct().count()).isGreaterThan(1);
    Province first = all.get(0).province();
    assertThat(units.communesNamed("Tân Thành", first)).allMatch(c -> c.province().equals(first));
  }

  @Test
  void unknownNamesGiveEmptyResultsAndBadNamesAreRejected() {
    assertThat(units.communesNamed("Atlantis")).isEmpty();
    assertThat(units.provinceNamed("Hà Giang")).isEmpty();
    assertThat(units.communesNamed("...")).isEmpty();
    assertThatThrownBy(() -> units.communesNamed("Ba\u200bĐình"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CoreErrorCode.INVISIBLE_CHARACTER));
    assertThatThrownBy(() -> units.provinceNamed("x".repeat(101)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CoreErrorCode.TOO_LONG));
  }

  @Test
  void communesOfAForeignProvinceIsEmpty() {
    assertThat(units.communesOf(new Province("01", "Somewhere", UnitKind.PROVINCE))).isEmpty();
  }

  @Test
  void everyCommuneIsFoundByItsCodeAndByItsNameInAnySpelling() {
    List<Commune> all = units.communes();
    qt().forAll(integers().between(0, all.size() - 1))
        .checkAssert(
            i -> {
              Commune c = all.get(i);
              assertThat(units.commune(c.code())).contains(c);
              assertThat(units.communesNamed(c.name())).contains(c);
              assertThat(units.communesNamed(VietnameseText.fold(c.name()))).contains(c);
              assertThat(units.communesNamed(c.name().toUpperCase(Locale.ROOT), c.province()))
                  .contains(c);
              assertThat(units.communesNamed(Normalizer.normalize(c.name(), Normalizer.Form.NFD)))
                  .contains(c);
              assertThat(units.communesOf(c.province())).contains(c);
            });
  }

  @Test
  void everyProvinceIsFoundByItsNameAndEveryOldProvinceResolves() {
    for (Province p : units.provinces()) {
      assertThat(units.provinceNamed(p.name())).contains(p);
    }
    int resolved = 0;
    for (int i = 0; i < 100; i++) {
      resolved += units.resolveLegacyProvince(String.format("%02d", i)).isEmpty() ? 0 : 1;
    }
    assertThat(resolved).isEqualTo(63);
  }

  @Test
  void describesItselfForLogs() {
    assertThat(units).hasToString("AdministrativeUnits[2025-07-01: 34 provinces, 3321 communes]");
  }
}
