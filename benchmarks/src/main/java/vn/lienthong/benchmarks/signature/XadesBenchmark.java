package vn.lienthong.benchmarks.signature;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.lienthong.signature.RsaPadding;
import vn.lienthong.signature.SignatureAlgorithm;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.SigningKey;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.xades.XadesSigner;
import vn.lienthong.signature.xades.XadesValidator;

/**
 * XAdES B-B enveloped signing and validation of a 10 KB document with RSA-2048 (PKCS#1 v1.5, the
 * algorithm DSS's published figures use), against the baseline of the bare RSA-2048 operation over
 * the same bytes: the cryptographic floor, so the ratio shows what the XML work costs. EU DSS 6.4
 * as a second baseline is still to be added (issue 8).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class XadesBenchmark {

  private byte[] document;
  private KeyPair keys;
  private SignatureParameters parameters;
  private SigningKey key;
  private XadesSigner signer;
  private XadesValidator validator;
  private byte[] signed;
  private byte[] rawSignature;
  private X509Certificate certificate;

  @Setup
  public void setUp() throws Exception {
    StringBuilder xml = new StringBuilder("<HoSo>");
    while (xml.length() < 10_000) {
      xml.append("<Dong>Nguyễn Văn A, xã Ba Đình, Hà Nội</Dong>");
    }
    document = xml.append("</HoSo>").toString().getBytes(StandardCharsets.UTF_8);
    KeyPair rootKeys = rsa();
    X509Certificate root = certificate("CN=BENCH Root", rootKeys, "CN=BENCH Root", rootKeys, true);
    keys = rsa();
    certificate = certificate("CN=BENCH Signer", keys, "CN=BENCH Root", rootKeys, false);
    List<X509Certificate> chain = List.of(certificate, root);
    key =
        new SigningKey() {
          @Override
          public List<X509Certificate> certificateChain() {
            return chain;
          }

          @Override
          public byte[] sign(byte[] dataToSign, SignatureAlgorithm algorithm) {
            return rsaSign(keys.getPrivate(), dataToSign);
          }
        };
    parameters = SignatureParameters.builder(chain).rsaPadding(RsaPadding.PKCS1_V1_5).build();
    signer = XadesSigner.create();
    validator = XadesValidator.builder().trustAnchors(List.of(root)).build();
    signed = signer.sign(document, parameters, key);
    rawSignature = rsaSign(keys.getPrivate(), document);
  }

  @Benchmark
  public byte[] xadesSign() {
    return signer.sign(document, parameters, key);
  }

  @Benchmark
  public ValidationReport xadesValidate() {
    return validator.validate(signed);
  }

  @Benchmark
  public byte[] baselineRawRsaSign() {
    return rsaSign(keys.getPrivate(), document);
  }

  @Benchmark
  public boolean baselineRawRsaVerify() throws Exception {
    Signature s = Signature.getInstance("SHA256withRSA");
    s.initVerify(certificate);
    s.update(document);
    return s.verify(rawSignature);
  }

  private static byte[] rsaSign(PrivateKey key, byte[] data) {
    try {
      Signature s = Signature.getInstance("SHA256withRSA");
      s.initSign(key);
      s.update(data);
      return s.sign();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
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
}
