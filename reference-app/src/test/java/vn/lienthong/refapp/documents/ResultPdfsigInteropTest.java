package vn.lienthong.refapp.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issued results checked by an independent implementation, poppler's {@code pdfsig}: both
 * signatures valid, the last one over the total document. pdfsig's NSS trust check rejects the demo
 * root, so chain validation is left to sdk-signature ({@link ResultDocumentsTest}). Skipped with a
 * message when pdfsig is missing (required on CI). The files stay in {@code
 * target/interop/refapp/}.
 */
class ResultPdfsigInteropTest {

  private static final Path DIR = Path.of("target", "interop", "refapp");

  @BeforeAll
  static void requirePdfsig() throws Exception {
    if (!"true".equalsIgnoreCase(System.getenv("CI"))) {
      assumeTrue(
          onPath("pdfsig"),
          "pdfsig is not installed: apt-get install -y poppler-utils (the CI script .ci/run does it)");
    }
    assertThat(onPath("pdfsig")).as("pdfsig must be installed on CI (.ci/run)").isTrue();
    Files.createDirectories(DIR);
  }

  @Test
  void pdfsigVerifiesBothSignaturesOfABirthExtract() throws Exception {
    byte[] signed = DocumentFixtures.documents().issue(DocumentFixtures.birthExtract());
    String out = pdfsig(write("trich-luc-khai-sinh.pdf", signed));
    assertBothValid(out);
  }

  @Test
  void pdfsigVerifiesBothSignaturesOfACertifiedCopy() throws Exception {
    byte[] signed =
        DocumentFixtures.documents()
            .issue(DocumentFixtures.certifiedCopy(DocumentFixtures.original(3)));
    assertBothValid(pdfsig(write("ban-sao-chung-thuc.pdf", signed)));
  }

  @Test
  void pdfsigSeesTheApproverSignatureAloneAsPartial() throws Exception {
    ResultDocuments documents = DocumentFixtures.documents();
    byte[] approverOnly =
        documents.signAsApprover(documents.renderResult(DocumentFixtures.residence()));
    byte[] both = documents.sealAsAgency(approverOnly, DocumentFixtures.office());
    String out = pdfsig(write("xac-nhan-cu-tru.pdf", both));
    String first = out.substring(out.indexOf("Signature #1"), out.indexOf("Signature #2"));
    assertThat(first).contains("Signature is Valid.").doesNotContain("Total document signed");
  }

  private static void assertBothValid(String out) {
    assertThat(out).contains("Signature #1").contains("Signature #2");
    String first = out.substring(out.indexOf("Signature #1"), out.indexOf("Signature #2"));
    String last = out.substring(out.indexOf("Signature #2"));
    assertThat(first).contains("Signature is Valid.");
    assertThat(last).contains("Signature is Valid.").contains("Total document signed");
  }

  private static Path write(String name, byte[] bytes) throws Exception {
    Path f = DIR.resolve(name);
    Files.write(f, bytes);
    return f;
  }

  private static String pdfsig(Path file) throws Exception {
    Process p = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return out;
  }

  private static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }
}
