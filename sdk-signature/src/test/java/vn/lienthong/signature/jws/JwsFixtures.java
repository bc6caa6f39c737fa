package vn.lienthong.signature.jws;

import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import vn.lienthong.signature.Pkcs12SigningKey;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.testpki.TestPki;

/** Payloads, keys and helpers shared by the JWS tests. */
final class JwsFixtures {

  static final byte[] REPORT =
      "{\"maHoSo\":\"000.00.01.H01-250701-0001\",\"ketQua\":\"Đạt\",\"soLoi\":0}"
          .getBytes(StandardCharsets.UTF_8);

  private JwsFixtures() {}

  static Pkcs12SigningKey key(TestPki.Signer s) throws Exception {
    return Pkcs12SigningKey.load(s.pkcs12Stream(), TestPki.PASSWORD, "signer");
  }

  static SignatureParameters parameters(TestPki.Signer s) {
    return SignatureParameters.builder(List.of(s.certificate(), s.issuer())).build();
  }

  static String sign(JwsSigner signer, TestPki.Signer s) throws Exception {
    return signer.sign(REPORT, parameters(s), key(s));
  }

  static JwsValidator validator() {
    return JwsValidator.builder().trustAnchors(List.of(TestPki.shared().root())).build();
  }

  static Map<String, Object> header(String compact) throws ParseException {
    return JSONObjectUtils.parse(
        new Base64URL(compact.substring(0, compact.indexOf('.'))).decodeToString());
  }

  static String encode(Map<String, Object> json) {
    return Base64URL.encode(JSONObjectUtils.toJSONString(json)).toString();
  }

  static String b64(byte[] der) {
    return Base64.getEncoder().encodeToString(der);
  }

  /** An attacker's RSA 2048 key with a self-signed certificate, unknown to the test root. */
  static TestPki.Signer selfSigned() throws Exception {
    java.security.KeyPair keys = TestPki.rsa(2048);
    var name = new org.bouncycastle.asn1.x500.X500Name("CN=TEST Attacker");
    var now = java.time.Instant.now();
    var holder =
        new org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder(
                name,
                java.math.BigInteger.valueOf(now.toEpochMilli()),
                java.util.Date.from(now.minusSeconds(3600)),
                java.util.Date.from(now.plusSeconds(86_400)),
                name,
                keys.getPublic())
            .build(
                new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withRSA")
                    .build(keys.getPrivate()));
    java.security.cert.X509Certificate cert =
        new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter().getCertificate(holder);
    return new TestPki.Signer(keys, cert, cert);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
