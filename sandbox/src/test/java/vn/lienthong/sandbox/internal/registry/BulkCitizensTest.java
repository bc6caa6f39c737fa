package vn.lienthong.sandbox.internal.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.id.PersonalIdNumber;
import vn.lienthong.sandbox.registry.SandboxRegistries;

class BulkCitizensTest {

  static final BulkCitizens BULK = new BulkCitizens();

  @Test
  void everyGeneratedCitizenHasAValidIdThatMapsBackToItself() {
    qt().forAll(integers().between(0, SandboxRegistries.BULK_CITIZENS - 1))
        .checkAssert(
            i -> {
              BulkCitizens.Citizen c = BULK.get(i);
              assertThat(BULK.get(i)).isEqualTo(c);
              assertThat(PersonalIdNumber.isValid(c.personalId())).isTrue();
              assertThat(
                      PersonalIdNumber.parse(c.personalId())
                          .checkAgainst(c.birthDate(), c.gender()))
                  .isEmpty();
              assertThat(BULK.find(c.personalId())).contains(c);
            });
  }

  @Test
  void otherIdsAreNotGeneratedCitizens() {
    qt().forAll(strings().numeric())
        .checkAssert(s -> BULK.find(s).ifPresent(c -> assertThat(c.personalId()).isEqualTo(s)));
    assertThat(BULK.find("001192004521")).isEmpty();
    assertThat(BULK.find("00119200452x")).isEmpty();
  }

  @Test
  void refusesIndexesOutOfRange() {
    assertThatThrownBy(() -> BULK.get(SandboxRegistries.BULK_CITIZENS))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("LT-SBX-0104");
    assertThatThrownBy(() -> BULK.get(-1)).isInstanceOf(InvalidInputException.class);
  }
}
