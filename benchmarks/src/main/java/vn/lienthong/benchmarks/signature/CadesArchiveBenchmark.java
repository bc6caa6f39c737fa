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
import vn.lienthong.signature.SignatureLevel;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.SigningKey;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.cades.CadesExtender;
import vn.lienthong.signature.cades.CadesSigner;
import vn.lienthong.signature.cades.CadesValidator;
import vn.lienthong.signature.testpki.TestPki;
import vn.lienthong.signature.timestamp.TimestampClient;
import vn.lienthong.signature.trust.CertificateVerifier;
import vn.lienthong.signature.trust.TrustAnchors;

/**
 * CAdES B-LTA extension (a B-LT detached signature over 100 KB gets its archive-time-stamp-v3: the
 * proofs re-checked through a caching {@link CertificateVerifier}, the ats-hash-index-v3 built, a
 * loopback TSA round trip) against its baseline, the B-LT extension of a B-T signature (the proofs
 * gathered and embedded, no archive timestamp); plus offline validation of each result. The ratios
 * show what the archive timestamp costs on top of B-LT, to make and to check.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CadesArchiveBenchmark {

  private byte[] content;
  private byte[] bt;
  private byte[] lt;
  private byte[] lta;
  private CadesExtender extender;
  private CadesValidator offline;

  @Setup
  public void setUp() throws Exception {
    StringBuilder text = new StringBuilder();
    while (text.length() < 100_000) {
      text.append("Hồ sơ số 000.00.01.H01-250701-0001, xã Ba Đình, Hà Nội. ");
    }
    content = text.toString().getBytes(StandardCharsets.UTF_8);
    TestPki pki = TestPki.shared();
    TestPki.Signer s = pki.personSigner("BENCH CAdES B-LTA");
    SigningKey key = Pkcs12SigningKey.load(s.pkcs12Stream(), TestPki.PASSWORD, "signer");
    SignatureParameters parameters = SignatureParameters.builder(key.certificateChain()).build();
    CertificateVerifier verifier =
        CertificateVerifier.builder()
            .trustAnchors(TrustAnchors.of("BENCH", List.of(pki.root())))
            .build();
    TimestampClient tsa =
        TimestampClient.builder()
            .uri(pki.server().timestampUri())
            .certificateVerifier(verifier)
            .build();
    bt =
        CadesSigner.builder()
            .level(SignatureLevel.B_T)
            .timestampSource(tsa)
            .build()
            .sign(content, parameters, key);
    extender = CadesExtender.builder().timestampSource(tsa).certificateVerifier(verifier).build();
    lt = extender.extend(bt, content, SignatureLevel.B_LT);
    lta = extender.extend(lt, content, SignatureLevel.B_LTA);
    offline =
        CadesValidator.builder()
            .certificateVerifier(
                CertificateVerifier.builder()
                    .trustAnchors(TrustAnchors.of("BENCH", List.of(pki.root())))
                    .online(false)
                    .build())
            .build();
  }

  @Benchmark
  public byte[] cadesBltaExtend() {
    return extender.extend(lt, content, SignatureLevel.B_LTA);
  }

  @Benchmark
  public byte[] baselineCadesBltExtend() {
    return extender.extend(bt, content, SignatureLevel.B_LT);
  }

  @Benchmark
  public ValidationReport cadesBltaValidateOffline() {
    return offline.validate(lta, content);
  }

  @Benchmark
  public ValidationReport baselineCadesBltValidateOffline() {
    return offline.validate(lt, content);
  }
}
