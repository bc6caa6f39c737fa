package vn.lienthong.refapp.documents;

import java.io.IOException;
import vn.lienthong.core.dossier.Applicant;
import vn.lienthong.core.privacy.Masking;

/**
 * Renders the receipt (giấy tiếp nhận hồ sơ và hẹn trả kết quả) of the one-stop shop. Stateless and
 * thread-safe.
 */
final class ReceiptRenderer {

  static final String TITLE = "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ";

  private ReceiptRenderer() {}

  static byte[] render(Fonts fonts, ReceiptData data, Audience audience) throws IOException {
    try (PdfCanvas c = new PdfCanvas(fonts)) {
      c.newPage();
      c.heading(data.office(), null, data.receivedAt());
      c.title(TITLE);
      c.field("Mã hồ sơ", data.dossierCode().toString());
      c.field("Bộ phận tiếp nhận và trả kết quả", data.office().agencyName());
      Applicant applicant = data.applicant();
      String name = applicant.name().value();
      c.field("Tiếp nhận hồ sơ của", audience == Audience.PUBLIC ? Masking.personName(name) : name);
      if (audience == Audience.APPLICANT) {
        if (applicant.personalIdNumber() != null) {
          c.field(
              "Số định danh cá nhân",
              Masking.personalIdNumber(applicant.personalIdNumber().value()));
        } else if (applicant.taxCode() != null) {
          c.field("Mã số thuế", Masking.taxCode(applicant.taxCode().value()));
        }
      }
      c.field("Thủ tục hành chính", data.procedureName());
      if (!data.documents().isEmpty()) {
        c.paragraph("Thành phần hồ sơ đã nhận:", c.regular());
        int i = 1;
        for (String document : data.documents()) {
          c.paragraph("  " + i++ + ". " + document, c.regular());
        }
      }
      c.field("Thời gian nhận hồ sơ", PdfCanvas.timeAndDate(data.receivedAt()));
      c.field("Thời gian hẹn trả kết quả", PdfCanvas.timeAndDate(data.dueAt()));
      c.paragraph(
          "Tra cứu tình trạng hồ sơ bằng mã hồ sơ trên Cổng Dịch vụ công quốc gia hoặc tại "
              + "trang tra cứu của "
              + data.office().communeName()
              + ".",
          c.italic());
      c.signatureBlock(null, "NGƯỜI TIẾP NHẬN", null);
      return c.save(TITLE + " " + data.dossierCode());
    }
  }
}
