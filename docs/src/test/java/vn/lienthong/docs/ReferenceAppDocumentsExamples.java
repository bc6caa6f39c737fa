package vn.lienthong.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.admin.AdministrativeUnits;
import vn.lienthong.core.id.DossierCode;
import vn.lienthong.refapp.AppConfig;
import vn.lienthong.refapp.documents.Approver;
import vn.lienthong.refapp.documents.IssuingOffice;
import vn.lienthong.refapp.documents.ResultData;
import vn.lienthong.refapp.documents.ResultDocuments;
import vn.lienthong.refapp.documents.ResultKind;
import vn.lienthong.refapp.documents.SigningKeys;
import vn.lienthong.refapp.uploads.InspectedUpload;
import vn.lienthong.refapp.uploads.UploadInspector;
import vn.lienthong.refapp.uploads.UploadType;
import vn.lienthong.signature.Indication;
import vn.lienthong.signature.ValidationReport;

/** Examples of docs/reference-app.md: documents, signatures and uploads. */
class ReferenceAppDocumentsExamples {

  @Test
  void resultDocuments(@TempDir Path dataDir) {
    AppConfig config = AppConfig.of(Map.of(AppConfig.DATA_DIR, dataDir.toString()));
    // tag::result-documents[]
    // Demo keys at first start (data.dir/pki/demo-*.p12), or signing.* settings for real ones.
    try (SigningKeys keys = SigningKeys.fromConfig(config, Instant.now())) {
      ResultDocuments documents = ResultDocuments.builder().keys(keys).build();
      IssuingOffice office =
          IssuingOffice.of(AdministrativeUnits.current().commune("00004").orElseThrow());
      ResultData birth =
          ResultData.builder(ResultKind.BIRTH_EXTRACT)
              .dossierCode(DossierCode.parse("000.00.01.H22-250701-0001"))
              .office(office)
              .number("15/TLKS-BS")
              .issuedAt(Instant.now())
              .approver(new Approver("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Bình"))
              .field("Họ, chữ đệm, tên", "Nguyễn Minh Khôi")
              .field("Ngày, tháng, năm sinh", "20/06/2025")
              .build();

      byte[] pdf = documents.renderResult(birth); // Decree 30 heading and signature block
      byte[] approved = documents.signAsApprover(pdf); // blue signature between title and name
      byte[] issued = documents.sealAsAgency(approved, office); // red seal over its left third

      List<ValidationReport> reports = documents.validator().validate(issued);
      // [PASSED (approver, later signature allowed), PASSED (agency, total document)]
      // end::result-documents[]
      assertThat(reports)
          .extracting(ValidationReport::indication)
          .containsExactly(Indication.PASSED, Indication.PASSED);
      assertThat(reports.get(1).fullDocumentSigned()).isTrue();
    }
  }

  @Test
  void uploads() throws Exception {
    byte[] polyglot = "%PDF-1.7\n%<html><script>alert(1)</script>".getBytes("ISO-8859-1");
    byte[] png = java.util.Base64.getDecoder().decode(PNG_1X1);
    var request = new ByteArrayInputStream(png);
    long contentLength = png.length;
    // tag::uploads[]
    UploadInspector inspector = UploadInspector.builder().maxBytes(5 * 1024 * 1024).build();

    // Read with a bound: a claimed 1 GB is refused before a byte is read (LT-APP-0301).
    InspectedUpload upload = inspector.inspect("giay-chung-sinh", request, contentLength);
    upload.type(); // PNG, from the content, whatever the name or the claimed type said
    upload.sha256(); // for sdk-core's Attachment

    // Hostile files are refused with a code and a Vietnamese message naming the field:
    // "Tệp giay-chung-sinh đồng thời là loại tệp khác hoặc có dữ liệu nằm ngoài phần kết thúc tệp:
    // ..."
    assertThatThrownBy(() -> inspector.inspect("giay-chung-sinh", polyglot))
        .isInstanceOf(InvalidInputException.class); // LT-APP-0303
    // end::uploads[]
    assertThat(upload.type()).isEqualTo(UploadType.PNG);
  }

  /** A 1x1 transparent PNG. */
  private static final String PNG_1X1 =
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
}
