package vn.lienthong.signature.internal.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.signature.SignatureErrorCode;
import vn.lienthong.signature.pades.Placement;
import vn.lienthong.signature.pades.SignatureAppearance;

/**
 * Lays out a {@link SignatureAppearance} on a page of the document being signed and renders it as a
 * one-page template PDF, the form PDFBox copies into the signed revision. Thread-safe (stateless).
 */
public final class AppearanceTemplate {

  /** Millimetres to points. */
  private static final float MM = 72f / 25.4f;

  /** Line height as a multiple of the font size. */
  private static final float LEADING = 1.2f;

  /** The gap between an anchor text and the image above it, in points. */
  private static final float ANCHOR_GAP = 2f;

  private static final DateTimeFormatter ISO_VIET_NAM =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX").withZone(ZoneOffset.ofHours(7));

  /**
   * The template and where it goes.
   *
   * @param pdf the one-page template PDF with the signature field and its appearance
   * @param pageIndex the target page, from 0
   */
  public record Rendered(byte[] pdf, int pageIndex) {}

  private AppearanceTemplate() {}

  /**
   * Formats a signing time as Decree 30 shows it: ISO 8601 with Viet Nam's offset.
   *
   * @param time the instant
   * @return for example {@code 2025-07-01T09:30:00+07:00}
   */
  public static String vietNamTime(Instant time) {
    return ISO_VIET_NAM.format(time);
  }

  /**
   * Lays out and renders an appearance.
   *
   * @param doc the document being signed
   * @param a the appearance
   * @param signingTime the signing time shown when asked
   * @param font finds the font, asked only when the appearance has text
   * @return the template
   * @throws IOException if PDFBox fails
   * @throws InvalidInputException if the placement cannot be resolved or the image is invalid
   */
  public static Rendered render(
      PDDocument doc, SignatureAppearance a, Instant signingTime, Supplier<VietnameseFont> font)
      throws IOException {
    byte[] png = a.image();
    PngImage image = png == null ? null : PngImage.read(png, "appearance.image");
    List<String> lines = new ArrayList<>(a.lines());
    if (a.signingTimeShown()) {
      lines.add(vietNamTime(signingTime));
    }
    try (PDDocument t = new PDDocument()) {
      PDType0Font f = lines.isEmpty() ? null : PDType0Font.load(t, font.get().path().toFile());
      float size = a.fontSize();
      float textW = 0;
      for (String line : lines) {
        textW = Math.max(textW, f.getStringWidth(line) / 1000f * size);
      }
      float textH = lines.size() * size * LEADING;
      Placement p = a.placement();
      float imgW = 0;
      float imgH = 0;
      if (image != null) {
        float ratio = (float) image.image().getHeight() / image.image().getWidth();
        if (a.imageAtActualSize() || p.width() == 0 || p.height() == 0) {
          Float mm = a.imageWidthMillimetres();
          if (mm == null) {
            mm = image.widthMillimetres();
          }
          imgW = (mm == null ? SignatureAppearance.DEFAULT_SEAL_WIDTH_MM : mm) * MM;
          imgH = imgW * ratio;
        } else {
          float boxH = Math.max(1, p.height() - textH);
          imgW = Math.min(p.width(), boxH / ratio);
          imgH = imgW * ratio;
        }
      }
      float w = Math.max(Math.max(imgW, textW), a.imageAtActualSize() ? 0 : p.width());
      float h = Math.max(imgH + textH, a.imageAtActualSize() ? 0 : p.height());
      Box box = place(doc, p, w, h, imgW, imgH);
      PDPage target = doc.getPage(box.pageIndex);
      PDPage page = new PDPage(target.getMediaBox());
      t.addPage(page);
      PDAcroForm form = new PDAcroForm(t);
      t.getDocumentCatalog().setAcroForm(form);
      PDSignatureField field = new PDSignatureField(form);
      PDAnnotationWidget widget = field.getWidgets().get(0);
      form.setSignaturesExist(true);
      form.setAppendOnly(true);
      form.getCOSObject().setDirect(true);
      form.getFields().add(field);
      widget.setRectangle(new PDRectangle(box.x, box.y, w, h));
      widget.setPrinted(true);
      PDFormXObject xobject = new PDFormXObject(new PDStream(t));
      xobject.setResources(new PDResources());
      xobject.setFormType(1);
      xobject.setBBox(new PDRectangle(w, h));
      PDAppearanceDictionary ap = new PDAppearanceDictionary();
      ap.getCOSObject().setDirect(true);
      PDAppearanceStream stream = new PDAppearanceStream(xobject.getCOSObject());
      ap.setNormalAppearance(stream);
      widget.setAppearance(ap);
      try (PDPageContentStream cs = new PDPageContentStream(t, stream)) {
        if (image != null) {
          PDImageXObject x = LosslessFactory.createFromImage(t, image.image());
          cs.drawImage(x, (w - imgW) / 2, h - imgH, imgW, imgH);
        }
        if (f != null) {
          cs.beginText();
          cs.setFont(f, size);
          cs.setNonStrokingColor(0f, 0f, 0f);
          float y = h - imgH - size;
          for (String line : lines) {
            float lw = f.getStringWidth(line) / 1000f * size;
            cs.setTextMatrix(new org.apache.pdfbox.util.Matrix(1, 0, 0, 1, (w - lw) / 2, y));
            cs.showText(line);
            y -= size * LEADING;
          }
          cs.endText();
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      t.save(out);
      return new Rendered(out.toByteArray(), box.pageIndex);
    }
  }

  private record Box(int pageIndex, float x, float y) {}

  private static Box place(PDDocument doc, Placement p, float w, float h, float imgW, float imgH)
      throws IOException {
    switch (p.kind()) {
      case COORDINATES -> {
        if (p.page() > doc.getNumberOfPages()) {
          throw new InvalidInputException(
              SignatureErrorCode.PAGE_NOT_FOUND,
              ErrorDetails.field("placement.page")
                  .rejectedValue(Integer.toString(p.page()))
                  .with("pages", doc.getNumberOfPages()));
        }
        return new Box(p.page() - 1, p.x(), p.y());
      }
      case ABOVE_TEXT -> {
        String anchor = p.anchorText();
        AnchorFinder.Hit hit =
            AnchorFinder.find(doc, anchor == null ? "" : anchor)
                .orElseThrow(
                    () ->
                        new InvalidInputException(
                            SignatureErrorCode.ANCHOR_TEXT_NOT_FOUND,
                            ErrorDetails.field("placement.anchorText").rejectedValue(anchor)));
        float centre = (hit.left() + hit.right()) / 2;
        return new Box(hit.pageIndex(), centre - w / 2, hit.top() + ANCHOR_GAP);
      }
      case TOP_RIGHT -> {
        PDRectangle crop = doc.getPage(0).getCropBox();
        return new Box(
            0,
            crop.getUpperRightX() - Placement.TOP_RIGHT_MARGIN - w,
            crop.getUpperRightY() - Placement.TOP_RIGHT_MARGIN - h);
      }
      case OVER_LAST_SIGNATURE -> {
        LastSignature.Found last =
            LastSignature.find(doc)
                .orElseThrow(
                    () ->
                        new InvalidInputException(
                            SignatureErrorCode.NO_EARLIER_SIGNATURE,
                            ErrorDetails.field("placement").rule("pades.seal.after-signer")));
        PDRectangle r = last.rectangle();
        float sealRight = r.getLowerLeftX() + r.getWidth() / 3;
        float centreY = r.getLowerLeftY() + r.getHeight() / 2;
        return new Box(last.pageIndex(), sealRight - (w + imgW) / 2, centreY + imgH / 2 - h);
      }
      default -> throw new IllegalStateException("unknown placement " + p.kind());
    }
  }
}
