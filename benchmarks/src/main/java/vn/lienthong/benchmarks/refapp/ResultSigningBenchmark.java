package vn.lienthong.benchmarks.refapp;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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
import vn.lienthong.core.admin.AdministrativeUnits;
import vn.lienthong.core.id.DossierCode;
import vn.lienthong.refapp.AppConfig;
import vn.lienthong.refapp.documents.Approver;
import vn.lienthong.refapp.documents.IssuingOffice;
import vn.lienthong.refapp.documents.ResultData;
import vn.lienthong.refapp.documents.ResultDocuments;
import vn.lienthong.refapp.documents.ResultKind;
import vn.lienthong.refapp.documents.SigningKeys;
import vn.lienthong.signature.SignatureAlgorithm;
import vn.lienthong.signature.SignatureParameters;

/**
 * The reference app's result signing: a rendered birth extract signed by the competent person
 * (signature image) then by the agency (seal over it), both PAdES B-B with the Decree 30 appearance
 * and RSA-2048 demo keys; against two baselines in the same class: the two raw RSA signatures alone
 * (the key's floor) and two plain PDFBox incremental saves of the same PDF (the PDF floor). Their
 * sum is what any PDFBox-based two-signature flow costs at least; the difference is the appearance
 * and CMS work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ResultSigningBenchmark {

  private Path dataDir;
  private SigningKeys keys;
  private ResultDocuments documents;
  private IssuingOffice office;
  private byte[] rendered;
  private byte[] digest;
  private SignatureAlgorithm algorithm;

  @Setup
  public void setUp() throws Exception {
    dataDir = Files.createTempDirectory("bench-refapp-");
    keys =
        SigningKeys.fromConfig(
            AppConfig.of(Map.of(AppConfig.DATA_DIR, dataDir.toString())), Instant.now());
    documents = ResultDocuments.builder().keys(keys).build();
    office = IssuingOffice.of(AdministrativeUnits.current().commune("00004").orElseThrow());
    ResultData data =
        ResultData.builder(ResultKind.BIRTH_EXTRACT)
            .dossierCode(DossierCode.parse("000.00.01.H22-250701-0001"))
            .office(office)
            .number("15/TLKS-BS")
            .issuedAt(Instant.parse("2025-07-01T02:30:00Z"))
            .approver(new Approver("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Bình"))
            .field("Họ, chữ đệm, tên", "Nguyễn Minh Khôi")
            .field("Ngày, tháng, năm sinh", "20/06/2025")
            .field("Nơi sinh", "Bệnh viện Phụ sản Hà Nội, Phường Ngọc Hà, Thành phố Hà Nội")
            .build();
    rendered = documents.renderResult(data);
    digest = new byte[200]; // about the size of the DER signed attributes a PAdES key signs
    algorithm =
        SignatureParameters.builder(keys.approver().certificateChain())
            .build()
            .signatureAlgorithm();
  }

  @TearDown
  public void tearDown() throws Exception {
    keys.close();
    try (var files = Files.walk(dataDir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** The subject: approver's signature then the agency's seal. */
  @Benchmark
  public byte[] approverThenAgency() {
    return documents.sealAsAgency(documents.signAsApprover(rendered), office);
  }

  /** Baseline: the two raw signatures with the same keys, nothing else. */
  @Benchmark
  public byte[] baselineTwoRawSignatures() {
    keys.approver().sign(digest, algorithm);
    return keys.agency().sign(digest, algorithm);
  }

  /** Baseline: two PDFBox incremental saves of the same PDF, no signature. */
  @Benchmark
  public byte[] baselineTwoIncrementalSaves() throws Exception {
    byte[] once = incrementalSave(rendered);
    return incrementalSave(once);
  }

  private static byte[] incrementalSave(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      doc.getDocumentInformation().setSubject("bench " + System.nanoTime());
      doc.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
      doc.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 4096);
      doc.saveIncremental(out);
      return out.toByteArray();
    }
  }
}
