package vn.lienthong.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LogRendererTest {

  record Applicant(
      @PersonalData(PersonalDataKind.FULL_NAME) String name,
      @PersonalData(PersonalDataKind.BIRTH_DATE) LocalDate birthDate,
      @PersonalData(PersonalDataKind.RACIAL_OR_ETHNIC_ORIGIN) String ethnicity,
      String note) {}

  record Dossier(String code, Applicant applicant, List<Applicant> others) {}

  static final class Citizen {
    @PersonalData(PersonalDataKind.FULL_NAME)
    private final String name = "Lê Thị Bình";

    private final String commune = "Phường Ba Đình";
  }

  record Id(String digits) implements LogSafe {
    @Override
    public String masked() {
      return Masking.personalIdNumber(digits);
    }
  }

  private static final Applicant AN =
      new Applicant("Nguyễn Văn An", LocalDate.of(1990, 8, 15), "Kinh", "gọi 0912345678");

  @Test
  void rendersLogSafeValuesMasked() {
    assertThat(LogRenderer.render(new Id("001090123456"))).isEqualTo("*********456");
  }

  @Test
  void masksMarkedRecordComponentsPerKindAndScrubsTheOthers() {
    assertThat(LogRenderer.render(AN))
        .isEqualTo(
            "Applicant[name=Nguyễn V. A., birthDate=1990-**-**, ethnicity=[redacted],"
                + " note=gọi 0******678]");
  }

  @Test
  void rendersNestedRecordsAndContainers() {
    String out = LogRenderer.render(new Dossier("H22-250701-0001", AN, List.of(AN)));
    assertThat(out)
        .startsWith("Dossier[code=H22-250701-0001, applicant=Applicant[name=Nguyễn V. A.")
        .contains("others=[Applicant[name=Nguyễn V. A.")
        .doesNotContain("Văn", "0912345678", "1990-08-15", "Kinh");
    assertThat(LogRenderer.render(Map.of("k", AN))).doesNotContain("Văn");
    assertThat(LogRenderer.render(Optional.of(AN))).doesNotContain("Văn");
    assertThat(LogRenderer.render(new Object[] {AN})).doesNotContain("Văn");
  }

  @Test
  void masksMarkedFieldsOfPlainClasses() {
    assertThat(LogRenderer.render(new Citizen()))
        .isEqualTo("Citizen{name=Lê T. B., commune=Phường Ba Đình}");
  }

  @Test
  void scrubsOtherObjectsAndText() {
    assertThat(LogRenderer.render(new StringBuilder("an@gmail.com"))).isEqualTo("a***@g***.com");
    assertThat(LogRenderer.render(84912345678L)).isEqualTo("84******678");
    assertThat(LogRenderer.render(null)).isEqualTo("null");
  }

  @Test
  void escapesLineBreaksSoArgumentsCannotForgeLogLines() {
    assertThat(LogRenderer.render("a\nINFO fake")).isEqualTo("aU+000AINFO fake");
  }

  @Test
  void neverThrowsOnAFailingToString() {
    Object bad =
        new Object() {
          @Override
          public String toString() {
            throw new IllegalStateException("boom");
          }
        };
    assertThat(LogRenderer.render(bad)).startsWith("[unrenderable ");
  }

  @Test
  void capsLongArguments() {
    String out = LogRenderer.render("x".repeat(10_000_000));
    assertThat(out.length()).isLessThan(LogRenderer.MAX_LENGTH + 32);
  }

  @Test
  void limitsNestingAndElements() {
    List<Object> deep = List.of(List.of(List.of(List.of(List.of("0912345678")))));
    assertThat(LogRenderer.render(deep)).contains("[…]").doesNotContain("0912345678");
    assertThat(LogRenderer.render(java.util.Collections.nCopies(1000, 1))).endsWith("…(+968)]");
  }
}
