package vn.lienthong.signature.pkcs11;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.LienThongException;
import vn.lienthong.signature.Indication;
import vn.lienthong.signature.RsaPadding;
import vn.lienthong.signature.SignatureAlgorithm;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.cades.CadesSigner;
import vn.lienthong.signature.testpki.TestPki;
import vn.lienthong.signature.xades.XadesSigner;
import vn.lienthong.signature.xades.XadesValidator;

/**
 * Signing on a real PKCS#11 token: SoftHSM2 through SunPKCS11, XAdES and CAdES made with the
 * token's keys and checked by our validator, Bouncy Castle and {@code openssl cms -verify}; the
 * failures a user meets (wrong PIN, missing slot, label or library) with their codes.
 */
class Pkcs11TokenTest {

  private static final Path DIR = Path.of("target", "interop", "pkcs11");
  private static final byte[] CONTENT =
      "Quyết định số 02/QĐ-UBND ký bằng thiết bị ký số".getBytes(StandardCharsets.UTF_8);
  private static final byte[] XML =
      ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              + "<HoSo xmlns=\"urn:lienthong:test\"><NguoiNop>Nguyễn Văn A</NguoiNop></HoSo>\n")
          .getBytes(StandardCharsets.UTF_8);

  private static SoftHsm hsm;

  @BeforeAll
  static void setUp() throws Exception {
    hsm = SoftHsm.shared();
    Files.createDirectories(DIR);
    Files.writeString(DIR.resolve("test-ca.pem"), TestPki.shared().rootPem());
    Files.write(DIR.resolve("doc.bin"), CONTENT);
  }

  @Test
  void listsKeysAndCertificatesOnTheToken() {
    try (Pkcs11Token token = hsm.open()) {
      assertThat(token.entries())
          .extracting(Pkcs11Entry::label)
          .contains(SoftHsm.RSA_LABEL, SoftHsm.EC_LABEL, SoftHsm.WEAK_LABEL);
      Pkcs11Entry rsa =
          token.entries().stream()
              .filter(e -> e.label().equals(SoftHsm.RSA_LABEL))
              .findFirst()
              .orElseThrow();
      assertThat(rsa.privateKey()).isTrue();
      assertThat(rsa.certificate()).isEqualTo(hsm.rsa.certificate());
    }
  }

  @Test
  void signsXadesWithRsaPssAndPkcs1AndEcdsaThatValidate() {
    XadesValidator validator =
        XadesValidator.builder().trustAnchors(List.of(TestPki.shared().root())).build();
    try (Pkcs11Token token = hsm.open()) {
      for (String label : List.of(SoftHsm.RSA_LABEL, SoftHsm.EC_LABEL)) {
        Pkcs11SigningKey key = token.signingKey(label);
        for (RsaPadding padding : RsaPadding.values()) {
          byte[] signed =
              XadesSigner.create()
                  .sign(
                      XML,
                      SignatureParameters.builder(key.certificateChain())
                          .rsaPadding(padding)
                          .build(),
                      key);
          assertThat(validator.validate(signed).indication())
              .as(label + " " + padding)
              .isEqualTo(Indication.PASSED);
        }
      }
    }
  }

  @Test
  void signsCadesThatBouncyCastleAndOpensslVerify() throws Exception {
    try (Pkcs11Token token = hsm.open()) {
      int n = 0;
      for (String label : List.of(SoftHsm.RSA_LABEL, SoftHsm.EC_LABEL)) {
        Pkcs11SigningKey key = token.signingKey(label);
        for (RsaPadding padding : RsaPadding.values()) {
          byte[] p7s =
              CadesSigner.create()
                  .sign(
                      CONTENT,
                      SignatureParameters.builder(key.certificateChain())
                          .rsaPadding(padding)
                          .build(),
                      key);
          CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(CONTENT), p7s);
          SignerInformation si = cms.getSignerInfos().getSigners().iterator().next();
          assertThat(
                  si.verify(
                      new JcaSimpleSignerInfoVerifierBuilder()
                          .setProvider(new org.bouncycastle.jce.provider.BouncyCastleProvider())
                          .build(key.certificateChain().get(0))))
              .isTrue();
          Path f = DIR.resolve("cades-pkcs11-" + label + "-" + padding + ".p7s");
          Files.write(f, p7s);
          if (SoftHsm.onPath("openssl")) {
            assertThat(openssl(f)).as(f.toString()).isZero();
            n++;
          }
        }
      }
      assertThat(n).isIn(0, 4);
    }
  }

  @Test
  void serialisesSigningFromManyThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try (Pkcs11Token token = hsm.open()) {
      Pkcs11SigningKey key = token.signingKey(SoftHsm.EC_LABEL);
      List<Future<byte[]>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        byte[] data = ("dữ liệu " + i).getBytes(StandardCharsets.UTF_8);
        results.add(pool.submit(() -> key.sign(data, SignatureAlgorithm.ECDSA_SHA256)));
      }
      for (int i = 0; i < results.size(); i++) {
        java.security.Signature v = java.security.Signature.getInstance("SHA256withECDSA");
        v.initVerify(hsm.ec.certificate());
        v.update(("dữ liệu " + i).getBytes(StandardCharsets.UTF_8));
        assertThat(v.verify(results.get(i).get(60, TimeUnit.SECONDS))).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void refusesKeysThePolicyRefuses() {
    try (Pkcs11Token token = hsm.open()) {
      assertThatThrownBy(() -> token.signingKey(SoftHsm.WEAK_LABEL))
          .isInstanceOf(LienThongException.class)
          .hasMessageContaining("LT-SIG-0003");
    }
  }

  @Test
  void rejectsMissingLabelListingTheLabelsPresent() {
    try (Pkcs11Token token = hsm.open()) {
      assertThatThrownBy(() -> token.signingKey("khong-co"))
          .isInstanceOf(LienThongException.class)
          .hasMessageContaining("LT-SIG-0505")
          .hasMessageContaining(SoftHsm.RSA_LABEL);
    }
  }

  @Test
  void rejectsWrongPinWithoutLoggingIt() {
    char[] wrong = "999999".toCharArray();
    assertThatThrownBy(
            () ->
                Pkcs11Token.builder()
                    .library(SoftHsm.LIBRARY)
                    .slotId(hsm.pinTestSlotId)
                    .pin(wrong)
                    .open())
        .isInstanceOf(LienThongException.class)
        .hasMessageContaining("LT-SIG-0503")
        .hasMessageNotContaining("999999");
    assertThat(wrong).containsExactly('9', '9', '9', '9', '9', '9');
  }

  @Test
  void rejectsMissingSlot() {
    assertThatThrownBy(
            () ->
                Pkcs11Token.builder()
                    .library(SoftHsm.LIBRARY)
                    .slotIndex(42)
                    .pin(SoftHsm.PIN)
                    .open())
        .isInstanceOf(LienThongException.class)
        .hasMessageContaining("LT-SIG-0502");
    assertThatThrownBy(
            () ->
                Pkcs11Token.builder()
                    .library(SoftHsm.LIBRARY)
                    .slotId(987_654_321L)
                    .pin(SoftHsm.PIN)
                    .open())
        .isInstanceOf(LienThongException.class)
        .hasMessageContaining("LT-SIG-0502");
  }

  @Test
  void rejectsMissingLibrary() {
    assertThatThrownBy(
            () ->
                Pkcs11Token.builder()
                    .library(Path.of("/khong/co/libpkcs11.so"))
                    .pin(SoftHsm.PIN)
                    .open())
        .isInstanceOf(LienThongException.class)
        .hasMessageContaining("LT-SIG-0501");
  }

  @Test
  void closedTokenRefusesToSign() {
    Pkcs11Token token = hsm.open();
    Pkcs11SigningKey key = token.signingKey(SoftHsm.RSA_LABEL);
    key.close();
    assertThat(token.toString()).contains("closed").doesNotContain("123456");
    assertThatThrownBy(() -> key.sign(CONTENT, SignatureAlgorithm.RSA_PSS_SHA256))
        .isInstanceOf(IllegalStateException.class);
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
                File.separatorChar == '/' ? "/dev/null" : "NUL")
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    if (p.exitValue() != 0) {
      System.err.println("openssl on " + p7s + ": " + out);
    }
    return p.exitValue();
  }
}
