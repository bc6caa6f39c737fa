package vn.lienthong.signature.pades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.lienthong.signature.Indication;
import vn.lienthong.signature.SignatureLevel;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.ValidationFinding;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.testpki.TestPki;
import vn.lienthong.signature.timestamp.TimestampClient;
import vn.lienthong.signature.trust.CertificateVerifier;
import vn.lienthong.signature.trust.TrustAnchors;

/**
 * PAdES B-T: a signature timestamp from the test PKI's loopback TSA in the CMS, validated by our
 * validator (level, timestamp time, revocation) and by poppler {@code pdfsig} ("Signature is
 * Valid.", "Total document signed"). Files stay in {@code target/interop/pades/}.
 */
class PadesTimestampTest {

  private static final TestPki PKI = TestPki.shared();

  private static byte[] signBt(TestPki.Signer s) throws Exception {
    SignatureParameters sp =
        SignatureParameters.builder(List.of(s.certificate(), s.issuer())).build();
    PadesParameters p =
        PadesParameters.builder(sp)
            .timestampSource(TimestampClient.builder().uri(PKI.server().timestampUri()).build())
            .build();
    return PadesSigner.create().sign(PadesFixtures.decision(), p, PadesFixtures.key(s));
  }

  @Test
  void bTValidatesWithTimestampTimeAndRevocation() throws Exception {
    byte[] signed = signBt(PKI.personSigner("TEST Nguyễn Văn An"));
    PadesValidator validator =
        PadesValidator.builder()
            .certificateVerifier(
                CertificateVerifier.builder()
                    .trustAnchors(TrustAnchors.of("TEST", List.of(PKI.root())))
                    .build())
            .build();
    ValidationReport r = validator.validate(signed).get(0);
    assertThat(r.indication()).as(r.toString()).isEqualTo(Indication.PASSED);
    assertThat(r.level()).contains(SignatureLevel.B_T);
    assertThat(r.timestampTime().get()).isBetween(Instant.now().minusSeconds(120), Instant.now());
    assertThat(r.revocationChecked()).isTrue();
    assertThat(r.findings())
        .contains(
            ValidationFinding.SIGNATURE_TIMESTAMP_VALID, ValidationFinding.FULL_DOCUMENT_SIGNED);
  }

  @Test
  void bBReportsItsLevel() throws Exception {
    ValidationReport r =
        PadesFixtures.validator()
            .validate(PadesFixtures.signAsPerson(PadesFixtures.decision()))
            .get(0);
    assertThat(r.level()).contains(SignatureLevel.B_B);
    assertThat(r.timestampTime()).isEmpty();
  }

  @Test
  void pdfsigVerifiesBaselineT() throws Exception {
    assumeTrue(onPath("pdfsig"), "pdfsig is not installed");
    Path dir = Path.of("target", "interop", "pades");
    Files.createDirectories(dir);
    Path file = dir.resolve("pades-b-t-rsa-pss.pdf");
    Files.write(file, signBt(PKI.personSigner("TEST pdfsig B-T")));
    Process p = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(out).contains("Signature is Valid.").contains("Total document signed");
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
