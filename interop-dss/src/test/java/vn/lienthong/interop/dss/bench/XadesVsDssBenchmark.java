package vn.lienthong.interop.dss.bench;

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
import vn.lienthong.signature.testpki.TestPki;
import vn.lienthong.signature.xades.XadesSigner;
import vn.lienthong.signature.xades.XadesValidator;

/**
 * XAdES B-B enveloped, 10 KB document, RSA-2048 PKCS#1 v1.5 from a PKCS#12 key: LienThong against
 * EU DSS 6.4 doing the same work in the same JVM (DSS in its own class loader, see IsolatedDss).
 * Both validate offline with the test root trusted and the test CAs' CRLs given. DSS signs with the
 * enveloped-signature transform (the form our validator accepts); both validate our file. Goal
 * (issue 8): LienThong at least 2x DSS on signing and 4x on validation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class XadesVsDssBenchmark {

  private byte[] document;
  private SignatureParameters parameters;
  private Pkcs12SigningKey key;
  private XadesSigner signer;
  private XadesValidator validator;
  private IsolatedDss dss;
  private byte[] ours;

  @Setup
  public void setUp() throws Exception {
    document = Samples.xml(200);
    TestPki.Signer person = Samples.person();
    key = Samples.key(person);
    parameters =
        SignatureParameters.builder(key.certificateChain())
            .rsaPadding(RsaPadding.PKCS1_V1_5)
            .build();
    signer = XadesSigner.create();
    validator = XadesValidator.builder().certificateVerifier(Samples.offlineVerifier()).build();
    dss = new IsolatedDss(person);
    ours = signer.sign(document, parameters, key);
    // Both must measure a successful validation, not an early rejection.
    if (validator.validate(ours).indication() != Indication.PASSED
        || dss.validCount(ours, "ours.xml", null) != 1) {
      throw new IllegalStateException("the benchmark's signature does not validate");
    }
  }

  @TearDown
  public void tearDown() {
    dss.close();
  }

  @Benchmark
  public byte[] lienthongSign() {
    return signer.sign(document, parameters, key);
  }

  @Benchmark
  public byte[] dssSign() {
    return dss.signXades(document, "XAdES-BASELINE-B", true);
  }

  @Benchmark
  public ValidationReport lienthongValidate() {
    return validator.validate(ours);
  }

  @Benchmark
  public int dssValidate() {
    return dss.validCount(ours, "ours.xml", null);
  }
}
