package vn.lienthong.refapp.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.core.ErrorCatalogue;
import vn.lienthong.refapp.AppConfig;
import vn.lienthong.refapp.RefappErrorCode;
import vn.lienthong.refapp.ReferenceApp;
import vn.lienthong.refapp.uploads.UploadInspector;
import vn.lienthong.signature.Indication;
import vn.lienthong.signature.ValidationReport;

class DocumentsModuleTest {

  @TempDir Path dataDir;

  @Test
  void appStartRegistersDocumentServicesThatIssueValidResults() {
    AppConfig config =
        AppConfig.of(
            Map.of(
                AppConfig.HTTP_PORT, "0",
                AppConfig.DATA_DIR, dataDir.toString(),
                AppConfig.SANDBOX_ENABLED, "false",
                UploadInspector.MAX_BYTES_SETTING, "2097152"));
    try (ReferenceApp app = ReferenceApp.start(config)) {
      ResultDocuments documents = app.context().require(ResultDocuments.class);
      byte[] signed = documents.issue(DocumentFixtures.birthExtract());
      assertThat(documents.validator().validate(signed))
          .extracting(ValidationReport::indication)
          .containsExactly(Indication.PASSED, Indication.PASSED);
      assertThat(app.context().require(UploadInspector.class).maxBytes()).isEqualTo(2_097_152);
      assertThat(app.context().find(SigningKeys.class)).isPresent();
    }
    assertThat(dataDir.resolve("pki").resolve("demo-agency.p12")).isRegularFile();
  }

  @Test
  void documentAndUploadCodesHaveVietnameseAndEnglishTexts() {
    assertThat(ErrorCatalogue.problems(RefappErrorCode.class)).isEmpty();
  }
}
