package vn.lienthong.refapp.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.text.VietnameseText;

/**
 * Writes Vietnamese text on A4 pages with embedded subsets of the document fonts: headings, centred
 * lines, wrapped paragraphs, and the signature block. Text is NFC-normalised first (PDFBox does no
 * shaping, so precomposed letters are needed). Not thread-safe; one per document.
 */
final class PdfCanvas implements AutoCloseable {

  /** Viet Nam's time zone (UTC+7, no daylight saving). */
  static final ZoneId VIET_NAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final PDDocument doc;
  private final PDFont regular;
  private final PDFont bold;
  private final PDFont italic;
  private @Nullable PDPageContentStream content;
  private float y;

  PdfCanvas(Fonts fonts) throws IOException {
    this(new PDDocument(), fonts);
  }

  PdfCanvas(PDDocument doc, Fonts fonts) throws IOException {
    this.doc = doc;
    this.regular = PDType0Font.load(doc, fonts.regular().toFile());
    this.bold =
        fonts.bold().equals(fonts.regular())
            ? regular
            : PDType0Font.load(doc, fonts.bold().toFile());
    this.italic =
        fonts.italic().equals(fonts.regular())
            ? regular
            : PDType0Font.load(doc, fonts.italic().toFile());
  }

  PDDocument document() {
    return doc;
  }

  PDFont bold() {
    return bold;
  }

  PDFont regular() {
    return regular;
  }

  PDFont italic() {
    return italic;
  }

  /** Starts a new A4 page and puts the cursor at its top margin. */
  void newPage() throws IOException {
    closeContent();
    PDPage page = new PDPage(Layout.PAGE);
    doc.addPage(page);
    content = new PDPageContentStream(doc, page);
    y = Layout.TOP;
  }

  float y() {
    return y;
  }

  void moveTo(float baseline) {
    this.y = baseline;
  }

  /** The heading: agency at the left, the national title and motto at the right, number, date. */
  void heading(IssuingOffice office, @Nullable String number, Instant date) throws IOException {
    float top = y - 13;
    float left = top;
    for (String line : agencyLines(office.agencyName())) {
      centred(Layout.LEFT_COLUMN_CENTRE, left, bold, 12, line);
      left -= 16;
    }
    rule(Layout.LEFT_COLUMN_CENTRE - 30, Layout.LEFT_COLUMN_CENTRE + 30, left + 11);
    centred(Layout.RIGHT_COLUMN_CENTRE, top, bold, 12, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    centred(Layout.RIGHT_COLUMN_CENTRE, top - 16, bold, 13, "Độc lập - Tự do - Hạnh phúc");
    rule(Layout.RIGHT_COLUMN_CENTRE - 80, Layout.RIGHT_COLUMN_CENTRE + 80, top - 20);
    float below = Math.min(left, top - 32) - 10;
    if (number != null) {
      centred(Layout.LEFT_COLUMN_CENTRE, below, regular, 13, "Số: " + number);
    }
    centred(Layout.RIGHT_COLUMN_CENTRE, below, italic, 13, dateLine(office.placeName(), date));
    y = below - 45;
  }

  /** The agency's name as in a heading: "ỦY BAN NHÂN DÂN" on its own line, then the unit. */
  private List<String> agencyLines(String agency) throws IOException {
    String committee = "ỦY BAN NHÂN DÂN ";
    List<String> lines = new ArrayList<>();
    String rest = agency;
    if (agency.startsWith(committee)) {
      lines.add(committee.strip());
      rest = agency.substring(committee.length());
    }
    lines.addAll(wrap(rest, bold, 12, 210));
    return lines;
  }

  /** A bold centred title, possibly over several lines. */
  void title(String title) throws IOException {
    for (String line : wrap(title, bold, 14, Layout.RIGHT - Layout.LEFT)) {
      centred((Layout.LEFT + Layout.RIGHT) / 2, y, bold, 14, line);
      y -= 20;
    }
    y -= 14;
  }

  /** A paragraph wrapped to the text width, continuing on a new page when the body is full. */
  void paragraph(String text, PDFont font) throws IOException {
    for (String line : wrap(text, font, Layout.BODY_SIZE, Layout.RIGHT - Layout.LEFT)) {
      if (y < Layout.BODY_LOWEST_BASELINE) {
        newPage();
      }
      text(Layout.LEFT, y, font, Layout.BODY_SIZE, line);
      y -= Layout.LINE_HEIGHT;
    }
  }

  /** A label in bold followed by its value, wrapped. */
  void field(String label, String value) throws IOException {
    paragraph(label + ": " + value, regular);
  }

  /** The signature block at its fixed place on the current page: authority, title, name. */
  void signatureBlock(@Nullable String authority, String title, @Nullable String name)
      throws IOException {
    if (y < Layout.BODY_LOWEST_BASELINE - Layout.LINE_HEIGHT) {
      newPage();
    }
    float at = Layout.SIGNATURE_TITLE_BASELINE;
    if (authority != null) {
      centred(Layout.SIGNATURE_CENTRE, at + 16, bold, 13, authority);
    }
    centred(Layout.SIGNATURE_CENTRE, at, bold, 13, title);
    if (name != null) {
      centred(Layout.SIGNATURE_CENTRE, Layout.SIGNATURE_NAME_BASELINE, bold, 13, name);
    }
  }

  void centred(float centre, float baseline, PDFont font, float size, String text)
      throws IOException {
    String s = VietnameseText.nfc(text);
    float width = font.getStringWidth(s) / 1000 * size;
    text(centre - width / 2, baseline, font, size, s);
  }

  void text(float x, float baseline, PDFont font, float size, String text) throws IOException {
    PDPageContentStream cs = current();
    cs.beginText();
    cs.setFont(font, size);
    cs.newLineAtOffset(x, baseline);
    cs.showText(VietnameseText.nfc(text));
    cs.endText();
  }

  private void rule(float from, float to, float at) throws IOException {
    PDPageContentStream cs = current();
    cs.setLineWidth(0.6f);
    cs.moveTo(from, at);
    cs.lineTo(to, at);
    cs.stroke();
  }

  private PDPageContentStream current() throws IOException {
    if (content == null) {
      newPage();
    }
    return java.util.Objects.requireNonNull(content);
  }

  /** Breaks a text into lines no wider than the width, at spaces (long words are cut). */
  static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
    String s = VietnameseText.collapseWhitespace(VietnameseText.nfc(text));
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : s.split(" ")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (font.getStringWidth(candidate) / 1000 * size <= width) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      if (!line.isEmpty()) {
        lines.add(line.toString());
        line.setLength(0);
      }
      String rest = word;
      while (font.getStringWidth(rest) / 1000 * size > width && rest.length() > 1) {
        int cut = rest.length() - 1;
        while (cut > 1 && font.getStringWidth(rest.substring(0, cut)) / 1000 * size > width) {
          cut--;
        }
        lines.add(rest.substring(0, cut));
        rest = rest.substring(cut);
      }
      line.append(rest);
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** The date line of Decree 30: "Ba Vì, ngày 01 tháng 7 năm 2025" (day and month 1-2 padded). */
  static String dateLine(String place, Instant at) {
    ZonedDateTime t = at.atZone(VIET_NAM);
    int day = t.getDayOfMonth();
    int month = t.getMonthValue();
    return place
        + ", ngày "
        + (day < 10 ? "0" + day : day)
        + " tháng "
        + (month < 3 ? "0" + month : month)
        + " năm "
        + t.getYear();
  }

  /** "09 giờ 30 phút, ngày 01/07/2025". */
  static String timeAndDate(Instant at) {
    ZonedDateTime t = at.atZone(VIET_NAM);
    return String.format(
        java.util.Locale.ROOT,
        "%02d giờ %02d phút, ngày %02d/%02d/%d",
        t.getHour(),
        t.getMinute(),
        t.getDayOfMonth(),
        t.getMonthValue(),
        t.getYear());
  }

  /** Sets the document information and saves it. */
  byte[] save(String title) throws IOException {
    closeContent();
    PDDocumentInformation info = doc.getDocumentInformation();
    info.setTitle(VietnameseText.nfc(title));
    info.setProducer("LienThong reference app");
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    doc.save(out);
    return out.toByteArray();
  }

  private void closeContent() throws IOException {
    if (content != null) {
      content.close();
      content = null;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      closeContent();
    } finally {
      doc.close();
    }
  }
}
