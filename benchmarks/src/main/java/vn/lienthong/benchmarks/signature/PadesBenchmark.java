package vn.lienthong.benchmarks.signature;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
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
import vn.lienthong.signature.Pkcs12SigningKey;
import vn.lienthong.signature.RsaPadding;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.SigningKey;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.pades.PadesParameters;
import vn.lienthong.signature.pades.PadesSigner;
import vn.lienthong.signature.pades.PadesValidator;

/**
 * PAdES B-B signing of a 1 MB PDF (RSA-2048 PKCS#1 v1.5 from a PKCS#12 key, invisible signature)
 * and validation of the result, against the baseline of a plain PDFBox incremental save of the same
 * document (load, change the catalog, save incrementally): the floor of any PDFBox-based signer, so
 * the ratio shows what the signature work costs. EU DSS 6.4 as a second baseline is still to be
 * added (issue 8).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PadesBenchmark {

  private byte[] pdf;
  private PadesParameters parameters;
  private SigningKey key;
  private PadesSigner signer;
  private PadesValidator validator;
  private byte[] signed;

  @Setup
  public void setUp() throws Exception {
    pdf = megabytePdf();
    KeyPair rootKeys = rsa();
    X509Certificate root = certificate("CN=BENCH Root", rootKeys, "CN=BENCH Root", rootKeys, true);
    KeyPair keys = rsa();
    X509Certificate cert = certificate("CN=BENCH Signer", keys, "CN=BENCH Root", rootKeys, false);
    char[] password = "bench".toCharArray();
    KeyStore ks = KeyStore.getInstance("PKCS12");
    ks.load(null, null);
    ks.setKeyEntry("signer", keys.getPrivate(), password, new Certificate[] {cert, root});
    ByteArrayOutputStream p12 = new ByteArrayOutputStream();
    ks.store(p12, password);
    key = Pkcs12SigningKey.load(new ByteArrayInputStream(p12.toByteArray()), password, "signer");
    parameters =
        PadesParameters.builder(
                SignatureParameters.builder(List.of(cert, root))
                    .rsaPadding(RsaPadding.PKCS1_V1_5)
                    .build())
            .build();
    signer = PadesSigner.create();
    validator = PadesValidator.builder().trustAnchors(List.of(root)).build();
    signed = signer.sign(pdf, parameters, key);
  }

  @Benchmark
  public byte[] padesSign() {
    return signer.sign(pdf, parameters, key);
  }

  @Benchmark
  public List<ValidationReport> padesValidate() {
    return validator.validate(signed);
  }

  @Benchmark
  public byte[] baselinePdfboxIncrementalSave() throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
      catalog.setString(org.apache.pdfbox.cos.COSName.LANG, "vi-VN");
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 4096);
      doc.saveIncremental(out, Set.of(catalog));
      return out.toByteArray();
    }
  }

  /** About 1 MB: pages of uncompressed drawing operators. */
  static byte[] megabytePdf() throws Exception {
    Random random = new Random(42);
    try (PDDocument doc = new PDDocument()) {
      while (true) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs =
            new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, false)) {
          for (int i = 0; i < 2000; i++) {
            cs.moveTo(random.nextInt(595), random.nextInt(842));
            cs.lineTo(random.nextInt(595), random.nextInt(842));
            cs.stroke();
          }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        if (out.size() >= 1024 * 1024) {
          return out.toByteArray();
        }
      }
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
            BigInteger.valueOf(now.toEpochMilli()),
            Date.from(now.minus(Duration.ofDays(1))),
            Date.from(now.plus(Duration.ofDays(365))),
            new X500Name(subject),
            subjectKeys.getPublic());
    b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
    return new JcaX509CertificateConverter()
        .getCertificate(
            b.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate())));
  }
}
