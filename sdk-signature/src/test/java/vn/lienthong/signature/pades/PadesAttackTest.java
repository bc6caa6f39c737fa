package vn.lienthong.signature.pades;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquareCircle;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.Test;
import vn.lienthong.signature.Indication;
import vn.lienthong.signature.SubIndication;
import vn.lienthong.signature.ValidationFinding;
import vn.lienthong.signature.ValidationReport;

/**
 * Attacks on signed PDFs, each with its vector (Mladenov et al., "1 Trillion Dollar Refund", 2019:
 * incremental saving, signature wrapping, universal signature forgery; Mainka et al., "Shadow
 * Attacks", 2021: hide, replace, hide-and-replace). Every one must end FAILED with a clear finding,
 * never PASSED.
 */
class PadesAttackTest {

  // ---- incremental saving attacks ----

  @Test
  void pageContentAddedInIncrementalUpdateFails() throws Exception {
    byte[] signed = PadesFixtures.signAsPerson(PadesFixtures.decision());
    byte[] attacked;
    try (PDDocument doc = Loader.loadPDF(signed)) {
      PDPage page = doc.getPage(0);
      try (PDPageContentStream cs =
          new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 20);
        cs.newLineAtOffset(60, 400);
        cs.showText("Amount: 999,000,000");
        cs.endText();
      }
      attacked = saveIncremental(doc, page.getCOSObject());
    }
    assertForbiddenChange(attacked);
  }

  @Test
  void pageContentStreamRedefinedFails() throws Exception {
    byte[] signed = PadesFixtures.signAsPerson(PadesFixtures.decision());
    byte[] attacked;
    try (PDDocument doc = Loader.loadPDF(signed)) {
      COSStream contents =
          (COSStream) doc.getPage(0).getCOSObject().getDictionaryObject(COSName.CONTENTS);
      try (var out = contents.createOutputStream()) {
        out.write("BT /F1 12 Tf 60 400 Td (replaced) Tj ET".getBytes(StandardCharsets.US_ASCII));
      }
      attacked = saveIncremental(doc, contents);
    }
    assertForbiddenChange(attacked);
  }

  @Test
  void pageAddedAfterSigningFails() throws Exception {
    byte[] signed = PadesFixtures.signAsPerson(PadesFixtures.decision());
    byte[] attacked;
    try (PDDocument doc = Loader.loadPDF(signed)) {
      doc.addPage(new PDPage(PDRectangle.A4));
      attacked =
          saveIncremental(
              doc, doc.getDocumentCatalog().getCOSObject(), doc.getPages().getCOSObject());
    }
    assertForbiddenChange(attacked);
  }

  // ---- shadow attacks ----

  /** Hide: an annotation hidden at signing time is made visible afterwards. */
  @Test
  void shadowHideRevealingAnAnnotationFails() throws Exception {
    byte[] original = withAnnotation(PadesFixtures.decision(), true);
    byte[] signed = PadesFixtures.signAsPerson(original);
    assertThat(PadesFixtures.validator().validate(signed).get(0).indication())
        .isEqualTo(Indication.PASSED);
    byte[] attacked;
    try (PDDocument doc = Loader.loadPDF(signed)) {
      PDAnnotation overlay =
          doc.getPage(0).getAnnotations().stream()
              .filter(a -> a instanceof PDAnnotationSquareCircle)
              .findFirst()
              .orElseThrow();
      overlay.setHidden(false);
      attacked = saveIncremental(doc, overlay.getCOSObject());
    }
    assertForbiddenChange(attacked);
  }

  /** Replace: a form field's value (and appearance) is changed after signing. */
  @Test
  void shadowReplaceChangingAFormFieldFails() throws Exception {
    byte[] original = withTextField(PadesFixtures.decision());
    byte[] signed = PadesFixtures.signAsPerson(original);
    byte[] attacked;
    try (PDDocument doc = Loader.loadPDF(signed)) {
      PDTextField field = (PDTextField) doc.getDocumentCatalog().getAcroForm().getField("soTien");
      field.setValue("999000000");
      attacked =
          saveIncremental(
              doc, field.getCOSObject(), field.getWidgets().get(0).getAppearance().getCOSObject());
    }
    assertForbiddenChange(attacked);
  }

  /** Hide-and-replace: the catalog is pointed at another page tree after signing. */
  @Test
  void shadowHideAndReplaceSwappingThePageTreeFails() throws Exception {
    byte[] signed = PadesFixtures.signAsPerson(PadesFixtures.decision());
    byte[] attacked;
    try (PDDocument doc = Loader.loadPDF(signed);
        PDDocument other = Loader.loadPDF(PadesFixtures.document(1))) {
      COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
      COSDictionary pages = new COSDictionary();
      pages.setItem(COSName.TYPE, COSName.PAGES);
      COSArray kids = new COSArray();
      PDPage page = new PDPage(PDRectangle.A4);
      page.getCOSObject().setItem(COSName.PARENT, pages);
      kids.add(page.getCOSObject());
      pages.setItem(COSName.KIDS, kids);
      pages.setInt(COSName.COUNT, 1);
      catalog.setItem(COSName.PAGES, pages);
      attacked = saveIncremental(doc, catalog);
    }
    assertForbiddenChange(attacked);
  }

  // ---- signature wrapping and universal signature forgery ----

  /** The signature dictionary is copied into a later revision (the parsed one is not signed). */
  @Test
  void signatureDictionaryRedefinedInALaterRevisionFails() throws Exception {
    byte[] signed = PadesFixtures.signAsPerson(PadesFixtures.decision());
    byte[] attacked;
    try (PDDocument doc = Loader.loadPDF(signed)) {
      COSDictionary sig = doc.getLastSignatureDictionary().getCOSObject();
      sig.setString(COSName.REASON, "moved");
      attacked = saveIncremental(doc, sig);
    }
    List<ValidationReport> reports = PadesFixtures.validator().validate(attacked);
    assertThat(reports).hasSize(1);
    assertThat(reports.get(0).indication()).isEqualTo(Indication.FAILED);
  }

  @Test
  void byteRangeShiftedOffTheContentsFails() throws Exception {
    byte[] signed = PadesFixtures.signAsPerson(PadesFixtures.decision());
    String text = new String(signed, StandardCharsets.ISO_8859_1);
    int at = text.lastIndexOf("/ByteRange [");
    int end = text.indexOf(']', at);
    String[] numbers = text.substring(at + "/ByteRange [".length(), end).trim().split("\\s+");
    long gapStart = Long.parseLong(numbers[1]);
    String shifted = "0 " + (gapStart - 1) + " " + numbers[2] + " " + numbers[3];
    byte[] attacked = replaceInPlace(signed, at + "/ByteRange [".length(), end, shifted);
    assertFails(
        attacked, ValidationFinding.PDF_BYTE_RANGE_INVALID, ValidationFinding.DIGEST_MISMATCH);
  }

  @Test
  void byteRangeOfZerosFails() throws Exception {
    byte[] signed = PadesFixtures.signAsPerson(PadesFixtures.decision());
    String text = new String(signed, StandardCharsets.ISO_8859_1);
    int at = text.lastIndexOf("/ByteRange [") + "/ByteRange [".length();
    byte[] attacked = replaceInPlace(signed, at, text.indexOf(']', at), "0 0 0 0");
    assertFails(attacked, ValidationFinding.PDF_BYTE_RANGE_INVALID);
  }

  @Test
  void missingByteRangeFails() throws Exception {
    byte[] signed = PadesFixtures.signAsPerson(PadesFixtures.decision());
    String text = new String(signed, StandardCharsets.ISO_8859_1);
    int at = text.lastIndexOf("/ByteRange");
    byte[] attacked = replaceInPlace(signed, at, at + "/ByteRange".length(), "/ByteRangX");
    assertFails(attacked, ValidationFinding.PDF_SIGNATURE_DICTIONARY_INVALID);
  }

  @Test
  void contentsOfZerosFails() throws Exception {
    byte[] signed = PadesFixtures.signAsPerson(PadesFixtures.decision());
    String text = new String(signed, StandardCharsets.ISO_8859_1);
    int at = text.lastIndexOf("/Contents <") + "/Contents <".length();
    int end = text.indexOf('>', at);
    byte[] attacked = replaceInPlace(signed, at, end, "0".repeat(end - at));
    assertFails(attacked, ValidationFinding.CMS_STRUCTURE_INVALID);
  }

  @Test
  void emptyContentsFails() throws Exception {
    byte[] signed = PadesFixtures.signAsPerson(PadesFixtures.decision());
    String text = new String(signed, StandardCharsets.ISO_8859_1);
    int at = text.lastIndexOf("/Contents <");
    int end = text.indexOf('>', at) + 1;
    String empty = "/Contents <>" + " ".repeat(end - at - "/Contents <>".length());
    byte[] attacked = replaceInPlace(signed, at, end, empty);
    List<ValidationReport> reports = PadesFixtures.validator().validate(attacked);
    assertThat(reports).hasSize(1);
    assertThat(reports.get(0).indication()).isEqualTo(Indication.FAILED);
  }

  @Test
  void signedByteChangedFailsWithHashFailure() throws Exception {
    byte[] signed = PadesFixtures.signAsPerson(PadesFixtures.decision());
    String text = new String(signed, StandardCharsets.ISO_8859_1);
    int at = text.indexOf("/MediaBox");
    byte[] attacked = replaceInPlace(signed, at, at + 9, "/MediaBoy");
    assertFails(attacked, ValidationFinding.DIGEST_MISMATCH);
    assertThat(PadesFixtures.validator().validate(attacked).get(0).subIndication())
        .contains(SubIndication.HASH_FAILURE);
  }

  // ---- allowed changes ----

  @Test
  void documentSecurityStoreAddedLaterIsAllowed() throws Exception {
    byte[] signed = PadesFixtures.signAsPerson(PadesFixtures.decision());
    byte[] extended;
    try (PDDocument doc = Loader.loadPDF(signed)) {
      COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
      COSDictionary dss = new COSDictionary();
      COSArray certs = new COSArray();
      COSStream cert = doc.getDocument().createCOSStream();
      try (var out = cert.createOutputStream()) {
        out.write(PadesFixtures.signer().certificate().getEncoded());
      }
      certs.add(cert);
      dss.setItem(COSName.getPDFName("Certs"), certs);
      catalog.setItem(COSName.getPDFName("DSS"), dss);
      extended = saveIncremental(doc, catalog);
    }
    ValidationReport r = PadesFixtures.validator().validate(extended).get(0);
    assertThat(r.indication()).as("%s", r).isEqualTo(Indication.PASSED);
    assertThat(r.fullDocumentSigned()).isFalse();
    assertThat(r.findings()).contains(ValidationFinding.PDF_ALLOWED_CHANGES_AFTER_SIGNING);
  }

  // ---- helpers ----

  private static void assertForbiddenChange(byte[] attacked) {
    List<ValidationReport> reports = PadesFixtures.validator().validate(attacked);
    assertThat(reports).hasSize(1);
    ValidationReport r = reports.get(0);
    assertThat(r.indication()).as("%s", r).isEqualTo(Indication.FAILED);
    assertThat(r.subIndication()).contains(SubIndication.HASH_FAILURE);
    assertThat(r.findings()).contains(ValidationFinding.PDF_CHANGED_AFTER_SIGNING);
    assertThat(r.fullDocumentSigned()).isFalse();
  }

  private static void assertFails(byte[] attacked, ValidationFinding... anyOf) {
    List<ValidationReport> reports = PadesFixtures.validator().validate(attacked);
    assertThat(reports).hasSize(1);
    ValidationReport r = reports.get(0);
    assertThat(r.indication()).as("%s", r).isEqualTo(Indication.FAILED);
    assertThat(r.findings()).containsAnyOf(anyOf);
  }

  static byte[] saveIncremental(PDDocument doc, COSDictionary... changed) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.saveIncremental(out, Set.of(changed));
    return out.toByteArray();
  }

  /** Appends text to the first page's content in an incremental update (the attack vector). */
  static byte[] appendPageContent(byte[] signed) throws Exception {
    try (PDDocument doc = Loader.loadPDF(signed)) {
      PDPage page = doc.getPage(0);
      try (PDPageContentStream cs =
          new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 20);
        cs.newLineAtOffset(60, 400);
        cs.showText("Amount: 999,000,000");
        cs.endText();
      }
      return saveIncremental(doc, page.getCOSObject());
    }
  }

  static byte[] replaceInPlace(byte[] pdf, int from, int to, String replacement) {
    StringBuilder padded = new StringBuilder(replacement);
    while (padded.length() < to - from) {
      padded.append(' ');
    }
    if (padded.length() != to - from) {
      throw new IllegalArgumentException("replacement longer than the original");
    }
    byte[] out = pdf.clone();
    byte[] r = padded.toString().getBytes(StandardCharsets.ISO_8859_1);
    System.arraycopy(r, 0, out, from, r.length);
    return out;
  }

  /** Adds a red square annotation over the body, hidden or shown. */
  private static byte[] withAnnotation(byte[] pdf, boolean hidden) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      var square = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquare();
      square.setRectangle(new PDRectangle(50, 300, 400, 300));
      square.setHidden(hidden);
      square.constructAppearances(doc);
      doc.getPage(0).getAnnotations().add(square);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  /** Adds a text field "soTien" (amount) with a value. */
  private static byte[] withTextField(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDAcroForm form = new PDAcroForm(doc);
      doc.getDocumentCatalog().setAcroForm(form);
      form.setDefaultResources(new org.apache.pdfbox.pdmodel.PDResources());
      form.getDefaultResources()
          .put(COSName.getPDFName("Helv"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
      form.setDefaultAppearance("/Helv 12 Tf 0 g");
      PDTextField field = new PDTextField(form);
      field.setPartialName("soTien");
      form.getFields().add(field);
      var widget = field.getWidgets().get(0);
      widget.setRectangle(new PDRectangle(60, 420, 200, 20));
      widget.setPage(doc.getPage(0));
      doc.getPage(0).getAnnotations().add(widget);
      field.setValue("100000");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }
}
