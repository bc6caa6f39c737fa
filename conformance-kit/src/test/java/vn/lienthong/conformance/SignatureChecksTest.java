package vn.lienthong.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code sig.result.*} checks on PDFs signed in the test with sdk-signature's PAdES signer:
 * each fault is caught by the requirement meant to catch it and by no other.
 */
class SignatureChecksTest {

  @TempDir static Path dir;
  private static final Map<String, Path> PDFS = new LinkedHashMap<>();

  @BeforeAll
  static void makePdfs() throws Exception {
    PDFS.put("good", write("good", ResultPdfs.good()));
    PDFS.put("unsigned", write("unsigned", ResultPdfs.unsigned()));
    PDFS.put("changed", write("changed", ResultPdfs.changedAfterSigning()));
    PDFS.put("sha1", write("sha1", ResultPdfs.sha1AgencySignature()));
    PDFS.put("order", write("order", ResultPdfs.wrongOrder()));
    PDFS.put("no-images", write("no-images", ResultPdfs.withoutImages()));
    PDFS.put("seal-right", write("seal-right", ResultPdfs.sealOnTheRight()));
    PDFS.put("time-format", write("time-format", ResultPdfs.wrongTimeFormat()));
    PDFS.put(
        "image-outside-block",
        write("image-outside-block", ResultPdfs.imageOutsideTheSignatureBlock()));
    PDFS.put("red-seal-text", write("red-seal-text", ResultPdfs.redSealText()));
  }

  private static Path write(String name, byte[] pdf) throws Exception {
    Path p = dir.resolve(name + ".pdf");
    Files.write(p, pdf);
    return p;
  }

  private static RunReport check(String pdf) {
    return ConformanceRun.builder()
        .target(java.net.URI.create("http://127.0.0.1:9"))
        .only("LT-SIG-*")
        .setting(CheckContext.RESULT_PDF_FILE, PDFS.get(pdf).toString())
        .setting(CheckContext.AGENCY_SUBJECT, ResultPdfs.AGENCY_SUBJECT)
        .trustAnchors(List.of(ResultPdfs.root()))
        .build()
        .execute();
  }

  private static List<String> failed(RunReport report) {
    return report.results().stream()
        .filter(r -> r.outcome() == Outcome.FAILED || r.outcome() == Outcome.ERROR)
        .map(r -> r.requirement().id())
        .toList();
  }

  private static Outcome check(RunReport report, String checkId) {
    return report.results().stream()
        .flatMap(r -> r.checks().stream())
        .filter(c -> c.checkId().equals(checkId))
        .findFirst()
        .orElseThrow()
        .result()
        .outcome();
  }

  @Test
  void aProperlySignedResultPassesEveryImplementedSignatureCheck() {
    RunReport report = check("good");
    assertThat(failed(report)).isEmpty();
    for (String id :
        List.of(
            "sig.result.is-signed",
            "sig.result.signature-valid",
            "sig.result.full-scope",
            "sig.result.two-signatures-in-order",
            "sig.result.decree30-appearance",
            "sig.result.crypto-policy")) {
      assertThat(check(report, id)).as(id).isEqualTo(Outcome.PASSED);
    }
    for (String id :
        List.of("LT-SIG-001", "LT-SIG-002", "LT-SIG-003", "LT-SIG-004", "LT-SIG-005")) {
      assertThat(report.result(id).orElseThrow().outcome()).as(id).isEqualTo(Outcome.PASSED);
    }
  }

  @Test
  void anUnsignedResultIsCaughtByLtSig001Only() {
    RunReport report = check("unsigned");
    assertThat(failed(report)).containsExactly("LT-SIG-001");
    assertThat(check(report, "sig.result.is-signed")).isEqualTo(Outcome.FAILED);
  }

  @Test
  void contentChangedAfterSigningIsCaughtByLtSig002Only() {
    RunReport report = check("changed");
    assertThat(failed(report)).containsExactly("LT-SIG-002");
    CheckResult r = report.result("LT-SIG-002").orElseThrow().checks().get(0).result();
    assertThat(r.observed()).contains("PDF_CHANGED_AFTER_SIGNING");
    assertThat(check(report, "sig.result.signature-valid")).isEqualTo(Outcome.PASSED);
  }

  @Test
  void aSha1SignatureIsCaughtByLtSig005Only() {
    RunReport report = check("sha1");
    assertThat(failed(report)).containsExactly("LT-SIG-005");
    assertThat(report.result("LT-SIG-005").orElseThrow().checks().get(0).result().observed())
        .contains("signature 2")
        .contains("ALGORITHM_NOT_ALLOWED");
  }

  @Test
  void theAgencySigningFirstIsCaughtByLtSig003Only() {
    RunReport report = check("order");
    assertThat(failed(report)).containsExactly("LT-SIG-003");
    assertThat(report.result("LT-SIG-003").orElseThrow().checks().get(0).result().observed())
        .contains("agency, person");
    assertThat(report.result("LT-SIG-003").orElseThrow().checks().get(0).result().observedVi())
        .contains("cơ quan, cá nhân");
  }

  @Test
  void withoutTrustAnchorsValidityIsSkippedNotFailed() {
    RunReport report =
        ConformanceRun.builder()
            .target(java.net.URI.create("http://127.0.0.1:9"))
            .only("LT-SIG-001")
            .setting(CheckContext.RESULT_PDF_FILE, PDFS.get("good").toString())
            .build()
            .execute();
    assertThat(check(report, "sig.result.signature-valid")).isEqualTo(Outcome.SKIPPED);
    assertThat(report.result("LT-SIG-001").orElseThrow().outcome()).isEqualTo(Outcome.SKIPPED);
  }

  @Test
  void anInteractiveOperatorCanGiveTheResultPdf() {
    RunReport report =
        ConformanceRun.builder()
            .target(java.net.URI.create("http://127.0.0.1:9"))
            .only("LT-SIG-001")
            .trustAnchors(List.of(ResultPdfs.root()))
            .operator(question -> java.util.Optional.of(PDFS.get("good").toString()))
            .build()
            .execute();
    assertThat(report.result("LT-SIG-001").orElseThrow().outcome()).isEqualTo(Outcome.PASSED);
  }

  @Test
  void aFileThatIsNotAPdfFailsIsSigned() throws Exception {
    Path notPdf = write("not-a-pdf", "<html>oops</html>".getBytes());
    RunReport report =
        ConformanceRun.builder()
            .target(java.net.URI.create("http://127.0.0.1:9"))
            .only("LT-SIG-*")
            .setting(CheckContext.RESULT_PDF_FILE, notPdf.toString())
            .trustAnchors(List.of(ResultPdfs.root()))
            .build()
            .execute();
    assertThat(failed(report)).containsExactly("LT-SIG-001");
  }

  private static CheckResult appearance(RunReport report) {
    return report.result("LT-SIG-004").orElseThrow().checks().get(0).result();
  }

  @Test
  void aResultWithoutImagesIsCaughtByLtSig004Only() {
    RunReport report = check("no-images");
    assertThat(failed(report)).containsExactly("LT-SIG-004");
    assertThat(appearance(report).observed())
        .contains("has no image")
        .contains("has no seal image")
        .doesNotContain("ISO 8601");
    assertThat(appearance(report).observedVi()).contains("không có hình ảnh chữ ký");
  }

  @Test
  void aSealOnTheWrongSideIsCaughtByLtSig004Only() {
    RunReport report = check("seal-right");
    assertThat(failed(report)).containsExactly("LT-SIG-004");
    assertThat(appearance(report).observed())
        .contains("does not overlap about a third")
        .contains("not on its left")
        .doesNotContain("not blue")
        .doesNotContain("not red");
  }

  @Test
  void aSigningTimeNotInIso8601IsCaughtByLtSig004Only() {
    RunReport report = check("time-format");
    assertThat(failed(report)).containsExactly("LT-SIG-004");
    assertThat(appearance(report).observed())
        .contains("no signing time as ISO 8601 with +07:00")
        .contains("01/07/2025 09:30")
        .doesNotContain("overlap");
    assertThat(appearance(report).expected().orElseThrow().vi()).contains("+07:00");
  }

  @Test
  void aSignatureImageOutsideTheSignatureBlockIsCaughtByLtSig004Only() {
    RunReport report = check("image-outside-block");
    assertThat(failed(report)).containsExactly("LT-SIG-004");
    assertThat(appearance(report).observed())
        .contains("not between the title line and the name line")
        .doesNotContain("overlap")
        .doesNotContain("not black");
    assertThat(appearance(report).observedVi()).contains("không nằm giữa dòng chức danh");
  }

  @Test
  void sealTextThatIsNotBlackIsCaughtByLtSig004Only() {
    RunReport report = check("red-seal-text");
    assertThat(failed(report)).containsExactly("LT-SIG-004");
    assertThat(appearance(report).observed())
        .contains("text is not black")
        .doesNotContain("not between")
        .doesNotContain("ISO 8601");
    assertThat(appearance(report).observedVi()).contains("không phải màu đen");
  }
}
