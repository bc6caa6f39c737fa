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
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.SigningKey;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.testpki.TestPki;
import vn.lienthong.signature.xades.DetachedDocument;
import vn.lienthong.signature.xades.XadesPackaging;
import vn.lienthong.signature.xades.XadesSigner;
import vn.lienthong.signature.xades.XadesValidator;

/**
 * XAdES B-B signing of the same 10 KB document detached (a reference to the file's bytes, no
 * parsing) and enveloping (the document inside a {@code ds:Object}), against the baseline of the
 * enveloped packaging (parse, enveloped transform, canonicalize the whole document), RSA-2048
 * PKCS#1 v1.5 with a key of the test PKI; and the validation of the enveloped and detached results.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class XadesPackagingBenchmark {

  private byte[] document;
  private List<DetachedDocument> files;
  private SignatureParameters parameters;
  private SigningKey key;
  private XadesSigner enveloped;
  private XadesSigner enveloping;
  private XadesSigner detached;
  private XadesValidator validator;
  private byte[] envelopedSignature;
  private byte[] detachedSignature;

  @Setup
  public void setUp() throws Exception {
    StringBuilder xml = new StringBuilder("<HoSo>");
    while (xml.length() < 10_000) {
      xml.append("<Dong>Nguyễn Văn A, xã Ba Đình, Hà Nội</Dong>");
    }
    document = xml.append("</HoSo>").toString().getBytes(StandardCharsets.UTF_8);
    files = List.of(DetachedDocument.of("ho-so.xml", document));
    TestPki pki = TestPki.shared();
    TestPki.Signer signer = pki.rsaSigner(2048);
    key = Pkcs12SigningKey.load(signer.pkcs12Stream(), TestPki.PASSWORD, "signer");
    parameters =
        SignatureParameters.builder(List.of(signer.certificate()))
            .rsaPadding(RsaPadding.PKCS1_V1_5)
            .build();
    enveloped = XadesSigner.create();
    enveloping = XadesSigner.builder().packaging(XadesPackaging.ENVELOPING).build();
    detached = XadesSigner.builder().packaging(XadesPackaging.DETACHED).build();
    validator = XadesValidator.builder().trustAnchors(List.of(pki.root())).build();
    envelopedSignature = enveloped.sign(document, parameters, key);
    detachedSignature = detached.sign(files, parameters, key);
  }

  /** Baseline: the enveloped packaging (the default). */
  @Benchmark
  public byte[] signEnveloped() {
    return enveloped.sign(document, parameters, key);
  }

  /** The detached packaging over the same bytes. */
  @Benchmark
  public byte[] signDetached() {
    return detached.sign(files, parameters, key);
  }

  /** The enveloping packaging of the same document (XML content). */
  @Benchmark
  public byte[] signEnveloping() {
    return enveloping.sign(document, parameters, key);
  }

  /** Baseline: validating the enveloped signature. */
  @Benchmark
  public ValidationReport validateEnveloped() {
    return validator.validate(envelopedSignature);
  }

  /** Validating the detached signature with its file. */
  @Benchmark
  public ValidationReport validateDetached() {
    return validator.validate(detachedSignature, files);
  }
}
