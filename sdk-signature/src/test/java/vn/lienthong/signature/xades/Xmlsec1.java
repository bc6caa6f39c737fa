package vn.lienthong.signature.xades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import vn.lienthong.signature.testpki.TestPki;

/** Runs {@code xmlsec1 --verify} (libxmlsec1 with OpenSSL) on a sample, trusting the test CA. */
final class Xmlsec1 {

  /** The result of one run. */
  record Result(int exit, String output) {}

  private Xmlsec1() {}

  static void assumeInstalled() {
    boolean found = false;
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      found |= Files.isExecutable(Path.of(dir, "xmlsec1"));
    }
    assumeTrue(found, "xmlsec1 is not installed: apt-get install -y xmlsec1 (.ci/run does it)");
  }

  /** Writes the sample and asserts xmlsec1 verifies it. */
  static void assertVerified(Path dir, String name, byte[] signed, String... extra)
      throws Exception {
    Result r = verify(dir, name, signed, extra);
    assertThat(r.exit()).as("xmlsec1 on %s:%n%s", name, r.output()).isZero();
    assertThat(r.output()).contains("OK");
  }

  /** Writes the sample and runs xmlsec1 on it. */
  static Result verify(Path dir, String name, byte[] signed, String... extra) throws Exception {
    Files.createDirectories(dir);
    Path ca = dir.resolve("test-ca.pem");
    Files.writeString(ca, TestPki.shared().rootPem());
    Path file = dir.resolve(name);
    Files.write(file, signed);
    List<String> cmd =
        new ArrayList<>(
            List.of(
                "xmlsec1",
                "--verify",
                "--trusted-pem",
                ca.toString(),
                "--enabled-key-data",
                "x509",
                "--id-attr:Id",
                "http://uri.etsi.org/01903/v1.3.2#:SignedProperties"));
    if (extra.length == 0) {
      cmd.addAll(List.of("--enabled-reference-uris", "empty,same-doc"));
    }
    cmd.addAll(List.of(extra));
    cmd.add(file.toString());
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(p.exitValue(), out);
  }
}
