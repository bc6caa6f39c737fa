package vn.lienthong.signature.internal.pdf;

import java.io.IOException;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/** Finds the last visible signature of a document. Thread-safe (stateless). */
public final class LastSignature {

  /**
   * A visible signature's widget.
   *
   * @param pageIndex its page, from 0
   * @param rectangle its rectangle
   */
  public record Found(int pageIndex, PDRectangle rectangle) {}

  private LastSignature() {}

  /**
   * Finds the signed signature field whose signature comes last in the file and that has a widget
   * with a non-empty rectangle on a page.
   *
   * @param doc the document
   * @return the widget's page and rectangle, empty when no signature is visible
   * @throws IOException if the form cannot be read
   */
  public static Optional<Found> find(PDDocument doc) throws IOException {
    Found best = null;
    long bestOffset = -1;
    for (PDSignatureField field : doc.getSignatureFields()) {
      PDSignature sig = field.getSignature();
      if (sig == null) {
        continue;
      }
      int[] range = sig.getByteRange();
      long offset = range.length == 4 ? range[2] : 0;
      for (PDAnnotationWidget w : field.getWidgets()) {
        PDRectangle r = w.getRectangle();
        if (r == null || r.getWidth() <= 0 || r.getHeight() <= 0 || offset <= bestOffset) {
          continue;
        }
        int page = pageOf(doc, w);
        if (page >= 0) {
          best = new Found(page, r);
          bestOffset = offset;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static int pageOf(PDDocument doc, PDAnnotationWidget w) throws IOException {
    PDPage p = w.getPage();
    if (p != null) {
      int i = doc.getPages().indexOf(p);
      if (i >= 0) {
        return i;
      }
    }
    for (int i = 0; i < doc.getNumberOfPages(); i++) {
      for (PDAnnotation a : doc.getPage(i).getAnnotations()) {
        if (a.getCOSObject() == w.getCOSObject()) {
          return i;
        }
      }
    }
    return -1;
  }
}
