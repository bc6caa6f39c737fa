package vn.lienthong.signature.remote.csc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.LienThongException;
import vn.lienthong.signature.Indication;
import vn.lienthong.signature.SignatureAlgorithm;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.SigningKey;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.cades.CadesSigner;
import vn.lienthong.signature.pades.PadesParameters;
import vn.lienthong.signature.pades.PadesSigner;
import vn.lienthong.signature.pades.PadesValidator;
import vn.lienthong.signature.testpki.TestPki;

/**
 * End to end: a CSC service on loopback signs with a real TestPki key; the hash goes out, the value
 * comes back through {@link CscSigningService}, and the container validates with the project's
 * PAdES validator and with {@code openssl cms -verify}.
 */
class CscEndToEndTest {

  private static final Path DIR = Path.of("target", "interop", "remote");
  private static final byte[] CONTENT =
      "Quyết định số 02/QĐ-UBND ký từ xa".getBytes(StandardCharsets.UTF_8);

  @BeforeAll
  static void setUp() throws Exception {
    Files.createDirectories(DIR);
    Files.writeString(DIR.resolve("test-ca.pem"), TestPki.shared().rootPem());
    Files.write(DIR.resolve("doc.bin"), CONTENT);
  }

  private static CscTestService service(TestPki.Signer s, List<String> algos, int multisign)
      throws Exception {
    return new CscTestService(
        s.keys().getPrivate(), List.of(s.certificate(), s.issuer()), algos, multisign);
  }

  private static CscClient client(CscTestService svc) {
    return CscClient.builder(svc.base())
        .clientCredentials("app", "app-secret".toCharArray())
        .build();
  }

  private static CscSigningService signingService(CscClient client) {
    return CscSigningService.builder(client, CscTestService.CREDENTIAL)
        .authorizer(
            CscAuthorizer.explicit(
                client, c -> CscSecrets.of(CscTestService.PIN.toCharArray(), null)))
        .build();
  }

  @Test
  void cadesSignedThroughCscVerifiesWithOpensslAndBouncyCastle() throws Exception {
    TestPki.Signer s = TestPki.shared().rsaSigner(2048);
    try (CscTestService svc = service(s, List.of("1.2.840.113549.1.1.1"), 1);
        CscClient client = client(svc)) {
      SigningKey key = signingService(client).signingKey();
      SignatureParameters p =
          SignatureParameters.builder(key.certificateChain())
              .signatureAlgorithm(SignatureAlgorithm.RSA_SHA256)
              .build();
      byte[] p7s = CadesSigner.create().sign(CONTENT, p, key);

      byte[] expectedHash =
          MessageDigest.getInstance("SHA-256").digest(CadesSigner.create().dataToSign(CONTENT, p));
      assertThat(svc.hashesReceived).hasSize(1);
      assertThat(svc.hashesReceived.get(0)).isEqualTo(expectedHash);
      assertThat(svc.tokenCalls.get()).isEqualTo(1);

      CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(CONTENT), p7s);
      SignerInformation si = cms.getSignerInfos().getSigners().iterator().next();
      assertThat(si.verify(new JcaSimpleSignerInfoVerifierBuilder().build(s.certificate())))
          .isTrue();
      Path f = DIR.resolve("cades-b-b-csc-rsa.p7s");
      Files.write(f, p7s);
      assumeTrue(onPath("openssl"), "openssl is not installed");
      assertThat(openssl(f)).isZero();
    }
  }

  @Test
  void padesSignedThroughCscWithEcdsaValidatesWithTheProjectValidator() throws Exception {
    TestPki.Signer s = TestPki.shared().ecSigner("secp256r1");
    try (CscTestService svc = service(s, List.of("1.2.840.10045.4.3.2"), 1);
        CscClient client = client(svc)) {
      SigningKey key = signingService(client).signingKey();
      SignatureParameters p =
          SignatureParameters.builder(key.certificateChain())
              .signatureAlgorithm(SignatureAlgorithm.ECDSA_SHA256)
              .build();
      byte[] signed =
          PadesSigner.create().sign(blankPdf(), PadesParameters.builder(p).build(), key);
      Files.write(DIR.resolve("pades-b-b-csc-ecdsa.pdf"), signed);
      ValidationReport r =
          PadesValidator.builder()
              .trustAnchors(List.of(TestPki.shared().root()))
              .build()
              .validate(signed)
              .get(0);
      assertThat(r.indication()).as(r.toString()).isEqualTo(Indication.PASSED);
      assertThat(r.fullDocumentSigned()).isTrue();
      assertThat(svc.hashesReceived).hasSize(1);
    }
  }

  @Test
  void ecdsaRawValuesComeBackInDer() throws Exception {
    TestPki.Signer s = TestPki.shared().ecSigner("secp256r1");
    try (CscTestService svc = service(s, List.of("1.2.840.10045.2.1"), 1);
        CscClient client = client(svc)) {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(CONTENT);
      byte[] v =
          signingService(client).signHashes(List.of(hash), SignatureAlgorithm.ECDSA_SHA256).get(0);
      assertThat(v[0]).isEqualTo((byte) 0x30);
    }
  }

  @Test
  void splitsBatchesByMultisignAndAuthorisesEach() throws Exception {
    TestPki.Signer s = TestPki.shared().rsaSigner(2048);
    try (CscTestService svc = service(s, List.of(), 2);
        CscClient client = client(svc)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      List<byte[]> hashes =
          List.of(md.digest("a".getBytes()), md.digest("b".getBytes()), md.digest("c".getBytes()));
      List<byte[]> values =
          signingService(client).signHashes(hashes, SignatureAlgorithm.RSA_SHA256);
      assertThat(values).hasSize(3);
      assertThat(svc.authorizations.get()).isEqualTo(2);
      assertThat(svc.hashesReceived).containsExactlyElementsOf(hashes);
    }
  }

  @Test
  void reauthorisesOnceWhenTheSadExpired() throws Exception {
    TestPki.Signer s = TestPki.shared().rsaSigner(2048);
    try (CscTestService svc = service(s, List.of(), 1);
        CscClient client = client(svc)) {
      svc.sadsToExpire.set(1);
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(CONTENT);
      assertThat(signingService(client).signHashes(List.of(hash), SignatureAlgorithm.RSA_SHA256))
          .hasSize(1);
      assertThat(svc.authorizations.get()).isEqualTo(2);
    }
  }

  @Test
  void failsWithSadExpiredWhenItExpiresTwice() throws Exception {
    TestPki.Signer s = TestPki.shared().rsaSigner(2048);
    try (CscTestService svc = service(s, List.of(), 1);
        CscClient client = client(svc)) {
      svc.sadsToExpire.set(2);
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(CONTENT);
      CscSigningService service = signingService(client);
      assertThatThrownBy(() -> service.signHashes(List.of(hash), SignatureAlgorithm.RSA_SHA256))
          .isInstanceOf(LienThongException.class)
          .hasMessageContaining("LT-SIG-0512")
          .hasMessageNotContaining("sad-");
      assertThat(svc.authorizations.get()).isEqualTo(2);
    }
  }

  @Test
  void wrongPinIsSignerRefusedWithoutThePin() throws Exception {
    TestPki.Signer s = TestPki.shared().rsaSigner(2048);
    try (CscTestService svc = service(s, List.of(), 1);
        CscClient client = client(svc)) {
      CscSigningService service =
          CscSigningService.builder(client, CscTestService.CREDENTIAL)
              .authorizer(
                  CscAuthorizer.explicit(client, c -> CscSecrets.of("999999".toCharArray(), null)))
              .build();
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(CONTENT);
      assertThatThrownBy(() -> service.signHashes(List.of(hash), SignatureAlgorithm.RSA_SHA256))
          .hasMessageContaining("LT-SIG-0513")
          .hasMessageNotContaining("999999");
    }
  }

  @Test
  void valueFromAnotherKeyIsRejectedByTheSigningKeyCheck() throws Exception {
    TestPki.Signer s = TestPki.shared().rsaSigner(2048);
    TestPki.Signer other = TestPki.shared().rsaSigner(2048);
    try (CscTestService svc =
            new CscTestService(
                other.keys().getPrivate(), List.of(s.certificate(), s.issuer()), List.of(), 1);
        CscClient client = client(svc)) {
      SigningKey key = signingService(client).signingKey();
      SignatureParameters p = SignatureParameters.builder(key.certificateChain()).build();
      assertThatThrownBy(() -> CadesSigner.create().sign(CONTENT, p, key))
          .hasMessageContaining("LT-SIG-0006");
    }
  }

  @Test
  void refusesAnAlgorithmTheKeyDoesNotList() throws Exception {
    TestPki.Signer s = TestPki.shared().rsaSigner(2048);
    try (CscTestService svc = service(s, List.of("1.2.840.113549.1.1.11"), 1);
        CscClient client = client(svc)) {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(CONTENT);
      CscSigningService service = signingService(client);
      assertThatThrownBy(() -> service.signHashes(List.of(hash), SignatureAlgorithm.RSA_PSS_SHA256))
          .hasMessageContaining("LT-SIG-0518");
    }
  }

  private static byte[] blankPdf() throws Exception {
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static int openssl(Path p7s) throws Exception {
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
                DIR.resolve("doc.bin").toString(),
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
    assertThat(p.exitValue()).as(out).isZero();
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
