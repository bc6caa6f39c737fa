package vn.lienthong.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import vn.lienthong.signature.Indication;
import vn.lienthong.signature.Pkcs12SigningKey;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.SigningKey;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.jws.JwsSigner;
import vn.lienthong.signature.jws.JwsValidator;
import vn.lienthong.signature.xades.XadesSigner;
import vn.lienthong.signature.xades.XadesValidator;

/** Examples of docs/sdk-signature.md. */
class SignatureExamples {

  private static final char[] PASSWORD = "test-only".toCharArray();

  @Test
  void xades() throws Exception {
    KeyPair rootKeys = rsa();
    X509Certificate root = certificate("CN=TEST Root", rootKeys, "CN=TEST Root", rootKeys, true);
    KeyPair officerKeys = rsa();
    X509Certificate officer =
        certificate("CN=TEST Officer", officerKeys, "CN=TEST Root", rootKeys, false);
    byte[] p12 = pkcs12(officerKeys, officer, root);
    byte[] xml = "<HoSo><NguoiNop>Nguyễn Văn A</NguoiNop></HoSo>".getBytes(StandardCharsets.UTF_8);

    // tag::xades[]
    SigningKey key;
    try (InputStream in = new ByteArrayInputStream(p12)) {
      key = Pkcs12SigningKey.load(in, PASSWORD, "can-bo"); // RSA 2048+ or ECDSA P-256+ only
    }
    XadesSigner signer = XadesSigner.create();
    SignatureParameters parameters =
        SignatureParameters.builder(key.certificateChain()).build(); // SHA-256, RSASSA-PSS
    byte[] toSign = signer.dataToSign(xml, parameters); // 1. may travel to a token or a service
    byte[] value = key.sign(toSign, parameters.signatureAlgorithm()); // 2. the key signs
    byte[] signedXml = signer.sign(xml, parameters, value); // 3. XAdES B-B enveloped

    XadesValidator validator = XadesValidator.builder().trustAnchors(List.of(root)).build();
    ValidationReport report = validator.validate(signedXml);
    Indication indication = report.indication(); // PASSED
    List<String> lines = report.messages(Locale.forLanguageTag("vi"));
    // ["Chữ ký hợp lệ", "Người ký: TEST Officer", "Thời điểm ký (do người ký khai): ...+07:00",
    // ...]
    // end::xades[]

    assertThat(indication).isEqualTo(Indication.PASSED);
    assertThat(lines).startsWith("Chữ ký hợp lệ", "Người ký: TEST Officer");
  }

  @Test
  void jwsDetachedReport() throws Exception {
    KeyPair rootKeys = rsa();
    X509Certificate root = certificate("CN=TEST Root", rootKeys, "CN=TEST Root", rootKeys, true);
    KeyPair officerKeys = rsa();
    X509Certificate officer =
        certificate("CN=TEST Officer", officerKeys, "CN=TEST Root", rootKeys, false);
    SigningKey key;
    try (InputStream in = new ByteArrayInputStream(pkcs12(officerKeys, officer, root))) {
      key = Pkcs12SigningKey.load(in, PASSWORD, "can-bo");
    }

    // tag::jws-detached[]
    byte[] reportJson = "{\"ketQua\":\"Đạt\",\"soLoi\":0}".getBytes(StandardCharsets.UTF_8);
    JwsSigner signer = JwsSigner.builder().detachedPayload(true).contentType("json").build();
    SignatureParameters parameters = SignatureParameters.builder(key.certificateChain()).build();
    byte[] toSign = signer.dataToSign(reportJson, parameters); // 1. the JWS signing input
    byte[] value = key.sign(toSign, parameters.signatureAlgorithm()); // 2. the key signs
    String jws = signer.sign(reportJson, parameters, value); // 3. "eyJhbGciOiJQUzI1NiIs...."
    // store report.json and report.json.jws side by side; later, anywhere:
    JwsValidator validator = JwsValidator.builder().trustAnchors(List.of(root)).build();
    ValidationReport report = validator.validate(jws, reportJson);
    Indication indication = report.indication(); // PASSED; FAILED if one byte of the JSON changed
    // end::jws-detached[]

    assertThat(indication).isEqualTo(Indication.PASSED);
    assertThat(jws).contains("..");
    byte[] changed = "{\"ketQua\":\"Không đạt\",\"soLoi\":0}".getBytes(StandardCharsets.UTF_8);
    assertThat(validator.validate(jws, changed).indication()).isEqualTo(Indication.FAILED);
  }

  private static KeyPair rsa() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    return g.generateKeyPair();
  }

  private static X509Certificate certificate(
      String subject, KeyPair subjectKeys, String issuer, KeyPair issuerKeys, boolean ca)
      throws Exception {
    Instant now = Instant.now();
    X509v3CertificateBuilder b =
        new JcaX509v3CertificateBuilder(
            new X500Name(issuer),
            BigInteger.valueOf(now.toEpochMilli() + (ca ? 0 : 1)),
            Date.from(now.minus(Duration.ofHours(1))),
            Date.from(now.plus(Duration.ofDays(30))),
            new X500Name(subject),
            subjectKeys.getPublic());
    b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
    return new JcaX509CertificateConverter()
        .getCertificate(
            b.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate())));
  }

  private static byte[] pkcs12(KeyPair keys, X509Certificate cert, X509Certificate root)
      throws Exception {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    ks.load(null, null);
    ks.setKeyEntry("can-bo", keys.getPrivate(), PASSWORD, new Certificate[] {cert, root});
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ks.store(out, PASSWORD);
    return out.toByteArray();
  }
}
