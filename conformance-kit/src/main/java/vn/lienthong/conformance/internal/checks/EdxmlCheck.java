package vn.lienthong.conformance.internal.checks;

import java.nio.charset.StandardCharsets;
import vn.lienthong.conformance.Check;
import vn.lienthong.conformance.CheckContext;
import vn.lienthong.conformance.CheckResult;
import vn.lienthong.conformance.Text;
import vn.lienthong.core.LienThongException;
import vn.lienthong.registry.edxml.EdxmlPackage;
import vn.lienthong.registry.edxml.EdxmlValidationResult;
import vn.lienthong.registry.edxml.EdxmlValidator;
import vn.lienthong.sandbox.exchange.ReceivedDocument;
import vn.lienthong.signature.ValidationFinding;
import vn.lienthong.signature.ValidationReport;

/**
 * {@code exc.edxml.structure} and {@code exc.edxml.signature} ({@code LT-EXC-001}): the package the
 * target sent to the kit's hub ({@link ExchangeScenario}) has the QCVN 102:2016 structure (read by
 * sdk-registry-clients {@link EdxmlValidator}: schema, manifest and attachments), and its XML
 * signature in {@code edXMLHeader} passes against the run's trust anchors with SHA-256 (no SHA-1
 * digest or signature method). Stateless and thread-safe.
 */
public final class EdxmlCheck implements Check {

  /** Which half of the requirement. */
  public enum Kind {
    /** The QCVN 102:2016 structure. */
    STRUCTURE,
    /** The XML signature, SHA-256. */
    SIGNATURE
  }

  private static final Text STRUCTURE_EXPECTED =
      new Text(
          "Văn bản gửi liên thông là gói edXML đúng cấu trúc QCVN 102:2016 (lược đồ, danh mục"
              + " và tệp đính kèm khớp nhau) và đến được trục liên thông",
          "the document arrives at the hub as an edXML package with the QCVN 102:2016 structure"
              + " (schema, manifest matching the attachments)");

  private static final Text SIGNATURE_EXPECTED =
      new Text(
          "Gói edXML có chữ ký số XML hợp lệ trong edXMLHeader, dùng SHA-256 (không dùng SHA-1),"
              + " chứng thư của người ký thuộc chuỗi tin cậy đã khai báo",
          "the edXML package carries a valid XML signature in edXMLHeader, with SHA-256 (no"
              + " SHA-1), by a signer chaining to the declared trust anchors");

  private final Kind kind;

  /**
   * Creates the check.
   *
   * @param kind which half
   */
  public EdxmlCheck(Kind kind) {
    this.kind = kind;
  }

  @Override
  public String id() {
    return kind == Kind.STRUCTURE ? "exc.edxml.structure" : "exc.edxml.signature";
  }

  @Override
  public String requirement() {
    return "LT-EXC-001";
  }

  @Override
  public CheckResult run(CheckContext context) {
    ExchangeScenario s = ExchangeScenario.of(context);
    if (s.stopped != null) {
      return CheckResult.skipped(s.stopped);
    }
    ReceivedDocument d = s.sent;
    if (d == null) {
      return CheckResult.failed(
          kind == Kind.STRUCTURE ? STRUCTURE_EXPECTED : SIGNATURE_EXPECTED,
          "Không có gói edXML nào đến trục liên thông của bộ công cụ sau "
              + s.waited.toSeconds()
              + " giây (trục từ chối gói sai cấu trúc)",
          "no edXML package reached the kit's hub within "
              + s.waited.toSeconds()
              + " s (the hub refuses packages with a wrong structure)",
          s.evidence);
    }
    byte[] xml = d.xml().getBytes(StandardCharsets.UTF_8);
    if (kind == Kind.STRUCTURE) {
      return structure(d, xml, s);
    }
    if (context.trustAnchors().isEmpty()) {
      return CheckResult.skipped(
          new Text(
              "Chưa khai báo chứng thư gốc tin cậy (--trust-anchors) nên không kiểm tra được chữ"
                  + " ký của gói edXML.",
              "No trust anchors given (--trust-anchors), so the edXML signature cannot be"
                  + " judged."));
    }
    EdxmlValidationResult r;
    try {
      r = EdxmlValidator.create(context.trustAnchors()).validate(xml);
    } catch (LienThongException e) {
      return CheckResult.failed(
          SIGNATURE_EXPECTED,
          "Không đọc được gói edXML để kiểm tra chữ ký: " + e.code(),
          "the edXML package could not be read to check its signature: " + e.code(),
          s.evidence);
    }
    ValidationReport report = r.signature();
    boolean sha1 = report.findings().contains(ValidationFinding.WEAK_ALGORITHM_SHA1);
    if (!r.valid() || sha1) {
      String seen =
          report.indication()
              + report.subIndication().map(x -> "/" + x).orElse("")
              + " "
              + report.findings();
      return CheckResult.failed(
          SIGNATURE_EXPECTED,
          "Chữ ký của gói "
              + Checks.cut(d.documentId(), 80)
              + ": "
              + (sha1 ? "dùng SHA-1; " : "")
              + seen,
          "signature of package "
              + Checks.cut(d.documentId(), 80)
              + ": "
              + (sha1 ? "uses SHA-1; " : "")
              + seen,
          s.evidence);
    }
    return CheckResult.passed(
        "package "
            + Checks.cut(d.documentId(), 80)
            + " signed by "
            + report.signerName().orElse("?")
            + ": PASSED, RSA with SHA-256",
        s.evidence);
  }

  private static CheckResult structure(ReceivedDocument d, byte[] xml, ExchangeScenario s) {
    EdxmlPackage p;
    try {
      p = EdxmlValidator.create(java.util.List.of(anyCertificate())).read(xml);
    } catch (LienThongException e) {
      return CheckResult.failed(
          STRUCTURE_EXPECTED,
          "Gói " + Checks.cut(d.documentId(), 80) + " sai cấu trúc: " + e.getMessage(),
          "package " + Checks.cut(d.documentId(), 80) + " breaks the structure: " + e.getMessage(),
          s.evidence);
    }
    return CheckResult.passed(
        "package "
            + Checks.cut(p.documentId(), 80)
            + " from "
            + p.from().id()
            + " to "
            + d.recipients()
            + ": QCVN 102:2016 structure, "
            + p.attachments().size()
            + " attachment(s), arrived after "
            + s.waited.toMillis()
            + " ms",
        s.evidence);
  }

  /** {@link EdxmlValidator#read} checks no signature but its factory needs an anchor. */
  private static java.security.cert.X509Certificate anyCertificate() {
    return vn.lienthong.signature.testpki.TestPki.shared().root();
  }
}
