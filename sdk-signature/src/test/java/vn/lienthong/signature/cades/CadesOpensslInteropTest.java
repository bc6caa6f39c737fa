package vn.lienthong.signature.cades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lienthong.signature.Pkcs12SigningKey;
import vn.lienthong.signature.RsaPadding;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.testpki.TestPki;

/**
 * CAdES B-B detached made by us, verified by OpenSSL ({@code openssl cms -verify}) against the test
 * CA, and by Bouncy Castle's own verifier. Files stay in {@code target/interop/cades/}.
 */
class CadesOpensslInteropTest {

  private static final Path DIR = Path.of("target", "interop", "cades");
  private static final byte[] CONTENT =
      "Quyết định số 01/QĐ-UBND ngày 01/7/2025".getBytes(StandardCharsets.UTF_8);

  @BeforeAll
  static void setUp() throws Exception {
    Files.createDirectories(DIR);
    Files.writeString(DIR.resolve("test-ca.pem"), TestPki.shared().rootPem());
    Files.write(DIR.resolve("doc.bin"), CONTENT);
  }

  private static byte[] sign(TestPki.Signer s, RsaPadding padding) throws Exception {
    var key = Pkcs12SigningKey.load(s.pkcs12Stream(), TestPki.PASSWORD, "signer");
    return CadesSigner.create()
        .sign(
            CONTENT,
            SignatureParameters.builder(key.certificateChain()).rsaPadding(padding).build(),
            key);
  }

  @Test
  void bouncyCastleVerifiesAndFindsSigningCertificateV2() throws Exception {
    TestPki.Signer s = TestPki.shared().rsaSigner(2048);
    CMSSignedData cms =
        new CMSSignedData(new CMSProcessableByteArray(CONTENT), sign(s, RsaPadding.PSS));
    SignerInformation si = cms.getSignerInfos().getSigners().iterator().next();
    assertThat(
            si.verify(
                new JcaSimpleSignerInfoVerifierBuilder()
                    .setProvider(new org.bouncycastle.jce.provider.BouncyCastleProvider())
                    .build(s.certificate())))
        .isTrue();
    assertThat(si.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2))
        .isNotNull();
    assertThat(si.getDigestAlgOID()).isEqualTo("2.16.840.1.101.3.4.2.1");
  }

  @Test
  void opensslVerifiesRsaPssRsaPkcs1AndEcdsaSignatures() throws Exception {
    assumeTrue(onPath("openssl"), "openssl is not installed");
    TestPki pki = TestPki.shared();
    assertVerified("cades-b-b-rsa-pss.p7s", sign(pki.rsaSigner(2048), RsaPadding.PSS));
    assertVerified("cades-b-b-rsa-pkcs1.p7s", sign(pki.rsaSigner(2048), RsaPadding.PKCS1_V1_5));
    assertVerified("cades-b-b-ecdsa-p256.p7s", sign(pki.ecSigner("secp256r1"), RsaPadding.PSS));
  }

  @Test
  void opensslRejectsOtherContent() throws Exception {
    assumeTrue(onPath("openssl"), "openssl is not installed");
    Path p7s = DIR.resolve("other-content.p7s");
    Files.write(p7s, sign(TestPki.shared().rsaSigner(2048), RsaPadding.PSS));
    Path other = DIR.resolve("other.bin");
    Files.write(other, "khác".getBytes(StandardCharsets.UTF_8));
    assertThat(openssl(p7s, other)).isNotZero();
  }

  @Test
  void rejectsValueFromAnotherKey() throws Exception {
    TestPki.Signer s = TestPki.shared().rsaSigner(2048);
    TestPki.Signer other = TestPki.shared().rsaSigner(2048);
    SignatureParameters p = SignatureParameters.builder(List.of(s.certificate())).build();
    byte[] toSign = CadesSigner.create().dataToSign(CONTENT, p);
    byte[] value =
        Pkcs12SigningKey.load(other.pkcs12Stream(), TestPki.PASSWORD, "signer")
            .sign(toSign, p.signatureAlgorithm());
    assertThatThrownBy(() -> CadesSigner.create().sign(CONTENT, p, value))
        .hasMessageContaining("LT-SIG-0006");
  }

  private static void assertVerified(String name, byte[] p7s) throws Exception {
    Path f = DIR.resolve(name);
    Files.write(f, p7s);
    assertThat(openssl(f, DIR.resolve("doc.bin"))).as(name).isZero();
  }

  private static int openssl(Path p7s, Path content) throws Exception {
    Process p =
        new ProcessBuilder(
                "openssl",
                "cms",
                "-verify",
                "-binary",
                "-inform",
                "DER",
                "-in",
                p7s.toString(),
                "-content",
                content.toString(),
                "-CAfile",
                DIR.resolve("test-ca.pem").toString(),
                "-purpose",
                "any",
                "-out",
                "/dev/null")
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    if (p.exitValue() != 0) {
      System.err.println("openssl on " + p7s + ": " + out);
    }
    return p.exitValue();
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
