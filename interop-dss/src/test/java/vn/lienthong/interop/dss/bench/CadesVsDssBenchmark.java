package vn.lienthong.interop.dss.bench;

import java.util.Random;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import vn.lienthong.interop.dss.IsolatedDss;
import vn.lienthong.interop.dss.Samples;
import vn.lienthong.signature.Indication;
import vn.lienthong.signature.Pkcs12SigningKey;
import vn.lienthong.signature.RsaPadding;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.cades.CadesSigner;
import vn.lienthong.signature.cades.CadesValidator;
import vn.lienthong.signature.testpki.TestPki;

/**
 * CAdES B-B detached over 1 MB of content, RSA-2048 PKCS#1 v1.5 from a PKCS#12 key: LienThong
 * against EU DSS 6.4 doing the same work in the same JVM (DSS in its own class loader, see
 * IsolatedDss). Both validate offline with the test root trusted and the test CAs' CRLs given.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CadesVsDssBenchmark {

  private byte[] content;
  private SignatureParameters parameters;
  private Pkcs12SigningKey key;
  private CadesSigner signer;
  private CadesValidator validator;
  private IsolatedDss dss;
  private byte[] ours;

  @Setup
  public void setUp() throws Exception {
    content = new byte[1024 * 1024];
    new Random(42).nextBytes(content);
    TestPki.Signer person = Samples.person();
    key = Samples.key(person);
    parameters =
        SignatureParameters.builder(key.certificateChain())
            .rsaPadding(RsaPadding.PKCS1_V1_5)
            .build();
    signer = CadesSigner.create();
    validator = CadesValidator.builder().certificateVerifier(Samples.offlineVerifier()).build();
    dss = new IsolatedDss(person);
    ours = signer.sign(content, parameters, key);
    // Both must measure a successful validation, not an early rejection.
    if (validator.validate(ours, content).indication() != Indication.PASSED
        || dss.validCount(ours, "ours.p7s", content) != 1) {
      throw new IllegalStateException("the benchmark's signature does not validate");
    }
  }

  @TearDown
  public void tearDown() {
    dss.close();
  }

  @Benchmark
  public byte[] lienthongSign() {
    return signer.sign(content, parameters, key);
  }

  @Benchmark
  public byte[] dssSign() {
    return dss.signCades(content, "CAdES-BASELINE-B");
  }

  @Benchmark
  public ValidationReport lienthongValidate() {
    return validator.validate(ours, content);
  }

  @Benchmark
  public int dssValidate() {
    return dss.validCount(ours, "ours.p7s", content);
  }
}
