package vn.lienthong.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.InvalidInputException;

class PersonNameTest {

  @Test
  void normalisesCaseAndSpaces() {
    assertThat(PersonName.parse("nguyễn  văn AN").value()).isEqualTo("Nguyễn Văn An");
    assertThat(PersonName.parse("  lê\u00a0thị\tthu   hà ").value()).isEqualTo("Lê Thị Thu Hà");
  }

  @Test
  void composesNfdInput() {
    String nfd = Normalizer.normalize("Trần Thị Ngọc Ánh", Normalizer.Form.NFD);
    assertThat(PersonName.parse(nfd).value()).isEqualTo("Trần Thị Ngọc Ánh");
  }

  @Test
  void keepsTonePlacementAsWritten() {
    assertThat(PersonName.parse("hoàng thị hoà").value()).isEqualTo("Hoàng Thị Hoà");
    assertThat(PersonName.parse("hoàng thị hòa").value()).isEqualTo("Hoàng Thị Hòa");
  }

  @Test
  void acceptsEthnicMinorityNames() {
    assertThat(PersonName.parse("h'hen niê").value()).isEqualTo("H'Hen Niê");
    assertThat(PersonName.parse("Y Wang Mlô").value()).isEqualTo("Y Wang Mlô");
    assertThat(PersonName.parse("K\u2019Jốp Zơ-Ram").value()).isEqualTo("K'Jốp Zơ-Ram");
    assertThat(PersonName.parse("Fam").value()).isEqualTo("Fam");
  }

  @Test
  void splitsFamilyMiddleAndGivenNames() {
    PersonName n = PersonName.parse("Nguyễn Thị Minh Khai");
    assertThat(n.familyName()).isEqualTo("Nguyễn");
    assertThat(n.middleName()).isEqualTo("Thị Minh");
    assertThat(n.givenName()).isEqualTo("Khai");
    PersonName single = PersonName.parse("Điểu");
    assertThat(single.familyName()).isEmpty();
    assertThat(single.middleName()).isEmpty();
    assertThat(single.givenName()).isEqualTo("Điểu");
  }

  @Test
  void matchesOldAndNewTonePlacementButNotOtherDiacritics() {
    assertThat(PersonName.parse("Lê Thị Thúy Hòa").matches(PersonName.parse("LÊ THỊ THUÝ HOÀ")))
        .isTrue();
    assertThat(PersonName.parse("Hòa").matches(PersonName.parse("Hoa"))).isFalse();
    assertThat(PersonName.parse("Hòa").searchKey()).isEqualTo(PersonName.parse("Hoa").searchKey());
  }

  @Test
  void masksItselfInToString() {
    PersonName n = PersonName.parse("Nguyễn Văn An");
    assertThat(n.masked()).isEqualTo("Nguyễn V. A.");
    assertThat(n).hasToString("Nguyễn V. A.");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "Nguyễn Văn 2 | NAME_DIGIT | 12",
        "Nguyễn Văn ٢ | NAME_DIGIT | 12",
        "Müller Hà | NAME_UNSUPPORTED_LETTER | 2",
        "Nguyễn Vаn An | MIXED_SCRIPTS | ",
        "Νguyễn | MIXED_SCRIPTS | ",
        "Иван Петров | NAME_FOREIGN_SCRIPT | ",
        "阮文安 | NAME_FOREIGN_SCRIPT | ",
        "Lê Văn An! | UNEXPECTED_CHARACTER | 10",
        "Lê 😀 An | UNEXPECTED_CHARACTER | 4",
        "'Lê | NAME_MISPLACED_PUNCTUATION | 1",
        "Lê- An | NAME_MISPLACED_PUNCTUATION | 3",
        "Lê Văn\u200bAn | INVISIBLE_CHARACTER | 7",
        "Lê\u0000An | CONTROL_CHARACTER | 3",
        "q\u0301 | NAME_STRAY_DIACRITIC | 2",
      })
  void rejectsWithPreciseCodes(String input, CoreErrorCode code, Integer position) {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> PersonName.parse(input));
    assertThat(e.errorCode()).isEqualTo(code);
    assertThat(e.details().field()).contains("personName");
    if (position != null) {
      assertThat(e.details().arguments()).containsEntry("position", position.toString());
    }
  }

  @Test
  void neverShowsTheNameInErrors() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> PersonName.parse("Nguyễn Văn 2", "motherName"));
    assertThat(e.details().field()).contains("motherName");
    assertThat(e.details().rejectedValue()).contains("Nguyễn V. 2.");
    assertThat(e.getMessage()).doesNotContain("Văn");
    InvalidInputException hidden =
        catchThrowableOfType(InvalidInputException.class, () -> PersonName.parse("Bùi\u200bAn"));
    assertThat(hidden.getMessage()).doesNotContain("Bùi");
  }

  @Test
  void rejectsEmptyAndOverlongNames() {
    assertThat(
            catchThrowableOfType(InvalidInputException.class, () -> PersonName.parse("  "))
                .errorCode())
        .isEqualTo(CoreErrorCode.REQUIRED);
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class, () -> PersonName.parse("An ".repeat(34)))
                .errorCode())
        .isEqualTo(CoreErrorCode.TOO_LONG);
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class, () -> PersonName.parse("a".repeat(10_000_000)))
                .errorCode())
        .isEqualTo(CoreErrorCode.TOO_LONG);
  }

  @Test
  void rejectsNullByContract() {
    assertThatNullPointerException().isThrownBy(() -> PersonName.parse(null));
  }
}
