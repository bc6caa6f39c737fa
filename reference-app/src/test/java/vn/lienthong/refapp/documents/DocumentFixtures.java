package vn.lienthong.refapp.documents;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import vn.lienthong.core.admin.AdministrativeUnits;
import vn.lienthong.core.dossier.Applicant;
import vn.lienthong.core.id.DossierCode;
import vn.lienthong.core.id.PersonalIdNumber;
import vn.lienthong.core.text.PersonName;
import vn.lienthong.refapp.AppConfig;

/** Data, keys and documents shared by the documents tests, all generated at test time. */
final class DocumentFixtures {

  static final Instant NOW = Instant.parse("2025-07-01T02:30:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final DossierCode CODE = DossierCode.parse("000.00.01.H22-250701-0001");
  static final Approver CHAIR = new Approver("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Bình");

  private static SigningKeys keys;
  private static ResultDocuments documents;

  private DocumentFixtures() {}

  static IssuingOffice office() {
    return IssuingOffice.of(AdministrativeUnits.current().commune("00004").orElseThrow());
  }

  /** Demo keys generated once per test run in a temporary data directory. */
  static synchronized SigningKeys keys() throws Exception {
    if (keys == null) {
      Path dir = Files.createTempDirectory("refapp-documents-");
      keys =
          SigningKeys.fromConfig(
              AppConfig.of(Map.of(AppConfig.DATA_DIR, dir.toString())), Instant.now());
    }
    return keys;
  }

  static synchronized ResultDocuments documents() throws Exception {
    if (documents == null) {
      documents = ResultDocuments.builder().keys(keys()).clock(Clock.systemUTC()).build();
    }
    return documents;
  }

  static Applicant applicant() {
    return Applicant.citizen(
        PersonalIdNumber.parse("001099012345"), PersonName.parse("Nguyễn Thị Hoa"));
  }

  static ReceiptData receipt() {
    return new ReceiptData(
        CODE,
        "Đăng ký khai sinh",
        applicant(),
        NOW,
        NOW.plusSeconds(8 * 3600),
        office(),
        List.of("Giấy chứng sinh", "Giấy chứng nhận kết hôn của cha, mẹ"));
  }

  static ResultData birthExtract() {
    return ResultData.builder(ResultKind.BIRTH_EXTRACT)
        .dossierCode(CODE)
        .office(office())
        .number("15/TLKS-BS")
        .issuedAt(NOW)
        .approver(CHAIR)
        .field("Họ, chữ đệm, tên", "Nguyễn Minh Khôi")
        .field(
            "Ngày, tháng, năm sinh",
            "20/06/2025, ghi bằng chữ: Ngày hai mươi tháng sáu năm hai nghìn không trăm hai mươi lăm")
        .field("Giới tính", "Nam")
        .field("Dân tộc", "Kinh")
        .field("Quốc tịch", "Việt Nam")
        .field("Nơi sinh", "Bệnh viện Phụ sản Hà Nội, Phường Ngọc Hà, Thành phố Hà Nội")
        .field("Họ, chữ đệm, tên người mẹ", "Nguyễn Thị Hoa")
        .field("Họ, chữ đệm, tên người cha", "Nguyễn Văn Hùng")
        .build();
  }

  static ResultData residence() {
    return ResultData.builder(ResultKind.PERMANENT_RESIDENCE_CONFIRMATION)
        .dossierCode(CODE)
        .office(office())
        .number("27/XNCT")
        .issuedAt(NOW)
        .approver(new Approver("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Thị Thu"))
        .field("Họ, chữ đệm, tên", "Nguyễn Thị Hoa")
        .field("Nơi thường trú", "Số 12 phố Đội Cấn, Phường Ba Đình, Thành phố Hà Nội")
        .field("Ngày đăng ký thường trú", "01/07/2025")
        .build();
  }

  static ResultData certifiedCopy(byte[] original) {
    return ResultData.builder(ResultKind.CERTIFIED_COPY)
        .dossierCode(CODE)
        .office(office())
        .number("112/2025/SCT/BS")
        .issuedAt(NOW)
        .approver(CHAIR)
        .field("Quyển số", "01/2025-SCT/BS")
        .original(original)
        .build();
  }

  /** A plain PDF of some pages, written with a standard font (the citizen's "original"). */
  static byte[] original(int pages) throws Exception {
    try (PDDocument doc = new PDDocument()) {
      for (int i = 1; i <= pages; i++) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
          cs.newLineAtOffset(72, 700);
          cs.showText("Original diploma, page " + i);
          cs.endText();
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }
}
