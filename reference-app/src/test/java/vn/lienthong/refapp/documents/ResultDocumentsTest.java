package vn.lienthong.refapp.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.signature.Indication;
import vn.lienthong.signature.ValidationFinding;
import vn.lienthong.signature.ValidationReport;

class ResultDocumentsTest {

  private static final Locale VI = Locale.forLanguageTag("vi");

  @Test
  void birthExtractCarriesApproverThenAgencySignatureBothPassingInOrder() throws Exception {
    ResultDocuments documents = DocumentFixtures.documents();
    byte[] signed = documents.issue(DocumentFixtures.birthExtract());

    List<ValidationReport> reports = documents.validator().validate(signed);
    assertThat(reports).hasSize(2);
    ValidationReport approver = reports.get(0);
    ValidationReport agency = reports.get(1);
    assertThat(approver.indication()).as("%s", approver).isEqualTo(Indication.PASSED);
    assertThat(agency.indication()).as("%s", agency).isEqualTo(Indication.PASSED);
    assertThat(approver.findings()).contains(ValidationFinding.PDF_ALLOWED_CHANGES_AFTER_SIGNING);
    assertThat(agency.fullDocumentSigned()).as("the last signature covers the whole file").isTrue();
    SigningKeys keys = DocumentFixtures.keys();
    assertThat(approver.signingCertificate()).contains(keys.approver().certificateChain().get(0));
    assertThat(agency.signingCertificate()).contains(keys.agency().certificateChain().get(0));
    assertThat(approver.signingTime().orElseThrow())
        .isBeforeOrEqualTo(agency.signingTime().orElseThrow());
  }

  @Test
  void signaturesFollowTheDecree30Layout() throws Exception {
    byte[] signed = DocumentFixtures.documents().issue(DocumentFixtures.birthExtract());
    try (PDDocument doc = Loader.loadPDF(signed)) {
      var fields = doc.getSignatureFields();
      assertThat(fields).hasSize(2);
      PDRectangle image = fields.get(0).getWidgets().get(0).getRectangle();
      PDRectangle seal = fields.get(1).getWidgets().get(0).getRectangle();
      // between the title line (baseline 250) and the name (baseline 160), centred on the block
      assertThat(image.getLowerLeftY()).isGreaterThan(Layout.SIGNATURE_NAME_BASELINE + 10);
      assertThat(image.getUpperRightY()).isLessThan(Layout.SIGNATURE_TITLE_BASELINE - 5);
      assertThat(image.getLowerLeftX() + image.getWidth() / 2)
          .isCloseTo(Layout.SIGNATURE_CENTRE, within(0.5f));
      // the seal (36 mm) overlaps the left third of the signature image, from its left
      float sealWidth = 36f * 72f / 25.4f;
      float sealImageRight = seal.getLowerLeftX() + (seal.getWidth() + sealWidth) / 2;
      assertThat(sealImageRight)
          .isCloseTo(image.getLowerLeftX() + image.getWidth() / 3, within(1f));
      assertThat(seal.getLowerLeftX()).isLessThan(image.getLowerLeftX());
      // the seal's text: the agency's name and the time with the Viet Nam offset, 10 pt black
      var stream =
          fields
              .get(1)
              .getWidgets()
              .get(0)
              .getAppearance()
              .getNormalAppearance()
              .getAppearanceStream();
      String content = new String(stream.getContents().readAllBytes(), "ISO-8859-1");
      assertThat(content).contains(" 10 Tf").contains("0 0 0 rg");
    }
  }

  @Test
  void vietnameseTextIsExtractableInNfc() throws Exception {
    byte[] signed = DocumentFixtures.documents().issue(DocumentFixtures.birthExtract());
    String text;
    try (PDDocument doc = Loader.loadPDF(signed)) {
      text = new PDFTextStripper().getText(doc);
    }
    assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
    assertThat(text.toLowerCase(VI))
        .contains("Cộng hòa xã hội chủ nghĩa Việt Nam".toLowerCase(VI))
        .contains("độc lập - tự do - hạnh phúc");
    assertThat(text)
        .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        .contains("TRÍCH LỤC KHAI SINH")
        .contains("ỦY BAN NHÂN DÂN\nPHƯỜNG BA ĐÌNH")
        .contains("Ba Đình, ngày 01 tháng 7 năm 2025")
        .contains("Nguyễn Minh Khôi")
        .contains("Trần Văn Bình")
        .contains("Số: 15/TLKS-BS");
  }

  @Test
  void fontsAreEmbeddedSubsets() throws Exception {
    byte[] pdf = DocumentFixtures.documents().renderResult(DocumentFixtures.birthExtract());
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      var resources = doc.getPage(0).getResources();
      for (var name : resources.getFontNames()) {
        PDFont font = resources.getFont(name);
        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        assertThat(font.getName()).matches("[A-Z]{6}\\+LiberationSerif.*");
      }
    }
  }

  @Test
  void residenceConfirmationIsSignedTwice() throws Exception {
    ResultDocuments documents = DocumentFixtures.documents();
    byte[] signed = documents.issue(DocumentFixtures.residence());
    assertThat(documents.validator().validate(signed))
        .extracting(ValidationReport::indication)
        .containsExactly(Indication.PASSED, Indication.PASSED);
    try (PDDocument doc = Loader.loadPDF(signed)) {
      assertThat(new PDFTextStripper().getText(doc))
          .contains("GIẤY XÁC NHẬN THÔNG TIN VỀ CƯ TRÚ")
          .contains("KT. CHỦ TỊCH")
          .contains("PHÓ CHỦ TỊCH");
    }
  }

  @Test
  void certifiedCopyIsTheOriginalPagesAndACertificationPage() throws Exception {
    ResultDocuments documents = DocumentFixtures.documents();
    byte[] signed = documents.issue(DocumentFixtures.certifiedCopy(DocumentFixtures.original(2)));
    assertThat(documents.validator().validate(signed))
        .extracting(ValidationReport::indication)
        .containsExactly(Indication.PASSED, Indication.PASSED);
    try (PDDocument doc = Loader.loadPDF(signed)) {
      assertThat(doc.getNumberOfPages()).isEqualTo(3);
      PDFTextStripper page = new PDFTextStripper();
      page.setStartPage(2);
      page.setEndPage(2);
      assertThat(page.getText(doc)).contains("Original diploma, page 2");
      page.setStartPage(3);
      page.setEndPage(3);
      assertThat(page.getText(doc))
          .contains("CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH")
          .contains("gồm 2 trang");
      var image = doc.getSignatureFields().get(0).getWidgets().get(0);
      assertThat(doc.getPages().indexOf(image.getPage())).isEqualTo(2);
    }
  }

  @Test
  void refusesToCopyAnEncryptedOriginal() throws Exception {
    byte[] original = DocumentFixtures.original(1);
    byte[] encrypted;
    try (PDDocument doc = Loader.loadPDF(original)) {
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner", "user", new AccessPermission());
      doc.protect(policy);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      encrypted = out.toByteArray();
    }
    ResultData data = DocumentFixtures.certifiedCopy(encrypted);
    assertThatThrownBy(() -> DocumentFixtures.documents().renderResult(data))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.code()).isEqualTo("LT-APP-0205"));
  }

  @Test
  void agencySealsOnlyAfterTheApprover() throws Exception {
    ResultDocuments documents = DocumentFixtures.documents();
    byte[] unsigned = documents.renderResult(DocumentFixtures.birthExtract());
    assertThatThrownBy(() -> documents.sealAsAgency(unsigned, DocumentFixtures.office()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.code()).isEqualTo("LT-APP-0206");
              assertThat(e.getMessage()).contains("pdf");
            });
  }

  @Test
  void applicantReceiptShowsTheNameAndPublicReceiptMasksIt() throws Exception {
    ResultDocuments documents = DocumentFixtures.documents();
    String mine = text(documents.renderReceipt(DocumentFixtures.receipt(), Audience.APPLICANT));
    String publicCopy = text(documents.renderReceipt(DocumentFixtures.receipt(), Audience.PUBLIC));
    assertThat(mine)
        .contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")
        .contains("000.00.01.H22-250701-0001")
        .contains("Nguyễn Thị Hoa")
        .contains("Đăng ký khai sinh")
        .contains("09 giờ 30 phút, ngày 01/07/2025")
        .contains("17 giờ 30 phút, ngày 01/07/2025")
        .contains("Giấy chứng sinh")
        .doesNotContain("001099012345")
        .contains("*********345");
    assertThat(publicCopy)
        .contains("Nguyễn T. H.")
        .doesNotContain("Nguyễn Thị Hoa")
        .doesNotContain("345")
        .contains("000.00.01.H22-250701-0001");
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }
}
