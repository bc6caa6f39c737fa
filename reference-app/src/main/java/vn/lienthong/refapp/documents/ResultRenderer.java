package vn.lienthong.refapp.documents;

import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.refapp.RefappErrorCode;

/**
 * Renders result documents: the birth extract and the residence confirmation as one-page documents
 * with the Decree 30 heading and signature block; the certified copy as the original's pages (drawn
 * as page images of their content, without the original's forms, scripts or signatures) followed by
 * a certification page. Stateless and thread-safe.
 */
final class ResultRenderer {

  /** The most pages of an original accepted for a certified copy. */
  static final int MAX_ORIGINAL_PAGES = 200;

  private ResultRenderer() {}

  static byte[] render(Fonts fonts, ResultData data) throws IOException {
    if (data.kind() == ResultKind.CERTIFIED_COPY) {
      return certifiedCopy(fonts, data, data.original().orElseThrow());
    }
    try (PdfCanvas c = new PdfCanvas(fonts)) {
      c.newPage();
      body(c, data);
      return c.save(data.kind().title() + " " + data.number());
    }
  }

  private static void body(PdfCanvas c, ResultData data) throws IOException {
    c.heading(data.office(), data.number(), data.issuedAt());
    c.title(data.kind().title());
    for (Map.Entry<String, String> f : data.fields()) {
      c.field(f.getKey(), f.getValue());
    }
    c.paragraph("Mã hồ sơ: " + data.dossierCode(), c.italic());
    Approver a = data.approver();
    c.signatureBlock(a.authority(), a.title(), a.fullName());
  }

  private static byte[] certifiedCopy(Fonts fonts, ResultData data, byte[] original)
      throws IOException {
    try (PDDocument source = load(original);
        PdfCanvas c = new PdfCanvas(fonts)) {
      PDDocument target = c.document();
      int pages = source.getNumberOfPages();
      if (pages == 0 || pages > MAX_ORIGINAL_PAGES) {
        throw notCopyable("1 to " + MAX_ORIGINAL_PAGES + " pages, found " + pages, null);
      }
      LayerUtility layers = new LayerUtility(target);
      for (int i = 0; i < pages; i++) {
        PDPage from = source.getPage(i);
        PDRectangle box = from.getCropBox();
        PDFormXObject form = layers.importPageAsForm(source, i);
        PDPage page = new PDPage(new PDRectangle(box.getWidth(), box.getHeight()));
        page.setRotation(from.getRotation());
        target.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(target, page)) {
          cs.saveGraphicsState();
          cs.transform(
              org.apache.pdfbox.util.Matrix.getTranslateInstance(
                  -box.getLowerLeftX(), -box.getLowerLeftY()));
          cs.drawForm(form);
          cs.restoreGraphicsState();
        }
      }
      c.newPage();
      c.heading(data.office(), null, data.issuedAt());
      c.title(ResultKind.CERTIFIED_COPY.title());
      c.field("Số chứng thực", data.number());
      for (Map.Entry<String, String> f : data.fields()) {
        c.field(f.getKey(), f.getValue());
      }
      c.paragraph(
          "Chứng thực bản sao này gồm "
              + pages
              + " trang, đúng với bản chính xuất trình; bản chính là tệp PDF đã nộp trong hồ sơ "
              + data.dossierCode()
              + ".",
          c.regular());
      Approver a = data.approver();
      c.signatureBlock(a.authority(), a.title(), a.fullName());
      return c.save(ResultKind.CERTIFIED_COPY.title() + " " + data.number());
    }
  }

  private static PDDocument load(byte[] original) throws IOException {
    PDDocument doc;
    try {
      doc = Loader.loadPDF(original);
    } catch (InvalidPasswordException e) {
      throw notCopyable("not password protected", e);
    } catch (IOException e) {
      throw notCopyable("a readable PDF", e);
    }
    if (doc.isEncrypted()) {
      doc.close();
      throw notCopyable("not encrypted", null);
    }
    return doc;
  }

  private static InvalidInputException notCopyable(String rule, @Nullable Throwable cause) {
    return new InvalidInputException(
        RefappErrorCode.ORIGINAL_NOT_COPYABLE, ErrorDetails.field("original").rule(rule), cause);
  }
}
