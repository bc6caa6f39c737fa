package vn.lienthong.signature.xmldsig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lienthong.signature.testpki.TestPki;

/** Our plain XML-DSig output verified by {@code xmlsec1} (libxmlsec1 with OpenSSL). */
class XmlDsigXmlsec1InteropTest {

  private static final Path DIR = Path.of("target", "interop", "xmldsig");

  @BeforeAll
  static void requireXmlsec1() throws Exception {
    assumeTrue(onPath("xmlsec1"), "xmlsec1 is not installed: apt-get install -y xmlsec1");
    Files.createDirectories(DIR);
    Files.writeString(DIR.resolve("test-ca.pem"), TestPki.shared().rootPem());
  }

  @Test
  void xmlsec1VerifiesOurSignature() throws Exception {
    Path f = DIR.resolve("xmldsig-rsa-sha256.xml");
    Files.write(f, XmlDsigTest.signed());
    Result r = xmlsec1(f);
    assertThat(r.exit).as(r.output).isZero();
    assertThat(r.output).contains("OK");
  }

  @Test
  void xmlsec1RejectsATamperedDocument() throws Exception {
    Path f = DIR.resolve("xmldsig-tampered.xml");
    Files.writeString(
        f,
        XmlDsigTest.text(XmlDsigTest.signed()).replace("số 15", "số 16"),
        StandardCharsets.UTF_8);
    assertThat(xmlsec1(f).exit).isNotZero();
  }

  record Result(int exit, String output) {}

  static Result xmlsec1(Path file) throws Exception {
    Process p =
        new ProcessBuilder(
                List.of(
                    "xmlsec1",
                    "--verify",
                    "--trusted-pem",
                    DIR.resolve("test-ca.pem").toString(),
                    "--enabled-reference-uris",
                    "empty,same-doc",
                    "--enabled-key-data",
                    "x509",
                    file.toString()))
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(p.exitValue(), out);
  }

  static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }
}
