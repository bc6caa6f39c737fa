package vn.lienthong.benchmarks.signature;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
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
import vn.lienthong.signature.SignatureAlgorithm;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.SigningKey;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.jws.JwsSigner;
import vn.lienthong.signature.jws.JwsValidator;

/**
 * Compact ES256 JWS (JAdES B-B header with {@code x5c}) of a 1 KB JSON report: our full validation
 * (header checks, certificate parse, signature, PKIX chain to the anchor) against the baseline of
 * raw Nimbus {@code JWSObject.parse(...).verify(...)} with the key already known, in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JwsBenchmark {

  private byte[] payload;
  private String jws;
  private JwsValidator validator;
  private ECDSAVerifier nimbusVerifier;
  private JwsSigner signer;
  private SignatureParameters parameters;
  private SigningKey key;

  @Setup
  public void setUp() throws Exception {
    StringBuilder json = new StringBuilder("{\"ketQua\":[");
    while (json.length() < 1_000) {
      json.append("{\"ma\":\"BM-01\",\"moTa\":\"Đạt yêu cầu\"},");
    }
    payload = json.append("{}]}").toString().getBytes(StandardCharsets.UTF_8);
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
    g.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair rootKeys = g.generateKeyPair();
    KeyPair keys = g.generateKeyPair();
    X509Certificate root = certificate("CN=BENCH Root", rootKeys, "CN=BENCH Root", rootKeys, true);
    X509Certificate cert = certificate("CN=BENCH Signer", keys, "CN=BENCH Root", rootKeys, false);
    List<X509Certificate> chain = List.of(cert, root);
    key =
        new SigningKey() {
          @Override
          public List<X509Certificate> certificateChain() {
            return chain;
          }

          @Override
          public byte[] sign(byte[] dataToSign, SignatureAlgorithm algorithm) {
            try {
              Signature s = Signature.getInstance("SHA256withECDSA");
              s.initSign(keys.getPrivate());
              s.update(dataToSign);
              return s.sign();
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          }
        };
    parameters = SignatureParameters.builder(chain).build();
    signer = JwsSigner.create();
    jws = signer.sign(payload, parameters, key);
    validator = JwsValidator.builder().trustAnchors(List.of(root)).build();
    nimbusVerifier = new ECDSAVerifier((ECPublicKey) keys.getPublic(), Set.of("sigT"));
  }

  @Benchmark
  public ValidationReport jwsValidateEs256() {
    return validator.validate(jws);
  }

  @Benchmark
  public boolean baselineNimbusVerifyEs256() throws Exception {
    return JWSObject.parse(jws).verify(nimbusVerifier);
  }

  @Benchmark
  public String jwsSignEs256() {
    return signer.sign(payload, parameters, key);
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
            b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKeys.getPrivate())));
  }
}
