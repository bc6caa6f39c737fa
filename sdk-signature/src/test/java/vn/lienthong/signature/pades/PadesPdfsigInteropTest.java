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
import vn.lienthong.signature.testpki.TestPki;

/**
 * Our PAdES output checked by an independent implementation: {@code pdfsig} (poppler with NSS,
 * Debian package {@code poppler-utils}, installed by {@code .ci/run}). Its trust check rejects the
 * throw-away test root, so only integrity is asserted: "Signature is Valid." and "Total document
 * signed" for the last signature. On CI a missing tool fails the test; elsewhere it skips. The
 * signed files and the test CA stay in {@code target/interop/pades/} for other tools.
 */
class PadesPdfsigInteropTest {

  private static final Path DIR = Path.of("target", "interop", "pades");

  @BeforeAll
  static void requirePdfsig() throws Exception {
    boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
    if (!ci) {
      assumeTrue(
          onPath("pdfsig"),
          "pdfsig is not installed: apt-get install -y poppler-utils (the CI script .ci/run does it)");
    }
    assertThat(onPath("pdfsig")).as("pdfsig must be installed on CI (.ci/run)").isTrue();
    Files.createDirectories(DIR);
    Files.writeString(DIR.resolve("test-ca.pem"), TestPki.shared().rootPem());
  }

  @Test
  void pdfsigVerifiesInvisibleBaselineB() throws Exception {
    TestPki.Signer s = PadesFixtures.signer();
    byte[] signed =
        PadesSigner.create()
            .sign(
                PadesFixtures.decision(),
                PadesParameters.builder(PadesFixtures.parameters(s)).build(),
                PadesFixtures.key(s));
    String out = pdfsig(write("pades-b-b-invisible-rsa-pss.pdf", signed));
    assertThat(out).contains("Signature #1").contains("Signature is Valid.");
    assertThat(lastSignature(out)).contains("Total document signed");
  }

  @Test
  void pdfsigVerifiesCompetentPersonThenAgencySeal() throws Exception {
    byte[] person = PadesFixtures.signAsPerson(PadesFixtures.decision());
    write("pades-b-b-decree30-person.pdf", person);
    byte[] both = PadesFixtures.signAsAgency(person);
    String out = pdfsig(write("pades-b-b-decree30-person-and-agency.pdf", both));
    assertThat(out).contains("Signature #1").contains("Signature #2");
    String last = lastSignature(out);
    assertThat(last).contains("Signature is Valid.").contains("Total document signed");
    assertThat(out.substring(0, out.indexOf("Signature #2"))).contains("Signature is Valid.");
  }

  @Test
  void pdfsigVerifiesElectronicCopy() throws Exception {
    TestPki.Signer s = PadesFixtures.agency();
    byte[] signed =
        PadesSigner.create()
            .sign(
                PadesFixtures.decision(),
                PadesParameters.builder(PadesFixtures.parameters(s))
                    .appearance(SignatureAppearance.electronicCopy("SAO Y", PadesFixtures.AGENCY))
                    .build(),
                PadesFixtures.key(s));
    String out = pdfsig(write("pades-b-b-electronic-copy-ecdsa.pdf", signed));
    assertThat(lastSignature(out))
        .contains("Signature is Valid.")
        .contains("Total document signed");
  }

  @Test
  void pdfsigRejectsContentChangedAfterSigning() throws Exception {
    byte[] signed = PadesFixtures.signAsPerson(PadesFixtures.decision());
    String text = new String(signed, StandardCharsets.ISO_8859_1);
    int at = text.indexOf("/MediaBox");
    byte[] tampered = PadesAttackTest.replaceInPlace(signed, at, at + 9, "/MediaBoy");
    String out = pdfsig(write("tampered.pdf", tampered));
    assertThat(out).doesNotContain("Signature is Valid.");
  }

  private static String lastSignature(String out) {
    return out.substring(out.lastIndexOf("Signature #"));
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
