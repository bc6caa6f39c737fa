package vn.lienthong.registry.edxml;

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

/** A signed edXML package verified by {@code xmlsec1}; files stay in target/interop/edxml. */
class EdxmlXmlsec1InteropTest {

  private static final Path DIR = Path.of("target", "interop", "edxml");

  @BeforeAll
  static void requireXmlsec1() throws Exception {
    boolean found = false;
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      found |= Files.isExecutable(Path.of(dir, "xmlsec1"));
    }
    assumeTrue(found, "xmlsec1 is not installed: apt-get install -y xmlsec1");
    Files.createDirectories(DIR);
    Files.writeString(DIR.resolve("test-ca.pem"), TestPki.shared().rootPem());
  }

  @Test
  void xmlsec1VerifiesASignedPackage() throws Exception {
    Path f = DIR.resolve("edxml-signed.xml");
    Files.write(f, EdxmlFixtures.signed(EdxmlFixtures.pkg().toXml()));
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
                    f.toString()))
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).contains("OK");
  }
}
