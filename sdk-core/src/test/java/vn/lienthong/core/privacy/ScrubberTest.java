package vn.lienthong.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScrubberTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "CCCD 001090123456 ok|CCCD *********456 ok",
        "CMND: 012345678.|CMND: ******678.",
        "SĐT 0912345678|SĐT 0******678",
        "SĐT 0912 345 678, gọi lại|SĐT 0******678, gọi lại",
        "tel 091.234.5678|tel 0******678",
        "ĐT 024 3825 1234|ĐT 0*******234",
        "(+84 912 345 678)|(+84******678)",
        "84912345678|84******678",
        "call +1 202 555 0100 now|call +********100 now",
        "two 0912345678 0987654321|two 0******678 0******321",
        "mail nguyen.van.an@gmail.com.|mail n***@g***.com.",
        "<an@hanoi.gov.vn>|<a***@h***.gov.vn>",
        "0912345678@gmail.com|0***@g***.com",
        "me 0912 345 678@gmail.com|me 0912 345 6***@g***.com",
      })
  void masksPersonalNumbersAndEmails(String text, String scrubbed) {
    assertThat(Scrubber.scrub(text)).isEqualTo(scrubbed);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Hồ sơ 000.00.01.H22-250701-0001 đã tiếp nhận",
        "thủ tục 1.001193, hạn 2025-07-01 09:30:00",
        "ngày 01-07-2025 09:30",
        "số tiền 1.234.567.890 đồng",
        "hash a3f0912345678b and SDT0912345678",
        "uuid 123e4567-e89b-12d3-a456-42661417400a",
        "ip 10.0.0.1 port 8080",
        "user@localhost",
        "mã số thuế 0100233488",
        "",
      })
  void leavesTextWithoutPersonalDataUnchanged(String text) {
    assertThat(Scrubber.scrub(text)).isSameAs(text.toString()).isEqualTo(text);
  }

  @Test
  void neverJoinsTheVisibleDigitsOfMaskedValues() {
    String[] inputs = {
      "091 234 567 0912345678",
      "091 234 56 84912345678",
      "0912345084 1234567",
      "**0912345678**",
      "0912 345 084 1234567",
    };
    for (String input : inputs) {
      String once = Scrubber.scrub(input);
      assertThat(Scrubber.scrub(once)).as(input).isEqualTo(once);
    }
    assertThat(Scrubber.scrub("**0912345678**")).isEqualTo("**0******678**");
  }

  @Test
  void cutsLongTextAfterMaskingTheValueAtTheCut() {
    String text = "abc 0912345678 " + "x".repeat(100);
    assertThat(Scrubber.scrub(text, 6)).isEqualTo("abc 0******678…(+101)");
  }

  @Test
  void scrubsTenMegabytesQuickly() {
    StringBuilder big = new StringBuilder(10_000_000);
    while (big.length() < 10_000_000) {
      big.append("1 1.1-1 a@b@c ").append("0912 345 678 ").append("+8 ");
    }
    long start = System.nanoTime();
    String out = Scrubber.scrub(big);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(out).doesNotContain("0912 345 678");
    // A generous bound only to catch super-linear behaviour, not a performance target.
    assertThat(millis).isLessThan(20_000);
  }

  @Test
  void masksANumberRightAfterAnEmailAddressSoThatScrubbingIsIdempotent() {
    // Found by PrivacyPropertiesTest.scrubbingIsIdempotent: the number used to be left alone on the
    // first pass (glued to "com") and masked on the second (after the masked "c***").
    String once = Scrubber.scrub("0000000@0gmail.com+09123456780000@");
    assertThat(once).doesNotContain("0912345678");
    assertThat(Scrubber.scrub(once)).isEqualTo(once);
  }
}
