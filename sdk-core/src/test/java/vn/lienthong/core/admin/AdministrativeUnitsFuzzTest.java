package vn.lienthong.core.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import vn.lienthong.core.InvalidInputException;

/**
 * Fuzzes the code parsers and the name look-ups: whatever the input, they return a result or throw
 * {@link InvalidInputException}, never anything else. In a normal build this replays the committed
 * corpus under {@code AdministrativeUnitsFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class AdministrativeUnitsFuzzTest {

  private static final AdministrativeUnits UNITS = AdministrativeUnits.july2025();

  @FuzzTest
  void codeLookupsReturnOrReject(byte[] data) {
    String code = new String(data, StandardCharsets.UTF_8);
    try {
      UNITS.commune(code).ifPresent(c -> assertThat(c.code()).isEqualTo(code.strip()));
    } catch (InvalidInputException expected) {
      assertThat(expected.errorCode().code()).startsWith("LT-CORE-0");
    }
    try {
      UNITS.province(code).ifPresent(p -> assertThat(p.code()).isEqualTo(code.strip()));
    } catch (InvalidInputException expected) {
      assertThat(expected.errorCode().code()).startsWith("LT-CORE-0");
    }
    try {
      UNITS
          .resolveLegacyCommune(code)
          .forEach(s -> assertThat(s.oldCode()).isEqualTo(code.strip()));
      UNITS.resolveLegacyProvince(code);
    } catch (InvalidInputException expected) {
      assertThat(expected.errorCode().code()).startsWith("LT-CORE-0");
    }
  }

  @FuzzTest
  void nameLookupsReturnOrReject(byte[] data) {
    String name = new String(data, StandardCharsets.UTF_8);
    try {
      UNITS.provinceNamed(name);
      UNITS.communesNamed(name);
      UNITS.communesNamed(name, UNITS.provinces().get(0));
    } catch (InvalidInputException expected) {
      assertThat(expected.errorCode().code()).startsWith("LT-CORE-0");
    }
  }
}
