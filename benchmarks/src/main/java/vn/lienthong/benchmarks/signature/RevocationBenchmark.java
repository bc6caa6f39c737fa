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
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.cades.CadesSigner;
import vn.lienthong.signature.cades.CadesValidator;
import vn.lienthong.signature.testpki.TestPki;
import vn.lienthong.signature.trust.CertificateVerifier;
import vn.lienthong.signature.trust.TrustAnchors;

/**
 * CAdES B-B detached validation (1 KB content, RSA-2048, root, issuing CA, signer) with revocation
 * answered from the verifier's cache (OCSP for the signer and CRL for the issuing CA, fetched once
 * from the test PKI's loopback server during warm-up) against the baseline of the same validation
 * without revocation (chain only): the ratio is the cost of revocation once cached.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RevocationBenchmark {

  private byte[] content;
  private byte[] p7s;
  private CadesValidator withRevocation;
  private CadesValidator withoutRevocation;

  @Setup
  public void setUp() throws Exception {
    TestPki pki = TestPki.shared();
    TestPki.Signer s = pki.personSigner("BENCH Nguyễn Văn A");
    content = "Quyết định ".repeat(100).getBytes(StandardCharsets.UTF_8);
    Pkcs12SigningKey key = Pkcs12SigningKey.load(s.pkcs12Stream(), TestPki.PASSWORD, "signer");
    p7s =
        CadesSigner.create()
            .sign(content, SignatureParameters.builder(key.certificateChain()).build(), key);
    withRevocation =
        CadesValidator.builder()
            .certificateVerifier(
                CertificateVerifier.builder()
                    .trustAnchors(TrustAnchors.of("BENCH", List.of(pki.root())))
                    .build())
            .build();
    withoutRevocation = CadesValidator.builder().trustAnchors(List.of(pki.root())).build();
    if (!withRevocation.validate(p7s, content).revocationChecked()) {
      throw new IllegalStateException("revocation not checked");
    }
  }

  /** Validation with OCSP/CRL answers from the cache. */
  @Benchmark
  public ValidationReport validateWithCachedRevocation() {
    return withRevocation.validate(p7s, content);
  }

  /** Baseline: the same validation, chain only. */
  @Benchmark
  public ValidationReport validateWithoutRevocation() {
    return withoutRevocation.validate(p7s, content);
  }
}
