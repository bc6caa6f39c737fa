package vn.lienthong.conformance.internal.checks;

import java.security.cert.X509Certificate;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.lienthong.conformance.Check;
import vn.lienthong.conformance.CheckContext;
import vn.lienthong.conformance.CheckResult;
import vn.lienthong.conformance.Text;
import vn.lienthong.signature.Indication;
import vn.lienthong.signature.ValidationFinding;
import vn.lienthong.signature.ValidationReport;

/**
 * The {@code sig.result.*} checks on a result PDF, judged from sdk-signature's {@code
 * PadesValidator} reports so that each fault is charged to one requirement only: a missing
 * signature to {@code LT-SIG-001} (is-signed), a broken signature or untrusted chain to {@code
 * LT-SIG-001} (signature-valid), content changed after signing to {@code LT-SIG-002}, the wrong
 * signers or order to {@code LT-SIG-003}, a forbidden algorithm or key to {@code LT-SIG-005}. When
 * a fault owned by another check stops the validator before what this check needs, the check is
 * skipped and says why. Immutable and thread-safe.
 */
public final class PadesCheck implements Check {

  /** Which of the signature checks. */
  public enum Kind {
    /** {@code sig.result.is-signed}. */
    IS_SIGNED("sig.result.is-signed", "LT-SIG-001"),
    /** {@code sig.result.signature-valid}. */
    SIGNATURE_VALID("sig.result.signature-valid", "LT-SIG-001"),
    /** {@code sig.result.full-scope}. */
    FULL_SCOPE("sig.result.full-scope", "LT-SIG-002"),
    /** {@code sig.result.two-signatures-in-order}. */
    TWO_SIGNATURES_IN_ORDER("sig.result.two-signatures-in-order", "LT-SIG-003"),
    /** {@code sig.result.crypto-policy}. */
    CRYPTO_POLICY("sig.result.crypto-policy", "LT-SIG-005");

    final String id;
    final String requirement;

    Kind(String id, String requirement) {
      this.id = id;
      this.requirement = requirement;
    }
  }

  /** Findings of the crypto policy (LT-SIG-005). */
  static final Set<ValidationFinding> CRYPTO =
      EnumSet.of(
          ValidationFinding.ALGORITHM_NOT_ALLOWED,
          ValidationFinding.KEY_TOO_SMALL,
          ValidationFinding.WEAK_ALGORITHM_SHA1);

  /** Findings of content changed after signing (LT-SIG-002). */
  static final Set<ValidationFinding> CHANGED =
      EnumSet.of(ValidationFinding.DIGEST_MISMATCH, ValidationFinding.PDF_CHANGED_AFTER_SIGNING);

  /** Findings that make a signature invalid (LT-SIG-001). */
  static final Set<ValidationFinding> INVALID =
      EnumSet.of(
          ValidationFinding.STRUCTURE_INVALID,
          ValidationFinding.DUPLICATE_ID,
          ValidationFinding.SIGNATURE_VALUE_INVALID,
          ValidationFinding.SIGNING_CERTIFICATE_MISMATCH,
          ValidationFinding.NO_CHAIN_TO_TRUST_ANCHOR,
          ValidationFinding.CERTIFICATE_OUT_OF_VALIDITY,
          ValidationFinding.KEY_USAGE_NOT_SIGNING,
          ValidationFinding.PDF_SIGNATURE_DICTIONARY_INVALID,
          ValidationFinding.PDF_BYTE_RANGE_INVALID,
          ValidationFinding.CMS_STRUCTURE_INVALID);

  /** Findings that stop the validator before the algorithms are read. */
  static final Set<ValidationFinding> BEFORE_ALGORITHM =
      EnumSet.of(
          ValidationFinding.PDF_SIGNATURE_DICTIONARY_INVALID,
          ValidationFinding.PDF_BYTE_RANGE_INVALID,
          ValidationFinding.CMS_STRUCTURE_INVALID);

  private static final Locale VI = Locale.forLanguageTag("vi");

  private final Kind kind;

  /**
   * Creates one of the checks.
   *
   * @param kind which
   */
  public PadesCheck(Kind kind) {
    this.kind = kind;
  }

  @Override
  public String id() {
    return kind.id;
  }

  @Override
  public String requirement() {
    return kind.requirement;
  }

  @Override
  public CheckResult run(CheckContext context) {
    ResultPdf pdf = ResultPdf.of(context);
    if (pdf.notConfigured != null) {
      return CheckResult.skipped(pdf.notConfigured);
    }
    if (pdf.unusable != null) {
      return CheckResult.error(pdf.unusable, pdf.evidence);
    }
    if (pdf.notAPdf != null) {
      return kind == Kind.IS_SIGNED
          ? CheckResult.failed(
              expected(), "Tệp không phải PDF đọc được: " + pdf.notAPdf, pdf.notAPdf, pdf.evidence)
          : CheckResult.skipped(seeOther("LT-SIG-001", "tệp không phải PDF đọc được", "not a PDF"));
    }
    List<ValidationReport> reports = pdf.reports;
    if (reports.isEmpty()) {
      return kind == Kind.IS_SIGNED
          ? CheckResult.failed(
              expected(),
              "Tệp PDF " + pdf.source + " không có chữ ký số nào",
              "the PDF " + pdf.source + " has no signature",
              pdf.evidence)
          : CheckResult.skipped(seeOther("LT-SIG-001", "văn bản không có chữ ký", "no signature"));
    }
    return switch (kind) {
      case IS_SIGNED ->
          CheckResult.passed(reports.size() + " signature(s) in " + pdf.source, pdf.evidence);
      case SIGNATURE_VALID -> valid(context, pdf);
      case FULL_SCOPE -> fullScope(pdf);
      case TWO_SIGNATURES_IN_ORDER -> order(context, pdf);
      case CRYPTO_POLICY -> crypto(pdf);
    };
  }

  private CheckResult valid(CheckContext context, ResultPdf pdf) {
    if (context.trustAnchors().isEmpty()) {
      return CheckResult.skipped(
          new Text(
              "Chưa cấu hình chứng thư gốc tin cậy (--trust-anchor) nên không xác thực được chữ ký.",
              "No trust anchor configured (--trust-anchor): signatures cannot be validated."));
    }
    List<String> invalid = new ArrayList<>();
    List<String> invalidVi = new ArrayList<>();
    String unjudged = null;
    for (int i = 0; i < pdf.reports.size(); i++) {
      ValidationReport r = pdf.reports.get(i);
      List<ValidationFinding> bad = r.findings().stream().filter(INVALID::contains).toList();
      if (!bad.isEmpty()) {
        invalid.add("signature " + (i + 1) + ": " + describe(r, bad));
        invalidVi.add(describeVi(i, r));
      } else if (r.findings().contains(ValidationFinding.DIGEST_MISMATCH)) {
        unjudged = unjudged == null ? "LT-SIG-002" : unjudged;
      } else if (r.findings().stream().anyMatch(CRYPTO::contains)) {
        unjudged = unjudged == null ? "LT-SIG-005" : unjudged;
      }
    }
    if (!invalid.isEmpty()) {
      return CheckResult.failed(
          expected(), String.join("; ", invalidVi), String.join("; ", invalid), pdf.evidence);
    }
    if (unjudged != null) {
      return CheckResult.skipped(
          seeOther(
              unjudged, "lỗi khác làm dừng việc xác thực", "another fault stopped validation"));
    }
    return CheckResult.passed(
        pdf.reports.size() + " valid signature(s) chaining to a trust anchor", pdf.evidence);
  }

  private CheckResult fullScope(ResultPdf pdf) {
    List<String> changed = new ArrayList<>();
    List<String> changedVi = new ArrayList<>();
    for (int i = 0; i < pdf.reports.size(); i++) {
      List<ValidationFinding> f =
          pdf.reports.get(i).findings().stream().filter(CHANGED::contains).toList();
      if (!f.isEmpty()) {
        changed.add("signature " + (i + 1) + ": " + describe(pdf.reports.get(i), f));
        changedVi.add(describeVi(i, pdf.reports.get(i)));
      }
    }
    if (!changed.isEmpty()) {
      return CheckResult.failed(
          expected(), String.join("; ", changedVi), String.join("; ", changed), pdf.evidence);
    }
    ValidationReport last = pdf.reports.get(pdf.reports.size() - 1);
    if (last.fullDocumentSigned()) {
      return CheckResult.passed("the last signature covers the whole document", pdf.evidence);
    }
    if (last.findings().contains(ValidationFinding.PDF_ALLOWED_CHANGES_AFTER_SIGNING)) {
      return CheckResult.failed(
          expected(),
          "Có nội dung được thêm sau chữ ký cuối cùng; chữ ký cuối không bao trùm toàn bộ văn bản",
          "content was added after the last signature (allowed kinds only, but the last signature"
              + " does not cover the whole document)",
          pdf.evidence);
    }
    return CheckResult.skipped(
        seeOther(
            owner(last), "lỗi khác làm dừng việc xác thực", "another fault stopped validation"));
  }

  private CheckResult order(CheckContext context, ResultPdf pdf) {
    List<String> roles = new ArrayList<>();
    List<String> rolesVi = new ArrayList<>();
    List<Boolean> agency = new ArrayList<>();
    for (ValidationReport r : pdf.reports) {
      if (r.signingCertificate().isEmpty()) {
        return CheckResult.skipped(
            seeOther(owner(r), "không xác định được người ký", "the signer cannot be identified"));
      }
      boolean isAgency = isAgency(context, r.signingCertificate().get());
      agency.add(isAgency);
      roles.add(isAgency ? "agency" : "person");
      rolesVi.add(isAgency ? "cơ quan" : "cá nhân");
    }
    String observed = pdf.reports.size() + " signature(s), in order: " + String.join(", ", roles);
    if (agency.size() >= 2 && !agency.get(0) && agency.get(1)) {
      return CheckResult.passed(observed, pdf.evidence);
    }
    return CheckResult.failed(
        expected(),
        pdf.reports.size() + " chữ ký, theo thứ tự: " + String.join(", ", rolesVi),
        observed,
        pdf.evidence);
  }

  private CheckResult crypto(ResultPdf pdf) {
    List<String> weak = new ArrayList<>();
    List<String> weakVi = new ArrayList<>();
    boolean unjudged = false;
    for (int i = 0; i < pdf.reports.size(); i++) {
      ValidationReport r = pdf.reports.get(i);
      List<ValidationFinding> f = r.findings().stream().filter(CRYPTO::contains).toList();
      if (!f.isEmpty()) {
        weak.add("signature " + (i + 1) + ": " + describe(r, f));
        weakVi.add(describeVi(i, r));
      } else if (r.findings().stream().anyMatch(BEFORE_ALGORITHM::contains)) {
        unjudged = true;
      }
    }
    if (!weak.isEmpty()) {
      return CheckResult.failed(
          expected(), String.join("; ", weakVi), String.join("; ", weak), pdf.evidence);
    }
    if (unjudged) {
      return CheckResult.skipped(
          seeOther("LT-SIG-001", "chữ ký hỏng cấu trúc", "a signature is malformed"));
    }
    return CheckResult.passed("SHA-2 and allowed key sizes only", pdf.evidence);
  }

  /** The requirement whose fault stopped validation of this report. */
  private static String owner(ValidationReport r) {
    if (r.findings().stream().anyMatch(CRYPTO::contains)) {
      return "LT-SIG-005";
    }
    if (r.findings().stream().anyMatch(CHANGED::contains)) {
      return "LT-SIG-002";
    }
    return "LT-SIG-001";
  }

  static boolean isAgency(CheckContext context, X509Certificate certificate) {
    String subject =
        Normalizer.normalize(certificate.getSubjectX500Principal().getName(), Normalizer.Form.NFC)
            .toUpperCase(VI);
    var configured = context.setting(CheckContext.AGENCY_SUBJECT);
    if (configured.isPresent()) {
      return subject.contains(
          Normalizer.normalize(configured.get(), Normalizer.Form.NFC).toUpperCase(VI));
    }
    // A person's certificate names the person in CN and the agency in O: judge the CN.
    String name = commonName(certificate).map(n -> n.toUpperCase(VI)).orElse(subject);
    for (String marker :
        List.of("ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "UY BAN NHAN DAN", "UBND", "CƠ QUAN")) {
      if (name.contains(marker)) {
        return true;
      }
    }
    return false;
  }

  private static java.util.Optional<String> commonName(X509Certificate certificate) {
    try {
      for (javax.naming.ldap.Rdn rdn :
          new javax.naming.ldap.LdapName(certificate.getSubjectX500Principal().getName())
              .getRdns()) {
        if (rdn.getType().equalsIgnoreCase("CN")) {
          return java.util.Optional.of(
              Normalizer.normalize(rdn.getValue().toString(), Normalizer.Form.NFC));
        }
      }
    } catch (javax.naming.InvalidNameException e) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.empty();
  }

  private static String describeVi(int index, ValidationReport r) {
    return "Chữ ký thứ " + (index + 1) + ": " + Checks.cut(String.join(" ", r.messages(VI)), 400);
  }

  private static String describe(ValidationReport r, List<ValidationFinding> findings) {
    List<String> messages = r.messages(Locale.ENGLISH);
    String indication = r.indication() == Indication.PASSED ? "" : r.indication() + " ";
    return indication
        + findings.stream().map(Enum::name).toList()
        + (messages.isEmpty() ? "" : " — " + Checks.cut(String.join(" ", messages), 300));
  }

  private Text expected() {
    return switch (kind) {
      case IS_SIGNED ->
          new Text(
              "Văn bản kết quả là tệp PDF có chữ ký số PAdES",
              "the result is a PDF carrying a PAdES signature");
      case SIGNATURE_VALID ->
          new Text(
              "Mọi chữ ký số hợp lệ và xác thực được tới chứng thư gốc tin cậy",
              "every signature is valid and chains to a trust anchor");
      case FULL_SCOPE ->
          new Text(
              "Chữ ký cuối cùng bao trùm toàn bộ văn bản; không có nội dung nào bị sửa sau khi ký",
              "the last signature covers the whole document; nothing changed after signing");
      case TWO_SIGNATURES_IN_ORDER ->
          new Text(
              "Hai chữ ký theo thứ tự: người có thẩm quyền ký trước, cơ quan ký sau",
              "two signatures in order: the competent person first, then the agency");
      case CRYPTO_POLICY ->
          new Text(
              "Chỉ dùng SHA-2/SHA-3 với RSA từ 2048 bit hoặc ECDSA từ 256 bit; không dùng SHA-1",
              "SHA-2/SHA-3 with RSA ≥ 2048 or ECDSA ≥ 256 bits only; no SHA-1");
    };
  }

  private static Text seeOther(String requirement, String vi, String en) {
    return new Text(
        "Không đánh giá được: " + vi + " (xem " + requirement + ").",
        "Cannot be judged: " + en + " (see " + requirement + ").");
  }
}
