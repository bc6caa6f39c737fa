package vn.lienthong.conformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.conformance.FixtureTarget;
import vn.lienthong.conformance.FixtureTarget.Fault;
import vn.lienthong.signature.testpki.TestPki;

class ConformanceKitCliTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int cli(Map<String, String> env, String input, String... args) {
    return ConformanceKitCli.execute(
        args,
        new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        env,
        false);
  }

  private int cli(String... args) {
    return cli(Map.of(), "", args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void runStartsTheSandboxWritesSignedReportsAndExitsZeroWhenRequiredRequirementsPass()
      throws Exception {
    try (FixtureTarget t = FixtureTarget.start(Fault.NONE)) {
      int status =
          cli(
              "run",
              "--target",
              t.uri().toString(),
              "--only",
              "LT-ROB-001",
              "--set",
              "rob.invalid-input.path=" + FixtureTarget.INVALID_INPUT_PATH,
              "--out",
              dir.toString());
      assertThat(status).as(out() + err).isZero();
    }
    assertThat(out())
        .contains("http://127.0.0.1:")
        .contains("/idp")
        .contains("[Đạt]")
        .contains("LT-ROB-001")
        .contains("KẾT LUẬN: ĐẠT")
        .contains("integrity only")
        .doesNotContain("\u001b[");
    for (String f :
        new String[] {
          "report.html", "report.json", "junit.xml", "report.html.jws", "junit.xml.jws"
        }) {
      assertThat(dir.resolve(f)).exists();
    }
    out.reset();
    assertThat(cli("verify", dir.resolve("report.html").toString())).isZero();
    assertThat(out()).contains("chữ ký hợp lệ");
    Files.writeString(dir.resolve("report.json"), "{}");
    assertThat(cli("verify", dir.resolve("report.json").toString())).isEqualTo(1);
  }

  @Test
  void exitsOneWhenARequiredRequirementFails() throws Exception {
    try (FixtureTarget t = FixtureTarget.start(Fault.PROBLEM_WITHOUT_CODE)) {
      int status =
          cli(
              "run",
              "--target",
              t.uri().toString(),
              "--no-sandbox",
              "--only",
              "LT-ROB-*",
              "--set",
              "rob.invalid-input.path=" + FixtureTarget.INVALID_INPUT_PATH,
              "--out",
              dir.toString());
      assertThat(status).isEqualTo(1);
    }
    assertThat(out()).contains("[Không đạt]").contains("CHƯA ĐẠT");
  }

  @Test
  void signsWithAnOperatorKeyWhosePasswordComesFromTheEnvironment() throws Exception {
    Path p12 = dir.resolve("tinh.p12");
    Files.write(p12, TestPki.shared().ecSigner("secp256r1").pkcs12());
    Path anchor = dir.resolve("root.pem");
    Files.writeString(anchor, TestPki.shared().rootPem());
    try (FixtureTarget t = FixtureTarget.start(Fault.NONE)) {
      int status =
          cli(
              Map.of("KIT_PW", new String(TestPki.PASSWORD)),
              "",
              "run",
              "--target",
              t.uri().toString(),
              "--no-sandbox",
              "--only",
              "LT-ROB-001",
              "--set",
              "rob.invalid-input.path=" + FixtureTarget.INVALID_INPUT_PATH,
              "--sign-key",
              p12.toString(),
              "--sign-password-env",
              "KIT_PW",
              "--out",
              dir.resolve("out").toString());
      assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
    }
    out.reset();
    assertThat(
            cli(
                "verify",
                dir.resolve("out/report.html").toString(),
                "--trust-anchor",
                anchor.toString()))
        .isZero();
    assertThat(out()).contains("EC secp256r1");
  }

  @Test
  void interactiveRunsAskTheOperator() throws Exception {
    try (FixtureTarget t = FixtureTarget.start(Fault.NONE)) {
      cli(
          Map.of(),
          "\n",
          "run",
          "--target",
          t.uri().toString(),
          "--no-sandbox",
          "--interactive",
          "--only",
          "LT-SIG-001",
          "--out",
          dir.toString());
    }
    assertThat(out()).contains("Nhập đường dẫn tệp PDF kết quả").contains("[Bỏ qua]");
  }

  @Test
  void usageAndEnvironmentErrorsExitTwoWithBilingualMessages() {
    assertThat(cli()).isEqualTo(2);
    assertThat(cli("run")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Thiếu --target").contains("Missing");
    assertThat(cli("run", "--target", "ftp://x")).isEqualTo(2);
    assertThat(cli("run", "--target", "http://127.0.0.1:9", "--only", "LT-NOPE-*", "--no-sandbox"))
        .isEqualTo(2);
    assertThat(cli("run", "--target", "http://127.0.0.1:9", "--sign-key", "x.p12")).isEqualTo(2);
    assertThat(cli("run", "--target", "http://127.0.0.1:9", "--bogus")).isEqualTo(2);
    assertThat(cli("frobnicate")).isEqualTo(2);
    assertThat(cli("verify")).isEqualTo(2);
    assertThat(cli("verify", dir.resolve("missing.html").toString())).isEqualTo(2);
  }

  @Test
  void listShowsTheCatalogueWithWhatIsImplemented() {
    assertThat(cli("list", "--only", "LT-SIG-*")).isZero();
    assertThat(out())
        .contains("LT-SIG-001  Bắt buộc")
        .contains("2/2 phép kiểm tra")
        .doesNotContain("LT-ROB-001");
  }
}
