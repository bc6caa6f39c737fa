package vn.lienthong.interop.dss.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
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
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.pades.PadesParameters;
import vn.lienthong.signature.pades.PadesSigner;
import vn.lienthong.signature.pades.PadesValidator;
import vn.lienthong.signature.testpki.TestPki;

/**
 * PAdES B-B, invisible signature, RSA-2048 PKCS#1 v1.5 from a PKCS#12 key, on a one-page PDF, a
 * 100-page PDF (the two sizes) and a PDF of about 10 MB: LienThong against EU DSS 6.4 doing
 * the same work in the same JVM (DSS in its own class loader, see IsolatedDss). Both validate
 * offline with the test root trusted and the test CAs' CRLs given, and both validate the file
 * LienThong signed. Goal (issue 8): LienThong at least 2x DSS on signing and 4x on validation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class PadesVsDssBenchmark {

  /** {@code 1page}, {@code 100pages} or {@code 10MB}. */
  @Param({"1page", "100pages", "10MB"})
  public String size;

  private byte[] pdf;
  private PadesParameters parameters;
  private Pkcs12SigningKey key;
  private PadesSigner signer;
  private PadesValidator validator;
  private IsolatedDss dss;
  private byte[] ours;

  @Setup
  public void setUp() throws Exception {
    pdf =
        switch (size) {
          case "1page" -> Samples.pdf(1);
          case "100pages" -> Samples.pdf(100);
          case "10MB" -> Samples.largePdf(10 * 1024 * 1024);
          default -> throw new IllegalArgumentException("size: 1page, 100pages or 10MB");
        };
    TestPki.Signer person = Samples.person();
    key = Samples.key(person);
    parameters =
        PadesParameters.builder(
                vn.lienthong.signature.SignatureParameters.builder(key.certificateChain())
                    .rsaPadding(RsaPadding.PKCS1_V1_5)
                    .build())
            .build();
    signer = PadesSigner.create();
    validator = PadesValidator.builder().certificateVerifier(Samples.offlineVerifier()).build();
    dss = new IsolatedDss(person);
    ours = signer.sign(pdf, parameters, key);
    // Both must measure a successful validation, not an early rejection.
    if (validator.validate(ours).get(0).indication() != Indication.PASSED
        || dss.validCount(ours, "ours.pdf", null) != 1) {
      throw new IllegalStateException("the benchmark's signature does not validate");
    }
  }

  @TearDown
  public void tearDown() {
    dss.close();
  }

  @Benchmark
  public byte[] lienthongSign() {
    return signer.sign(pdf, parameters, key);
  }

  @Benchmark
  public byte[] dssSign() {
    return dss.signPades(pdf, "PAdES-BASELINE-B");
  }

  @Benchmark
  public List<ValidationReport> lienthongValidate() {
    return validator.validate(ours);
  }

  @Benchmark
  public int dssValidate() {
    return dss.validCount(ours, "ours.pdf", null);
  }
}
