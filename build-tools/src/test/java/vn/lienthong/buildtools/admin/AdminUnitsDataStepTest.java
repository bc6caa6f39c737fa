package vn.lienthong.buildtools.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminUnitsDataStepTest {

  private static final Path SOURCE = Path.of("../sdk-core/src/data/admin-units-2025");

  @TempDir Path dir;

  private Path copyWith(String file, UnaryOperator<String> change) throws IOException {
    for (String f : new String[] {"915_CTK-CSCL.csv", "1027_CTK-CSCL.md", "merges.json"}) {
      String text = Files.readString(SOURCE.resolve(f), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve(f), f.equals(file) ? change.apply(text) : text);
    }
    return dir;
  }

  private void assertFails(String file, UnaryOperator<String> change, String... expected) {
    assertThatThrownBy(() -> AdminUnitsDataStep.build(copyWith(file, change)))
        .isInstanceOf(DataStepException.class)
        .hasMessageContainingAll(expected);
  }

  @Test
  void committedSourcesAreConsistent() throws IOException {
    Dataset d = AdminUnitsDataStep.build(SOURCE);
    assertThat(d.provinces()).hasSize(34);
    assertThat(d.communes()).hasSize(3321);
    assertThat(d.legacyProvinces()).hasSize(63);
    assertThat(d.legacyCommunes()).hasSize(10047);
    assertThat(d.communes())
        .filteredOn(c -> c.code().equals("00226"))
        .singleElement()
        .satisfies(c -> assertThat(c.name()).isEqualTo("Phường Văn Miếu - Quốc Tử Giám"));
  }

  @Test
  void writesAResourceWithMagicAndDate() throws IOException {
    byte[] b = ResourceWriter.write(AdminUnitsDataStep.build(SOURCE), AdminUnitsDataStep.EFFECTIVE);
    assertThat(new String(b, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("LTAU");
    assertThat(b.length).isBetween(100_000, 1_000_000);
  }

  @Test
  void failsOnAMissingProvince() {
    assertFails(
        "915_CTK-CSCL.csv",
        t -> t.replace("34,96,Cà Mau\n", ""),
        "1 problem(s)",
        "province header 'TỈNH CÀ MAU' names no province of 915");
  }

  @Test
  void failsOnADuplicateCommuneCode() {
    assertFails(
        "1027_CTK-CSCL.md",
        t -> t.replace("| 00008 | Phường Ngọc Hà", "| 00004 | Phường Ngọc Hà"),
        "duplicate commune code 00004");
  }

  @Test
  void failsOnACommuneUnderTheWrongProvince() {
    assertFails(
        "1027_CTK-CSCL.md",
        t ->
            t.replace(
                "| 00082 | Phường Cửa Nam                    | Thành phố Hà Nội |",
                "| 00082 | Phường Cửa Nam                    | Tỉnh Cao Bằng |"),
        "province cell 'Tỉnh Cao Bằng' differs");
  }

  @Test
  void failsOnAMissingCommuneWithItsLine() {
    assertFails(
        "1027_CTK-CSCL.md",
        t -> t.replace("| 00082 | Phường Cửa Nam", "| | Phường Cửa Nam"),
        "line 9");
  }

  @Test
  void failsOnAnUnexplainedNameDifference() {
    assertFails(
        "merges.json",
        t -> t.replaceFirst("\"Phường Ba Đình\"", "\"Phường Ba Dinh\""),
        "commune 00004 is named 'Phường Ba Dinh' but the official list says 'Phường Ba Đình'");
  }

  @Test
  void failsOnAMergeThatNamesAnUnknownUnit() {
    assertFails(
        "merges.json",
        t -> t.replaceFirst("\"level2_id\": \"00004\"", "\"level2_id\": \"99999\""),
        "new commune 99999",
        "commune 00004 (Phường Ba Đình) of 1027 has no entry");
  }

  @Test
  void failsOnAnOldUnitWhollyInTwoNewUnits() {
    assertFails(
        "merges.json",
        t ->
            t.replaceFirst(
                "\"old_id\": \"00016\",\n              \"name\": \"Phường Ngọc Hà\",\n              \"type\": \"partial\"",
                "\"old_id\": \"00013\",\n              \"name\": \"Phường Quán Thánh\",\n              \"type\": \"full\""),
        "old commune 00013 (Phường Quán Thánh) went wholly into one new unit but also");
  }

  @Test
  void failsOnABadCoverageType() {
    assertFails(
        "merges.json",
        t -> t.replaceFirst("\"type\": \"full\"", "\"type\": \"most\""),
        "expected full or partial");
  }
}
