package vn.lienthong.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PrivacyPropertiesTest {

  private static final Gen<String> PERSONAL_IDS =
      longs().between(0, 999_999_999_999L).map(v -> String.format("%012d", v));

  /** Nine subscriber digits after a valid mobile prefix digit (3, 5, 7, 8, 9). */
  private static final Gen<String> SUBSCRIBERS =
      arbitrary()
          .pick(List.of("3", "5", "7", "8", "9"))
          .zip(longs().between(0, 99_999_999L), (p, v) -> p + String.format("%08d", v));

  private static final Gen<String> LOCAL_PARTS =
      lists()
          .of(arbitrary().pick(List.of("a", "b", "n", "z", "0", "7", ".", "_", "-")))
          .ofSizeBetween(1, 20)
          .map(l -> "q" + String.join("", l));

  private static final Gen<String> NOISE =
      lists()
          .of(
              arbitrary()
                  .pick(
                      List.of(
                          "0",
                          "1",
                          "2",
                          "4",
                          "8",
                          "9",
                          "84",
                          "09",
                          " ",
                          ".",
                          "-",
                          "+",
                          "@",
                          "a",
                          "đ",
                          "*",
                          "\n",
                          "gmail.com",
                          "0912345678",
                          "001090123456")))
          .ofSizeBetween(0, 40)
          .map(l -> String.join("", l));

  private static final Gen<String> CLEAN_TEXT =
      lists()
          .of(
              arbitrary()
                  .pick(
                      List.of(
                          "Hồ sơ",
                          "đã",
                          "tiếp nhận",
                          "phường",
                          "Ba Đình",
                          ",",
                          ".",
                          ":",
                          "(",
                          ")",
                          "1.001193",
                          "H22",
                          "-",
                          "abc123",
                          "x"))
                  .zip(
                      integers().between(1, 99_999), (w, n) -> w + " " + (n * 7 % 2 == 0 ? "" : n)))
          .ofSizeBetween(0, 20)
          .map(l -> String.join(" ", l));

  @Test
  void maskedPersonalIdsNeverShowTheHiddenDigits() {
    qt().forAll(PERSONAL_IDS)
        .checkAssert(
            id -> {
              assertThat(Masking.personalIdNumber(id)).isEqualTo("*********" + id.substring(9));
              assertThat(Scrubber.scrub("CCCD " + id + ", ok"))
                  .isEqualTo("CCCD *********" + id.substring(9) + ", ok");
            });
  }

  @Test
  void maskedPhonesNeverShowTheHiddenDigits() {
    qt().forAll(SUBSCRIBERS)
        .checkAssert(
            sub -> {
              String last = sub.substring(6);
              String spaced = "0" + sub.substring(0, 3) + " " + sub.substring(3, 6) + " " + last;
              String international =
                  "+84 " + sub.substring(0, 3) + " " + sub.substring(3, 6) + " " + last;
              assertThat(Masking.phoneNumber("0" + sub)).isEqualTo("0******" + last);
              assertThat(Masking.phoneNumber(international)).isEqualTo("+84 *** *** " + last);
              assertThat(Scrubber.scrub("SĐT " + spaced + "."))
                  .isEqualTo("SĐT 0******" + last + ".");
              assertThat(Scrubber.scrub("tel " + international)).isEqualTo("tel +84******" + last);
              assertThat(Scrubber.scrub("84" + sub)).isEqualTo("84******" + last);
            });
  }

  @Test
  void maskedEmailsShowOnlyTheFirstCharacterOfTheLocalPart() {
    qt().forAll(LOCAL_PARTS, arbitrary().pick(List.of("gmail.com", "hanoi.gov.vn", "x.edu.vn")))
        .checkAssert(
            (local, domain) -> {
              String masked = Masking.email(local + "@" + domain);
              assertThat(masked).startsWith("q***@").doesNotContain(local.substring(1) + "@");
              assertThat(Scrubber.scrub("mail: " + local + "@" + domain + " ok"))
                  .isEqualTo("mail: " + masked + " ok");
            });
  }

  @Test
  void scrubbingIsIdempotent() {
    qt().withExamples(5_000)
        .forAll(NOISE)
        .checkAssert(
            text -> {
              String once = Scrubber.scrub(text);
              assertThat(Scrubber.scrub(once)).isEqualTo(once);
            });
  }

  @Test
  void scrubbingLeavesTextWithoutPersonalDataUnchanged() {
    qt().forAll(CLEAN_TEXT).checkAssert(text -> assertThat(Scrubber.scrub(text)).isEqualTo(text));
  }

  @Test
  void scrubbedNoiseNeverKeepsAKnownIdOrPhone() {
    qt().withExamples(5_000)
        .forAll(NOISE)
        .checkAssert(
            text -> {
              String out = Scrubber.scrub(" " + text + " ");
              if (text.contains(" 001090123456 ")) {
                assertThat(out).doesNotContain(" 001090123456 ");
              }
              if (text.contains(" 0912345678 ")) {
                assertThat(out).doesNotContain(" 0912345678 ");
              }
            });
  }
}
