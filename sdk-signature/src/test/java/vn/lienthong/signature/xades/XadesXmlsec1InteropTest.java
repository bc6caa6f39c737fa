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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lienthong.signature.DigestAlgorithm;
import vn.lienthong.signature.RsaPadding;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.testpki.TestPki;

/**
 * Our XAdES output verified by an independent implementation: {@code xmlsec1} (libxmlsec1 with
 * OpenSSL, Debian package {@code xmlsec1}, installed by {@code .ci/run}). The signed files and the
 * test CA stay in {@code target/interop/} for checking with other tools.
 */
class XadesXmlsec1InteropTest {

  private static final Path DIR = Path.of("target", "interop", "xades");

  @BeforeAll
  static void requireXmlsec1() throws Exception {
    assumeTrue(
        onPath("xmlsec1"),
        "xmlsec1 is not installed: apt-get install -y xmlsec1 (the CI script .ci/run does it)");
    Files.createDirectories(DIR);
    Files.writeString(DIR.resolve("test-ca.pem"), TestPki.shared().rootPem());
  }

  @Test
  void xmlsec1VerifiesRsaPkcs1Signature() throws Exception {
    TestPki.Signer s = TestPki.shared().rsaSigner(2048);
    byte[] signed =
        XadesFixtures.sign(
            s,
            SignatureParameters.builder(List.of(s.certificate()))
                .rsaPadding(RsaPadding.PKCS1_V1_5));
    assertVerified("xades-b-b-rsa-pkcs1.xml", signed);
  }

  @Test
  void xmlsec1VerifiesEcdsaP256Signature() throws Exception {
    TestPki.Signer s = TestPki.shared().ecSigner("secp256r1");
    byte[] signed = XadesFixtures.sign(s, SignatureParameters.builder(List.of(s.certificate())));
    assertVerified("xades-b-b-ecdsa-p256.xml", signed);
  }

  /**
   * RSASSA-PSS ({@code xmldsig-more#sha512-rsa-MGF1}, RFC 6931) arrived in xmlsec1 1.3.0; Debian 12
   * ships 1.2.37, which does not know the URI. There the test pins that limitation (the failure
   * must be the unknown algorithm, nothing else); with 1.3+ it must verify.
   */
  @Test
  void xmlsec1VerifiesRsaPssSignatureWhenItKnowsPss() throws Exception {
    TestPki.Signer s = TestPki.shared().rsaSigner(2048);
    byte[] signed =
        XadesFixtures.sign(
            s,
            SignatureParameters.builder(List.of(s.certificate()))
                .digestAlgorithm(DigestAlgorithm.SHA512));
    String version = version();
    if (version.matches("(?s).*xmlsec1 1\\.[0-2]\\..*")) {
      Result r = xmlsec1(write("xades-b-b-rsa-pss-sha512.xml", signed));
      assertThat(r.exit).isNotZero();
      assertThat(r.output)
          .as("xmlsec1 %s must fail only on the unknown PSS URI", version)
          .contains("xmlSecTransformIdListFindByHref")
          .contains("sha512-rsa-MGF1");
    } else {
      assertVerified("xades-b-b-rsa-pss-sha512.xml", signed);
    }
  }

  private static String version() throws Exception {
    Process p = new ProcessBuilder("xmlsec1", "--version").redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(30, TimeUnit.SECONDS);
    return out;
  }

  @Test
  void xmlsec1RejectsTamperedSignature() throws Exception {
    String tampered =
        XadesFixtures.text(XadesFixtures.signRsa()).replace("Nguyễn Văn A", "Nguyễn Văn B");
    Result r = xmlsec1(write("tampered.xml", tampered.getBytes(StandardCharsets.UTF_8)));
    assertThat(r.exit).as(r.output).isNotZero();
  }

  private static void assertVerified(String name, byte[] signed) throws Exception {
    Result r = xmlsec1(write(name, signed));
    assertThat(r.exit).as("xmlsec1 on %s:%n%s", name, r.output).isZero();
    assertThat(r.output).contains("OK");
  }

  private static Path write(String name, byte[] bytes) throws Exception {
    Path f = DIR.resolve(name);
    Files.write(f, bytes);
    return f;
  }

  private record Result(int exit, String output) {}

  private static Result xmlsec1(Path file) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.addAll(
        List.of(
            "xmlsec1",
            "--verify",
            "--trusted-pem",
            DIR.resolve("test-ca.pem").toString(),
            "--enabled-reference-uris",
            "empty,same-doc",
            "--enabled-key-data",
            "x509",
            "--id-attr:Id",
            "http://uri.etsi.org/01903/v1.3.2#:SignedProperties",
            file.toString()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(p.exitValue(), out);
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
