package vn.lienthong.conformance.internal.checks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.jspecify.annotations.Nullable;
import vn.lienthong.conformance.Check;
import vn.lienthong.conformance.CheckContext;
import vn.lienthong.conformance.CheckResult;
import vn.lienthong.conformance.Text;
import vn.lienthong.signature.ValidationReport;

/**
 * {@code LT-SIG-004}: judges the Decree 30 appearance (Nghị định 30/2020/NĐ-CP, Appendix I) of the
 * result PDF from its structure. The widgets of the first two signatures in signing order must be
 * visible; the competent person's draws an image whose ink is blue; the agency's draws an image
 * whose ink is red, overlapping about a third of the person's image ({@link #MIN_OVERLAP} to {@link
 * #MAX_OVERLAP} of its width) from its left, and text with the agency's name and the signing time
 * as ISO 8601 with {@code +07:00}, in black, in a font with Times New Roman's metrics at 10 pt. The
 * person's image must sit between the page's title line above it and the full name below it. The
 * signing order itself is {@code LT-SIG-003}'s: a document signed in another order is skipped here.
 * Stateless and thread-safe.
 */
public final class Decree30AppearanceCheck implements Check {

  /** The least share of the person's image width the seal must cover. */
  static final double MIN_OVERLAP = 0.2;

  /** The largest share of the person's image width the seal may cover. */
  static final double MAX_OVERLAP = 0.5;

  /** The least share of the seal text's glyphs drawn in black. */
  static final double MIN_BLACK_SHARE = 0.9;

  /**
   * How far, in points, the title line may sit above the person's image and the name line below it
   * (a signature block leaves two to four blank lines for the signature).
   */
  static final float BLOCK_GAP = 110f;

  /** How far, in points, a line may extend beside the image and still belong to its block. */
  static final float BLOCK_MARGIN = 60f;

  /** The least share of an image's ink pixels in the expected colour. */
  static final double MIN_COLOUR_SHARE = 0.6;

  /** Decree 30's text size, in points, and the tolerance. */
  static final float FONT_SIZE = 10f;

  private static final float FONT_SIZE_TOLERANCE = 0.5f;

  private static final Pattern VIET_NAM_TIME =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?\\+07:00");

  private static final Text EXPECTED =
      new Text(
          "Chữ ký của người có thẩm quyền có hình ảnh chữ ký màu xanh; chữ ký của cơ quan có hình"
              + " ảnh con dấu màu đỏ trùm khoảng một phần ba hình ảnh chữ ký về bên trái, kèm tên cơ"
              + " quan và thời gian ký theo ISO 8601 (+07:00), chữ màu đen, phông Times New Roman cỡ"
              + " 10; hình ảnh chữ ký nằm giữa dòng chức danh và dòng họ tên",
          "the competent person's widget shows a blue signature image; the agency's shows a red"
              + " seal image over about a third of it on its left, with the agency name and the"
              + " signing time as ISO 8601 (+07:00) in black Times New Roman (metrics) 10 pt; the"
              + " signature image between the title line and the name line");

  @Override
  public String id() {
    return "sig.result.decree30-appearance";
  }

  @Override
  public String requirement() {
    return "LT-SIG-004";
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
    if (pdf.notAPdf != null || pdf.reports.size() < 2) {
      return CheckResult.skipped(
          seeOther(
              pdf.notAPdf != null ? "LT-SIG-001" : "LT-SIG-003",
              "không có đủ hai chữ ký để xem hình thức",
              "there are not two signatures whose appearance to judge"));
    }
    if (!inOrder(context, pdf.reports)) {
      return CheckResult.skipped(
          seeOther(
              "LT-SIG-003",
              "thứ tự ký sai nên không xác định được chữ ký nào của ai",
              "the signing order is wrong, so the roles are unclear"));
    }
    List<Text> faults;
    try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
      faults = judge(doc);
    } catch (IOException | RuntimeException e) {
      return CheckResult.error(
          "the PDF's appearances could not be read: " + e.getClass().getSimpleName(), pdf.evidence);
    }
    if (faults.isEmpty()) {
      return CheckResult.passed(
          "blue signature image between the title and name lines, red seal over its left third,"
              + " agency name and +07:00 time in black Times New Roman metrics 10 pt",
          pdf.evidence);
    }
    return CheckResult.failed(
        EXPECTED,
        String.join("; ", faults.stream().map(Text::vi).toList()),
        String.join("; ", faults.stream().map(Text::en).toList()),
        pdf.evidence);
  }

  private static boolean inOrder(CheckContext context, List<ValidationReport> reports) {
    for (int i = 0; i < 2; i++) {
      ValidationReport r = reports.get(i);
      if (r.signingCertificate().isEmpty()
          || PadesCheck.isAgency(context, r.signingCertificate().get()) != (i == 1)) {
        return false;
      }
    }
    return true;
  }

  /** The faults of the appearance, empty when it conforms. */
  static List<Text> judge(PDDocument doc) throws IOException {
    List<Text> faults = new ArrayList<>();
    List<PDSignature> signatures = new ArrayList<>(doc.getSignatureDictionaries());
    signatures.sort(Comparator.comparingLong(Decree30AppearanceCheck::signedEnd));
    if (signatures.size() < 2) {
      return List.of(
          new Text("tài liệu có ít hơn hai chữ ký", "the document has fewer than two signatures"));
    }
    AppearanceReader person = read(doc, signatures.get(0));
    AppearanceReader agency = read(doc, signatures.get(1));
    if (person == null) {
      faults.add(
          new Text(
              "chữ ký của người có thẩm quyền không hiển thị",
              "the competent person's signature is not visible"));
    }
    if (agency == null) {
      faults.add(
          new Text("chữ ký của cơ quan không hiển thị", "the agency's signature is not visible"));
    }
    if (person == null || agency == null) {
      return faults;
    }
    AppearanceReader.DrawnImage signature = largest(person);
    AppearanceReader.DrawnImage seal = largest(agency);
    if (signature == null) {
      faults.add(
          new Text(
              "chữ ký của người có thẩm quyền không có hình ảnh chữ ký",
              "the competent person's signature has no image"));
    } else if (signature.blue() < MIN_COLOUR_SHARE) {
      faults.add(
          new Text(
              "hình ảnh chữ ký không phải màu xanh ("
                  + percent(signature.blue())
                  + " điểm ảnh xanh)",
              "the signature image is not blue (" + percent(signature.blue()) + " blue pixels)"));
    }
    if (seal == null) {
      faults.add(
          new Text(
              "chữ ký của cơ quan không có hình ảnh con dấu",
              "the agency's signature has no seal image"));
    } else if (seal.red() < MIN_COLOUR_SHARE) {
      faults.add(
          new Text(
              "hình ảnh con dấu không phải màu đỏ (" + percent(seal.red()) + " điểm ảnh đỏ)",
              "the seal image is not red (" + percent(seal.red()) + " red pixels)"));
    }
    if (signature != null && seal != null) {
      overlap(signature, seal, faults);
    }
    if (signature != null) {
      placement(doc, person, signature, faults);
    }
    text(agency, faults);
    return faults;
  }

  /**
   * Decree 30 places the handwritten signature image between the title line (such as "CHỦ TỊCH")
   * and the signer's full name: a line of the page's own text must sit above the image and another
   * below it, within {@link #BLOCK_GAP} and horizontally beside it.
   */
  private static void placement(
      PDDocument doc, AppearanceReader person, AppearanceReader.DrawnImage image, List<Text> faults)
      throws IOException {
    int pageIndex = doc.getPages().indexOf(person.widgetPage);
    if (pageIndex < 0) {
      return;
    }
    float from = image.x() - BLOCK_MARGIN;
    float to = image.right() + BLOCK_MARGIN;
    boolean title = false;
    boolean name = false;
    for (PageLines.Line line : PageLines.of(doc, pageIndex)) {
      if (!line.overlaps(from, to) || !line.hasLetters(2)) {
        continue;
      }
      float b = line.baseline();
      title |= b >= image.top() - image.height() * 0.25f && b <= image.top() + BLOCK_GAP;
      name |=
          b <= image.y() + image.height() * 0.25f
              && b >= image.y() - BLOCK_GAP
              && line.hasLetters(3);
    }
    if (!title || !name) {
      String where = !title && !name ? "cả trên lẫn dưới" : !title ? "phía trên" : "phía dưới";
      String whereEn = !title && !name ? "above or below" : !title ? "above" : "below";
      faults.add(
          new Text(
              "hình ảnh chữ ký không nằm giữa dòng chức danh và dòng họ tên (không có dòng chữ "
                  + where
                  + " hình ảnh trong khối chữ ký)",
              "the signature image is not between the title line and the name line (no line of"
                  + " text "
                  + whereEn
                  + " it in the signature block)"));
    }
  }

  private static void overlap(
      AppearanceReader.DrawnImage signature, AppearanceReader.DrawnImage seal, List<Text> faults) {
    double covered =
        (Math.min(seal.right(), signature.right()) - Math.max(seal.x(), signature.x()))
            / signature.width();
    boolean vertical = seal.y() < signature.top() && seal.top() > signature.y();
    boolean leftSide =
        seal.x() + seal.width() / 2 < signature.x() + signature.width() / 2
            && seal.x() <= signature.x() + 1;
    if (!vertical || !leftSide || covered < MIN_OVERLAP || covered > MAX_OVERLAP) {
      faults.add(
          new Text(
              "con dấu không trùm khoảng một phần ba hình ảnh chữ ký về bên trái (trùm "
                  + percent(Math.max(0, covered))
                  + (leftSide ? "" : ", không ở bên trái")
                  + ")",
              "the seal does not overlap about a third of the signature image on its left ("
                  + percent(Math.max(0, covered))
                  + " covered"
                  + (leftSide ? "" : ", not on its left")
                  + ")"));
    }
  }

  private static void text(AppearanceReader agency, List<Text> faults) throws IOException {
    List<String> lines = agency.lines();
    String all = String.join("\n", lines);
    if (!VIET_NAM_TIME.matcher(all).find()) {
      faults.add(
          new Text(
              "không có thời gian ký theo ISO 8601 với múi giờ +07:00 (thấy: "
                  + Checks.cut(all.replace('\n', ' '), 120)
                  + ")",
              "no signing time as ISO 8601 with +07:00 (seen: "
                  + Checks.cut(all.replace('\n', ' '), 120)
                  + ")"));
    }
    boolean named =
        lines.stream()
            .map(l -> VIET_NAM_TIME.matcher(l).replaceAll(""))
            .anyMatch(l -> l.codePoints().filter(Character::isLetter).count() >= 3);
    if (!named) {
      faults.add(new Text("không có tên cơ quan", "no agency name"));
    }
    if (agency.glyphs.isEmpty()) {
      return;
    }
    long black = agency.glyphs.stream().filter(AppearanceReader.Glyph::black).count();
    double blackShare = (double) black / agency.glyphs.size();
    if (blackShare < MIN_BLACK_SHARE) {
      faults.add(
          new Text(
              "chữ của chữ ký cơ quan không phải màu đen ("
                  + percent(blackShare)
                  + " ký tự màu đen)",
              "the agency signature's text is not black ("
                  + percent(blackShare)
                  + " black glyphs)"));
    }
    boolean sized =
        agency.glyphs.stream().allMatch(g -> Math.abs(g.size() - FONT_SIZE) <= FONT_SIZE_TOLERANCE);
    if (!sized) {
      float seen = agency.glyphs.get(0).size();
      faults.add(
          new Text(
              "cỡ chữ không phải 10 (thấy " + Math.round(seen * 10) / 10f + ")",
              "the text is not 10 pt (seen " + Math.round(seen * 10) / 10f + ")"));
    }
    if (!timesMetrics(agency.glyphs)) {
      faults.add(
          new Text(
              "phông chữ không có số đo của Times New Roman ("
                  + agency.glyphs.get(0).font().getName()
                  + ")",
              "the font does not have Times New Roman's metrics ("
                  + agency.glyphs.get(0).font().getName()
                  + ")"));
    }
  }

  /**
   * Whether the glyph widths match Times (Times New Roman and Liberation Serif share them): at
   * least 80% of the basic Latin glyphs within 2% (or 10 units) of Times-Roman's advance widths.
   */
  static boolean timesMetrics(List<AppearanceReader.Glyph> glyphs) throws IOException {
    PDType1Font times = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    int compared = 0;
    int matching = 0;
    for (AppearanceReader.Glyph g : glyphs) {
      String t = g.text();
      if (t.length() != 1 || t.charAt(0) < 0x21 || t.charAt(0) > 0x7e) {
        continue;
      }
      float expected = times.getStringWidth(t);
      float actual = g.font().getWidth(g.code());
      compared++;
      if (Math.abs(actual - expected) <= Math.max(10, expected * 0.02)) {
        matching++;
      }
    }
    return compared > 0 && matching >= compared * 0.8;
  }

  private static long signedEnd(PDSignature s) {
    int[] br = s.getByteRange();
    return br.length == 4 ? (long) br[2] + br[3] : Long.MAX_VALUE;
  }

  /** The appearance of a signature's widget, null when it is invisible. */
  private static @Nullable AppearanceReader read(PDDocument doc, PDSignature signature)
      throws IOException {
    for (PDSignatureField field : doc.getSignatureFields()) {
      PDSignature s = field.getSignature();
      if (s == null || s.getCOSObject() != signature.getCOSObject()) {
        continue;
      }
      for (PDAnnotationWidget w : field.getWidgets()) {
        PDRectangle r = w.getRectangle();
        if (r == null || r.getWidth() < 1 || r.getHeight() < 1 || w.isHidden() || w.isNoView()) {
          continue;
        }
        PDPage page = page(doc, w);
        if (page != null) {
          return AppearanceReader.read(page, w);
        }
      }
    }
    return null;
  }

  private static @Nullable PDPage page(PDDocument doc, PDAnnotationWidget widget)
      throws IOException {
    if (widget.getPage() != null) {
      return widget.getPage();
    }
    for (PDPage p : doc.getPages()) {
      for (PDAnnotation a : p.getAnnotations()) {
        if (a.getCOSObject() == widget.getCOSObject()) {
          return p;
        }
      }
    }
    return null;
  }

  private static AppearanceReader.@Nullable DrawnImage largest(AppearanceReader r) {
    return r.images.stream()
        .max(Comparator.comparingDouble(i -> (double) i.width() * i.height()))
        .orElse(null);
  }

  private static String percent(double share) {
    return Math.round(share * 100) + "%";
  }

  private static Text seeOther(String requirement, String vi, String en) {
    return new Text(
        "Bỏ qua: " + vi + " (xem " + requirement + ").",
        "Skipped: " + en + " (see " + requirement + ").");
  }
}
