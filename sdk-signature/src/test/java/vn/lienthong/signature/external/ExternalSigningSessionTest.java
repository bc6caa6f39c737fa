package vn.lienthong.signature.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.LienThongException;
import vn.lienthong.signature.Indication;
import vn.lienthong.signature.Pkcs12SigningKey;
import vn.lienthong.signature.RsaPadding;
import vn.lienthong.signature.SignatureAlgorithm;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.cades.CadesSigner;
import vn.lienthong.signature.testpki.TestPki;
import vn.lienthong.signature.xades.XadesSigner;
import vn.lienthong.signature.xades.XadesValidator;

/**
 * The two-request external signing flow, with the external signer played by another thread that
 * holds its own copy of the key and sees only hex text (the hash or DigestInfo), as a desktop
 * signing service or a browser would.
 */
class ExternalSigningSessionTest {

  private static final ExecutorService EXTERNAL = Executors.newSingleThreadExecutor();
  private static final byte[] XML =
      ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              + "<HoSo xmlns=\"urn:lienthong:test\"><NguoiNop>Trần Thị B</NguoiNop></HoSo>\n")
          .getBytes(StandardCharsets.UTF_8);

  @AfterAll
  static void stop() {
    EXTERNAL.shutdownNow();
  }

  /** The external signer: gets hex text and an algorithm name, answers with hex text. */
  private static String externalSign(byte[] pkcs12, String algorithm, String hexToSign)
      throws Exception {
    return EXTERNAL
        .submit(
            () -> {
              PrivateKey key = (PrivateKey) load(pkcs12).getKey("signer", TestPki.PASSWORD);
              byte[] input = HexFormat.of().parseHex(hexToSign);
              Signature s;
              if (algorithm.startsWith("RSA_PSS")) {
                s = Signature.getInstance("NONEwithRSASSA-PSS", new BouncyCastleProvider());
                s.setParameter(
                    new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
              } else if (algorithm.startsWith("RSA")) {
                s = Signature.getInstance("NONEwithRSA");
              } else {
                s = Signature.getInstance("NONEwithECDSA");
              }
              s.initSign(key);
              s.update(input);
              byte[] value = s.sign();
              return HexFormat.of()
                  .formatHex(algorithm.startsWith("ECDSA") ? rawRs(value, 32) : value);
            })
        .get(60, TimeUnit.SECONDS);
  }

  private static java.security.KeyStore load(byte[] pkcs12) throws Exception {
    java.security.KeyStore ks = java.security.KeyStore.getInstance("PKCS12");
    ks.load(new java.io.ByteArrayInputStream(pkcs12), TestPki.PASSWORD);
    return ks;
  }

  /** WebCrypto's ECDSA form: r and s as fixed-length unsigned integers. */
  private static byte[] rawRs(byte[] der, int n) {
    ASN1Sequence seq = ASN1Sequence.getInstance(der);
    byte[] out = new byte[2 * n];
    for (int i = 0; i < 2; i++) {
      byte[] v = ASN1Integer.getInstance(seq.getObjectAt(i)).getPositiveValue().toByteArray();
      int len = Math.min(v.length, n);
      System.arraycopy(v, v.length - len, out, i * n + n - len, len);
    }
    return out;
  }

  private static XadesValidator validator() {
    return XadesValidator.builder().trustAnchors(List.of(TestPki.shared().root())).build();
  }

  private static byte[] twoRequests(TestPki.Signer signer, RsaPadding padding, byte[] pkcs12)
      throws Exception {
    // request 1: compute the data to sign, keep the session server-side, send the hash out
    SignatureParameters p =
        SignatureParameters.builder(List.of(signer.certificate())).rsaPadding(padding).build();
    ExternalSigningSession s1 =
        ExternalSigningSession.start(
            XadesSigner.create().dataToSign(XML, p), p, Instant.now().plus(Duration.ofMinutes(5)));
    String stored = s1.encode();
    byte[] toSend = s1.algorithm() == SignatureAlgorithm.RSA_SHA256 ? s1.digestInfo() : s1.hash();
    String answer = externalSign(pkcs12, s1.algorithm().name(), HexFormat.of().formatHex(toSend));
    // request 2: a fresh object from the stored text
    ExternalSigningSession s2 = ExternalSigningSession.decode(stored);
    byte[] value = s2.checkedValue(HexFormat.of().parseHex(answer), Instant.now());
    return XadesSigner.create().sign(XML, s2.parameters(), value);
  }

  @Test
  void signsXadesInTwoRequestsWithRsaPkcs1RsaPssAndEcdsa() throws Exception {
    TestPki.Signer rsa = TestPki.shared().rsaSigner(2048);
    TestPki.Signer ec = TestPki.shared().ecSigner("secp256r1");
    for (RsaPadding padding : RsaPadding.values()) {
      assertThat(validator().validate(twoRequests(rsa, padding, rsa.pkcs12())).indication())
          .as(padding.toString())
          .isEqualTo(Indication.PASSED);
    }
    assertThat(validator().validate(twoRequests(ec, RsaPadding.PSS, ec.pkcs12())).indication())
        .isEqualTo(Indication.PASSED);
  }

  @Test
  void rejectsValueFromAnotherKeyBeforeEmbeddingIt() throws Exception {
    TestPki.Signer rsa = TestPki.shared().rsaSigner(2048);
    TestPki.Signer other = TestPki.shared().rsaSigner(2048);
    assertThatThrownBy(() -> twoRequests(rsa, RsaPadding.PKCS1_V1_5, other.pkcs12()))
        .isInstanceOf(LienThongException.class)
        .hasMessageContaining("LT-SIG-0006");
  }

  @Test
  void acceptsEcdsaValueInDerAsWellAsRaw() throws Exception {
    TestPki.Signer ec = TestPki.shared().ecSigner("secp256r1");
    Pkcs12SigningKey local = Pkcs12SigningKey.load(ec.pkcs12Stream(), TestPki.PASSWORD, "signer");
    SignatureParameters p = SignatureParameters.builder(local.certificateChain()).build();
    byte[] toSign = XadesSigner.create().dataToSign(XML, p);
    ExternalSigningSession s =
        ExternalSigningSession.start(toSign, p, Instant.now().plusSeconds(60));
    byte[] der = local.sign(toSign, p.signatureAlgorithm());
    assertThat(s.checkedValue(der, Instant.now())).isEqualTo(der);
    assertThat(s.checkedValue(rawRs(der, 32), Instant.now())).isEqualTo(der);
  }

  @Test
  void rejectsExpiredSession() {
    TestPki.Signer rsa = signer();
    SignatureParameters p = SignatureParameters.builder(List.of(rsa.certificate())).build();
    ExternalSigningSession s =
        ExternalSigningSession.start(new byte[] {1, 2, 3}, p, Instant.now().minusSeconds(1));
    assertThatThrownBy(() -> s.checkedValue(new byte[256], Instant.now()))
        .isInstanceOf(LienThongException.class)
        .hasMessageContaining("LT-SIG-0506");
  }

  @Test
  void rejectsMalformedOrTamperedSessionText() {
    TestPki.Signer rsa = signer();
    SignatureParameters p = SignatureParameters.builder(List.of(rsa.certificate())).build();
    String text =
        ExternalSigningSession.start(new byte[] {1, 2, 3}, p, Instant.now().plusSeconds(60))
            .encode();
    for (String bad :
        List.of(
            "", "!!!", text.substring(0, text.length() / 2), text + "AAAA", "A".repeat(300_000))) {
      assertThatThrownBy(() -> ExternalSigningSession.decode(bad))
          .isInstanceOf(LienThongException.class)
          .hasMessageContaining("LT-SIG-0506");
    }
  }

  @Test
  void sessionTextRoundTripsWithoutKeyMaterial() throws Exception {
    TestPki.Signer rsa = signer();
    SignatureParameters p = SignatureParameters.builder(List.of(rsa.certificate())).build();
    byte[] toSign = CadesSigner.create().dataToSign(XML, p);
    ExternalSigningSession s =
        ExternalSigningSession.start(toSign, p, Instant.now().plusSeconds(60));
    ExternalSigningSession back = ExternalSigningSession.decode(s.encode());
    assertThat(back.id()).isEqualTo(s.id()).hasSize(32);
    assertThat(back.hash()).isEqualTo(s.hash());
    assertThat(back.parameters().signingTime()).isEqualTo(p.signingTime());
    assertThat(CadesSigner.create().dataToSign(XML, back.parameters())).isEqualTo(toSign);
    byte[] priv = rsa.keys().getPrivate().getEncoded();
    byte[] decoded = java.util.Base64.getUrlDecoder().decode(s.encode());
    assertThat(indexOf(decoded, Arrays.copyOfRange(priv, priv.length - 64, priv.length)))
        .isNegative();
  }

  @Test
  void digestInfoMatchesRfc8017Prefix() {
    byte[] info =
        ExternalSigningSession.digestInfo(
            vn.lienthong.signature.DigestAlgorithm.SHA256, new byte[32]);
    // RFC 8017, section 9.2, note 1: the SHA-256 DigestInfo prefix
    assertThat(HexFormat.of().formatHex(Arrays.copyOf(info, 19)))
        .isEqualTo("3031300d060960864801650304020105000420");
    assertThat(info).hasSize(51);
  }

  @Test
  void externalSigningKeySignsCadesThroughAHashSigner() throws Exception {
    TestPki.Signer ec = TestPki.shared().ecSigner("secp256r1");
    Pkcs12SigningKey local = Pkcs12SigningKey.load(ec.pkcs12Stream(), TestPki.PASSWORD, "signer");
    byte[] pkcs12 = ec.pkcs12();
    HashSigner remote =
        (hash, algorithm) -> {
          try {
            return HexFormat.of()
                .parseHex(externalSign(pkcs12, algorithm.name(), HexFormat.of().formatHex(hash)));
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        };
    ExternalSigningKey key = ExternalSigningKey.of(local.certificateChain(), remote);
    SignatureParameters p = SignatureParameters.builder(key.certificateChain()).build();
    byte[] p7s = CadesSigner.create().sign(XML, p, key);
    assertThat(p7s).isNotEmpty();
    HashSigner liar = (hash, algorithm) -> new byte[64];
    assertThatThrownBy(
            () ->
                CadesSigner.create()
                    .sign(XML, p, ExternalSigningKey.of(local.certificateChain(), liar)))
        .isInstanceOf(LienThongException.class)
        .hasMessageContaining("LT-SIG-0006");
  }

  private static TestPki.Signer signer() {
    try {
      return TestPki.shared().rsaSigner(2048);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
