package vn.lienthong.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.LienThongException;
import vn.lienthong.signature.internal.JcaSignatures;
import vn.lienthong.signature.testpki.TestPki;

class Pkcs12SigningKeyTest {

  private static final byte[] DATA = "Quyết định số 01/QĐ-UBND".getBytes(StandardCharsets.UTF_8);

  @Test
  void signsWithRsaPssByDefaultAndTheValueVerifies() throws Exception {
    TestPki.Signer s = TestPki.shared().rsaSigner(2048);
    Pkcs12SigningKey key = Pkcs12SigningKey.load(s.pkcs12Stream(), TestPki.PASSWORD, "signer");
    SignatureParameters p = SignatureParameters.builder(key.certificateChain()).build();
    assertThat(p.signatureAlgorithm()).isEqualTo(SignatureAlgorithm.RSA_PSS_SHA256);

    byte[] value = key.sign(DATA, p.signatureAlgorithm());

    Signature v = JcaSignatures.create(SignatureAlgorithm.RSA_PSS_SHA256);
    v.initVerify(s.certificate());
    v.update(DATA);
    assertThat(v.verify(value)).isTrue();
    assertThat(key.certificateChain()).hasSize(2);
    assertThat(key.toString()).contains("TEST Nguyen Van RSA").doesNotContain("PrivateKey");
  }

  @Test
  void pkcs1IsAnExplicitPolicySwitch() throws Exception {
    TestPki.Signer s = TestPki.shared().rsaSigner(2048);
    SignatureParameters p =
        SignatureParameters.builder(java.util.List.of(s.certificate()))
            .rsaPadding(RsaPadding.PKCS1_V1_5)
            .digestAlgorithm(DigestAlgorithm.SHA384)
            .build();
    assertThat(p.signatureAlgorithm()).isEqualTo(SignatureAlgorithm.RSA_SHA384);
  }

  @Test
  void signsWithEcdsaP256() throws Exception {
    TestPki.Signer s = TestPki.shared().ecSigner("secp256r1");
    Pkcs12SigningKey key = Pkcs12SigningKey.load(s.pkcs12Stream(), TestPki.PASSWORD, "signer");
    byte[] value = key.sign(DATA, SignatureAlgorithm.ECDSA_SHA256);
    Signature v = Signature.getInstance("SHA256withECDSA");
    v.initVerify(s.certificate());
    v.update(DATA);
    assertThat(v.verify(value)).isTrue();
  }

  @Test
  void rejectsRsa1024KeyPerCircular15() throws Exception {
    TestPki.Signer s = TestPki.shared().rsaSigner(1024);
    assertThatThrownBy(() -> Pkcs12SigningKey.load(s.pkcs12Stream(), TestPki.PASSWORD, "signer"))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((LienThongException) e).code())
        .isEqualTo("LT-SIG-0003");
  }

  @Test
  void rejectsWrongPasswordWithoutLeakingIt() throws Exception {
    TestPki.Signer s = TestPki.shared().rsaSigner(2048);
    assertThatThrownBy(
            () -> Pkcs12SigningKey.load(s.pkcs12Stream(), "Wr0ngSecret!".toCharArray(), "signer"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("LT-SIG-0001")
        .hasMessageNotContaining("Wr0ngSecret!");
  }

  @Test
  void rejectsUnknownAliasListingThoseThatExist() throws Exception {
    TestPki.Signer s = TestPki.shared().rsaSigner(2048);
    assertThatThrownBy(() -> Pkcs12SigningKey.load(s.pkcs12Stream(), TestPki.PASSWORD, "other"))
        .hasMessageContaining("LT-SIG-0002")
        .hasMessageContaining("signer");
  }

  @Test
  void rejectsGarbageStore() {
    assertThatThrownBy(
            () ->
                Pkcs12SigningKey.load(
                    new ByteArrayInputStream(new byte[] {1, 2, 3}), TestPki.PASSWORD, "signer"))
        .hasMessageContaining("LT-SIG-0001");
  }

  @Test
  void rejectsEcdsaAlgorithmOnRsaKey() throws Exception {
    TestPki.Signer s = TestPki.shared().rsaSigner(2048);
    Pkcs12SigningKey key = Pkcs12SigningKey.load(s.pkcs12Stream(), TestPki.PASSWORD, "signer");
    assertThatThrownBy(() -> key.sign(DATA, SignatureAlgorithm.ECDSA_SHA256))
        .hasMessageContaining("LT-SIG-0004");
  }
}
