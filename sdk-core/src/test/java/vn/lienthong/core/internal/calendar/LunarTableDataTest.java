package vn.lienthong.core.internal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The precomputed table is exactly what the astronomical formulas give: every month start and label
 * for Gregorian years 1900-2200. On a difference the message holds the regenerated data.
 */
class LunarTableDataTest {

  @Test
  void precomputedDataIsWhatTheFormulasGive() {
    LunarTable generated = LunarTable.generate();
    String encoded = generated.encode();

    assertThat(LunarTableData.FIRST_DAY)
        .as("FIRST_DAY should be %dL", generated.firstDay())
        .isEqualTo(generated.firstDay());
    assertThat(LunarTableData.YEARS).as("YEARS should be%n%s", encoded).isEqualTo(encoded);
  }

  @Test
  void decodedTableEqualsTheGeneratedOneMonthByMonth() {
    LunarTable generated = LunarTable.generate();
    LunarTable decoded = LunarTable.decode(generated.firstDay(), generated.encode());

    assertThat(decoded.size()).isEqualTo(generated.size());
    for (int i = 0; i <= generated.size(); i++) {
      assertThat(decoded.start(i)).as("start of month %d", i).isEqualTo(generated.start(i));
    }
    for (int i = 0; i < generated.size(); i++) {
      assertThat(decoded.key(i)).as("label of month %d", i).isEqualTo(generated.key(i));
    }
    assertThat(LunarTable.instance().size()).isEqualTo(generated.size());
  }
}
