package vn.lienthong.benchmarks.signature;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
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
import vn.lienthong.signature.SignatureLevel;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.SigningKey;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.pades.PadesParameters;
import vn.lienthong.signature.pades.PadesSigner;
import vn.lienthong.signature.pades.PadesValidator;
import vn.lienthong.signature.testpki.TestPki;
import vn.lienthong.signature.timestamp.TimestampClient;
import vn.lienthong.signature.trust.CertificateVerifier;
import vn.lienthong.signature.trust.TrustAnchors;

/**
 * PAdES B-LT signing of a one-page PDF (RSA-2048 from a PKCS#12 key, signature timestamp, then the
 * DSS update with chains, OCSP responses and CRLs) against its baseline, B-T signing of the same
 * document with the same key and timestamp authority: the ratio is the cost of the long-term data
 * (a second incremental save, the proofs gathered by the certificate verifier). The OCSP responder,
 * CRLs and TSA are the test PKI's on loopback; the verifier caches answers as it would in
 * production (up to an hour). Also the offline validation of the B-LT result from its DSS.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PadesLongTermBenchmark {

  private byte[] pdf;
  private SigningKey key;
  private PadesParameters bt;
  private PadesParameters blt;
  private PadesSigner signer;
  private PadesValidator offline;
  private byte[] signedBlt;

  @Setup
  public void setUp() throws Exception {
    TestPki pki = TestPki.shared();
    TestPki.Signer officer = pki.personSigner("BENCH Nguyễn Văn An");
    key = Pkcs12SigningKey.load(officer.pkcs12Stream(), TestPki.PASSWORD, "signer");
    TrustAnchors anchors = TrustAnchors.of("BENCH", List.of(pki.root()));
    CertificateVerifier verifier = CertificateVerifier.builder().trustAnchors(anchors).build();
    TimestampClient tsa =
        TimestampClient.builder()
            .uri(pki.server().timestampUri())
            .timeout(Duration.ofSeconds(5))
            .build();
    SignatureParameters sp = SignatureParameters.builder(key.certificateChain()).build();
    bt = PadesParameters.builder(sp).timestampSource(tsa).build();
    blt =
        PadesParameters.builder(sp)
            .level(SignatureLevel.B_LT)
            .timestampSource(tsa)
            .certificateVerifier(verifier)
            .build();
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage(PDRectangle.A4));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      pdf = out.toByteArray();
    }
    signer = PadesSigner.create();
    offline =
        PadesValidator.builder()
            .certificateVerifier(
                CertificateVerifier.builder().trustAnchors(anchors).online(false).build())
            .build();
    signedBlt = signer.sign(pdf, blt, key);
  }

  /** Baseline: B-T (signature timestamp, no validation data). */
  @Benchmark
  public byte[] signBaselineT() {
    return signer.sign(pdf, bt, key);
  }

  /** Subject: B-LT (B-T plus the DSS update). */
  @Benchmark
  public byte[] signBaselineLt() {
    return signer.sign(pdf, blt, key);
  }

  /** Offline validation of a B-LT PDF from its DSS. */
  @Benchmark
  public List<ValidationReport> validateBaselineLtOffline() {
    return offline.validate(signedBlt);
  }
}
