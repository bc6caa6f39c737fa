package vn.lienthong.benchmarks.signature;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import vn.lienthong.signature.Pkcs12SigningKey;
import vn.lienthong.signature.RsaPadding;
import vn.lienthong.signature.SignatureLevel;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.SigningKey;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.testpki.TestPki;
import vn.lienthong.signature.timestamp.TimestampClient;
import vn.lienthong.signature.trust.CertificateVerifier;
import vn.lienthong.signature.trust.TrustAnchors;
import vn.lienthong.signature.xades.XadesSigner;
import vn.lienthong.signature.xades.XadesValidator;

/**
 * XAdES B-LT signing of a 10 KB document (signature timestamp from the test PKI's loopback TSA,
 * chains, OCSP responses and CRLs gathered through a caching {@link CertificateVerifier}) against
 * its baseline, B-B signing of the same document with the same key; plus offline validation of the
 * B-LT result from its embedded proofs. The ratio shows what the long-term level costs beyond the
 * signature itself (a TSA round trip on loopback, the proofs, the larger XML).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class XadesLongTermBenchmark {

  private byte[] document;
  private SignatureParameters parameters;
  private SigningKey key;
  private XadesSigner baseline;
  private XadesSigner longTerm;
  private XadesValidator offline;
  private byte[] signed;

  @Setup
  public void setUp() throws Exception {
    StringBuilder xml = new StringBuilder("<HoSo>");
    while (xml.length() < 10_000) {
      xml.append("<Dong>Nguyễn Văn A, xã Ba Đình, Hà Nội</Dong>");
    }
    document = xml.append("</HoSo>").toString().getBytes(StandardCharsets.UTF_8);
    TestPki pki = TestPki.shared();
    TestPki.Signer s = pki.personSigner("BENCH B-LT");
    key = Pkcs12SigningKey.load(s.pkcs12Stream(), TestPki.PASSWORD, "signer");
    parameters =
        SignatureParameters.builder(key.certificateChain())
            .rsaPadding(RsaPadding.PKCS1_V1_5)
            .build();
    CertificateVerifier verifier =
        CertificateVerifier.builder()
            .trustAnchors(TrustAnchors.of("BENCH", List.of(pki.root())))
            .build();
    baseline = XadesSigner.create();
    longTerm =
        XadesSigner.builder()
            .level(SignatureLevel.B_LT)
            .timestampSource(
                TimestampClient.builder()
                    .uri(pki.server().timestampUri())
                    .certificateVerifier(verifier)
                    .build())
            .certificateVerifier(verifier)
            .build();
    offline =
        XadesValidator.builder()
            .certificateVerifier(
                CertificateVerifier.builder()
                    .trustAnchors(TrustAnchors.of("BENCH", List.of(pki.root())))
                    .online(false)
                    .build())
            .build();
    signed = longTerm.sign(document, parameters, key);
  }

  @Benchmark
  public byte[] xadesBltSign() {
    return longTerm.sign(document, parameters, key);
  }

  @Benchmark
  public byte[] baselineXadesBbSign() {
    return baseline.sign(document, parameters, key);
  }

  @Benchmark
  public ValidationReport xadesBltValidateOffline() {
    return offline.validate(signed);
  }
}
