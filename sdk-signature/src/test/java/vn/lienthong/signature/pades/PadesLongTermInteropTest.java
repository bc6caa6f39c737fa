package vn.lienthong.signature.pades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lienthong.signature.SignatureLevel;
import vn.lienthong.signature.testpki.TestPki;

/**
 * PAdES B-LT and B-LTA checked by poppler {@code pdfsig}: every signature "Signature is Valid." and
 * the last one (the document timestamp for B-LTA) "Total document signed". The files, the test CA
 * certificate and its CRLs stay in {@code target/interop/pades/} for other tools (EU DSS).
 */
class PadesLongTermInteropTest {

  private static final Path DIR = Path.of("target", "interop", "pades");
  private static final TestPki PKI = TestPki.shared();

  @BeforeAll
  static void setUp() throws Exception {
    Files.createDirectories(DIR);
    Files.writeString(DIR.resolve("test-ca.pem"), PKI.rootPem());
    Files.write(DIR.resolve("test-ca.crl"), PKI.rootCrl().getEncoded());
    Files.write(DIR.resolve("test-issuing-ca.crl"), PKI.crl().getEncoded());
    boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
    if (!ci) {
      assumeTrue(onPath("pdfsig"), "pdfsig is not installed: apt-get install -y poppler-utils");
    }
  }

  @Test
  void pdfsigVerifiesBaselineLt() throws Exception {
    byte[] lt =
        PadesLongTermTest.sign(
            PadesFixtures.decision(), PKI.personSigner("TEST pdfsig B-LT"), SignatureLevel.B_LT);
    String out = pdfsig(write("pades-b-lt.pdf", lt));
    assertThat(out).contains("Signature #1").contains("Signature is Valid.");
    // the DSS revision after the signature is allowed but not signed
    assertThat(out).doesNotContain("Signature #2");
  }

  @Test
  void pdfsigVerifiesBaselineLta() throws Exception {
    byte[] lta =
        PadesLongTermTest.sign(
            PadesFixtures.decision(), PKI.personSigner("TEST pdfsig B-LTA"), SignatureLevel.B_LTA);
    String out = pdfsig(write("pades-b-lta.pdf", lta));
    assertThat(out).contains("Signature #1").contains("Signature #2");
    assertThat(out.substring(0, out.indexOf("Signature #2"))).contains("Signature is Valid.");
    String last = out.substring(out.lastIndexOf("Signature #"));
    assertThat(last).contains("Total document signed");
  }

  @Test
  void pdfsigVerifiesDecree30FlowAtBLt() throws Exception {
    byte[] person =
        PadesLongTermTest.sign(
            PadesFixtures.decision(),
            PKI.personSigner("TEST " + PadesFixtures.SIGNER_NAME),
            SignatureLevel.B_LT);
    byte[] both =
        PadesLongTermTest.sign(
            person, PKI.organisationSigner("TEST " + PadesFixtures.AGENCY), SignatureLevel.B_LT);
    String out = pdfsig(write("pades-b-lt-decree30-person-and-agency.pdf", both));
    assertThat(out.substring(0, out.indexOf("Signature #2"))).contains("Signature is Valid.");
    assertThat(out.substring(out.indexOf("Signature #2"))).contains("Signature is Valid.");
  }

  private static Path write(String name, byte[] bytes) throws Exception {
    Path f = DIR.resolve(name);
    Files.write(f, bytes);
    return f;
  }

  private static String pdfsig(Path file) throws Exception {
    Process p = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return out;
  }

  private static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }
}
