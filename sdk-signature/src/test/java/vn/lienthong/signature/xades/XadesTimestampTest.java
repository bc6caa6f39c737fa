package vn.lienthong.signature.xades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import vn.lienthong.signature.RsaPadding;
import vn.lienthong.signature.SignatureLevel;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.ValidationFinding;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.testpki.TestPki;
import vn.lienthong.signature.timestamp.TimestampClient;
import vn.lienthong.signature.trust.CertificateVerifier;
import vn.lienthong.signature.trust.TrustAnchors;

/**
 * XAdES B-T: a SignatureTimeStamp from the test PKI's loopback TSA, validated by our validator and
 * still verified by xmlsec1 (which ignores unsigned properties). Files stay in {@code
 * target/interop/xades/}.
 */
class XadesTimestampTest {

  private static final TestPki PKI = TestPki.shared();

  private static byte[] signBt(TestPki.Signer s, RsaPadding padding) throws Exception {
    XadesSigner signer =
        XadesSigner.builder()
            .level(SignatureLevel.B_T)
            .timestampSource(TimestampClient.builder().uri(PKI.server().timestampUri()).build())
            .build();
    return signer.sign(
        XadesFixtures.DOCUMENT,
        SignatureParameters.builder(List.of(s.certificate(), s.issuer()))
            .rsaPadding(padding)
            .build(),
        XadesFixtures.key(s));
  }

  private static XadesValidator validator() {
    return XadesValidator.builder()
        .certificateVerifier(
            CertificateVerifier.builder()
                .trustAnchors(TrustAnchors.of("TEST", List.of(PKI.root())))
                .build())
        .build();
  }

  @Test
  void bTValidatesWithTimestampAsBestSignatureTime() throws Exception {
    byte[] signed = signBt(PKI.personSigner("TEST Lê Văn Cường"), RsaPadding.PSS);
    assertThat(XadesFixtures.text(signed))
        .contains("SignatureTimeStamp")
        .contains("EncapsulatedTimeStamp");
    ValidationReport r = validator().validate(signed);
    assertThat(r.indication()).as(r.toString()).isEqualTo(Indication.PASSED);
    assertThat(r.level()).contains(SignatureLevel.B_T);
    assertThat(r.timestampTime().get()).isBetween(Instant.now().minusSeconds(120), Instant.now());
    assertThat(r.bestSignatureTime()).isEqualTo(r.timestampTime());
    assertThat(r.findings()).contains(ValidationFinding.SIGNATURE_TIMESTAMP_VALID);
  }

  @Test
  void timestampOverAnotherValueIsIgnored() throws Exception {
    byte[] first = signBt(PKI.personSigner("TEST First"), RsaPadding.PSS);
    byte[] second = signBt(PKI.personSigner("TEST Second"), RsaPadding.PSS);
    String a = XadesFixtures.text(first);
    String b = XadesFixtures.text(second);
    String tokenB = between(b, "EncapsulatedTimeStamp>", "</");
    String swapped = a.replace(between(a, "EncapsulatedTimeStamp>", "</"), tokenB);
    ValidationReport r = validator().validate(XadesFixtures.bytes(swapped));
    assertThat(r.findings()).contains(ValidationFinding.SIGNATURE_TIMESTAMP_INVALID);
    assertThat(r.level()).contains(SignatureLevel.B_B);
    assertThat(r.indication()).isEqualTo(Indication.PASSED);
  }

  @Test
  void bTNeedsATimestampSource() {
    assertThatThrownBy(() -> XadesSigner.builder().level(SignatureLevel.B_T).build())
        .hasMessageContaining("LT-SIG-0704");
  }

  @Test
  void xmlsec1StillVerifiesBaselineT() throws Exception {
    assumeTrue(onPath("xmlsec1"), "xmlsec1 is not installed");
    Path dir = Path.of("target", "interop", "xades");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("test-ca.pem"), PKI.rootPem());
    Path file = dir.resolve("xades-b-t-rsa-pkcs1.xml");
    Files.write(file, signBt(PKI.personSigner("TEST xmlsec1 B-T"), RsaPadding.PKCS1_V1_5));
    Process p =
        new ProcessBuilder(
                "xmlsec1",
                "--verify",
                "--trusted-pem",
                dir.resolve("test-ca.pem").toString(),
                "--enabled-reference-uris",
                "empty,same-doc",
                "--enabled-key-data",
                "x509",
                "--id-attr:Id",
                "http://uri.etsi.org/01903/v1.3.2#:SignedProperties",
                file.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
  }

  private static String between(String s, String start, String end) {
    int i = s.indexOf(start) + start.length();
    return s.substring(i, s.indexOf(end, i));
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
