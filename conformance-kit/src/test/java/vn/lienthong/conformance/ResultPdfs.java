package vn.lienthong.conformance;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.cert.X509Certificate;
import java.util.Calendar;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import vn.lienthong.signature.Pkcs12SigningKey;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.internal.pdf.AppearanceTemplate;
import vn.lienthong.signature.internal.pdf.VietnameseFont;
import vn.lienthong.signature.pades.PadesParameters;
import vn.lienthong.signature.pades.PadesSigner;
import vn.lienthong.signature.pades.Placement;
import vn.lienthong.signature.pades.SignatureAppearance;
import vn.lienthong.signature.testpki.TestPki;

/**
 * Result PDFs made in the tests with sdk-signature's PAdES signer and TestPki: a one-page decision,
 * signed by the competent person (RSA) and then the agency (EC P-256), and broken variants.
 */
final class ResultPdfs {

  /** Text in the agency certificate's subject (TestPki's EC signer). */
  static final String AGENCY_SUBJECT = "EC secp256r1";

  private static TestPki.Signer person;
  private static TestPki.Signer agency;

  private ResultPdfs() {}

  static synchronized TestPki.Signer person() throws Exception {
    if (person == null) {
      person = TestPki.shared().rsaSigner(2048);
    }
    return person;
  }

  static synchronized TestPki.Signer agency() throws Exception {
    if (agency == null) {
      agency = TestPki.shared().ecSigner("secp256r1");
    }
    return agency;
  }

  static X509Certificate root() {
    return TestPki.shared().root();
  }

  static byte[] unsigned() throws Exception {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        text(cs, 60, 760, "UY BAN NHAN DAN XA BA VI - QUYET DINH");
        text(cs, 60, 720, "Cap giay chung nhan dang ky khai sinh.");
        // The signature block: the title line above the place of the signature image (y 200-260),
        // the full name below it.
        text(cs, 340, 290, "CHU TICH");
        text(cs, 325, 175, "Tran Van Binh");
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static void text(PDPageContentStream cs, float x, float y, String s) throws Exception {
    cs.beginText();
    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
    cs.newLineAtOffset(x, y);
    cs.showText(s);
    cs.endText();
  }

  /** The agency name the seal's text shows. */
  static final String AGENCY_NAME = "ỦY BAN NHÂN DÂN XÃ BA VÌ";

  /** Where the competent person's signature image goes: x 300-450, y 200-260 on page 1. */
  static final Placement PERSON_PLACE = Placement.at(1, 300, 200, 150, 60);

  static byte[] sign(byte[] pdf, TestPki.Signer s) throws Exception {
    return sign(pdf, s, null);
  }

  static byte[] sign(byte[] pdf, TestPki.Signer s, SignatureAppearance appearance)
      throws Exception {
    Pkcs12SigningKey key = Pkcs12SigningKey.load(s.pkcs12Stream(), TestPki.PASSWORD, "signer");
    PadesParameters.Builder p =
        PadesParameters.builder(
            SignatureParameters.builder(List.of(s.certificate(), s.issuer())).build());
    if (appearance != null) {
      p.appearance(appearance);
    }
    return PadesSigner.create().sign(pdf, p.build(), key);
  }

  /** A blue handwritten-like stroke on a transparent background, 300 x 120 px. */
  static byte[] signaturePng() throws Exception {
    return png(300, 120, new Color(20, 40, 190), false);
  }

  /** A red ring with a star on a transparent background, 400 x 400 px. */
  static byte[] sealPng() throws Exception {
    return png(400, 400, new Color(210, 20, 30), true);
  }

  private static byte[] png(int w, int h, Color ink, boolean seal) throws Exception {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(ink);
    g.setStroke(new BasicStroke(seal ? 14 : 6));
    if (seal) {
      g.drawOval(10, 10, w - 20, h - 20);
      g.drawOval(60, 60, w - 120, h - 120);
      g.fillOval(w / 2 - 40, h / 2 - 40, 80, 80);
    } else {
      g.drawArc(20, 20, 120, 80, 0, 300);
      g.drawLine(100, 90, 280, 30);
      g.drawArc(150, 40, 100, 60, 180, 200);
    }
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }

  static SignatureAppearance personAppearance() throws Exception {
    return SignatureAppearance.competentPerson(signaturePng(), PERSON_PLACE);
  }

  static SignatureAppearance agencyAppearance() throws Exception {
    return SignatureAppearance.agencySeal(sealPng(), AGENCY_NAME, Placement.overLastSignature());
  }

  static byte[] signedByPerson() throws Exception {
    return sign(unsigned(), person(), personAppearance());
  }

  /** Person, then agency, with the Decree 30 appearances: what Decree 30 asks. */
  static byte[] good() throws Exception {
    return sign(signedByPerson(), agency(), agencyAppearance());
  }

  /** Agency first, then person. */
  static byte[] wrongOrder() throws Exception {
    return sign(sign(unsigned(), agency()), person());
  }

  /** Both signatures visible, with text but no images. */
  static byte[] withoutImages() throws Exception {
    byte[] first =
        sign(
            unsigned(),
            person(),
            SignatureAppearance.builder(PERSON_PLACE).lines(List.of("Trần Văn Bình")).build());
    return sign(
        first,
        agency(),
        SignatureAppearance.builder(Placement.at(1, 250, 140, 150, 50))
            .lines(List.of(AGENCY_NAME))
            .signingTimeShown(true)
            .build());
  }

  /** The signature image far above the signature block's title and name lines. */
  static byte[] imageOutsideTheSignatureBlock() throws Exception {
    byte[] first =
        sign(
            unsigned(),
            person(),
            SignatureAppearance.competentPerson(
                signaturePng(), Placement.at(1, 300, 480, 150, 60)));
    return sign(first, agency(), agencyAppearance());
  }

  /** The seal's text drawn in red instead of black. */
  static byte[] redSealText() throws Exception {
    return agencySignedOutsideTheSdk("SHA256withECDSA", true);
  }

  /** The seal over the right part of the signature image. */
  static byte[] sealOnTheRight() throws Exception {
    return sign(
        signedByPerson(),
        agency(),
        SignatureAppearance.agencySeal(sealPng(), AGENCY_NAME, Placement.at(1, 400, 150, 0, 0)));
  }

  /** The seal's text shows the time as dd/MM/yyyy HH:mm, not ISO 8601 with +07:00. */
  static byte[] wrongTimeFormat() throws Exception {
    return sign(
        signedByPerson(),
        agency(),
        SignatureAppearance.builder(Placement.overLastSignature())
            .image(sealPng())
            .imageAtActualSize(true)
            .lines(List.of(AGENCY_NAME, "01/07/2025 09:30"))
            .signingTimeShown(false)
            .build());
  }

  /** The good PDF with text added to the page in an incremental update after both signatures. */
  static byte[] changedAfterSigning() throws Exception {
    try (PDDocument doc = Loader.loadPDF(good())) {
      PDPage page = doc.getPage(0);
      try (PDPageContentStream cs =
          new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true)) {
        text(cs, 60, 400, "Le phi: 999.000.000 dong");
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.saveIncremental(out, Set.of(page.getCOSObject()));
      return out.toByteArray();
    }
  }

  /**
   * The person's valid signature, then the agency's made with SHA-1 (outside sdk-signature), with
   * the Decree 30 seal appearance laid out by sdk-signature's template.
   */
  static byte[] sha1AgencySignature() throws Exception {
    return agencySignedOutsideTheSdk("SHA1withECDSA", false);
  }

  /**
   * The person's valid signature, then the agency's made outside sdk-signature with the given
   * algorithm and the Decree 30 seal appearance laid out by sdk-signature's template, optionally
   * with the template's text colour changed to red.
   */
  private static byte[] agencySignedOutsideTheSdk(String algorithm, boolean redText)
      throws Exception {
    byte[] first = signedByPerson();
    TestPki.Signer s = agency();
    try (PDDocument doc = Loader.loadPDF(first)) {
      PDSignature sig = new PDSignature();
      sig.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      sig.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
      Calendar now = Calendar.getInstance();
      sig.setSignDate(now);
      AppearanceTemplate.Rendered template =
          AppearanceTemplate.render(
              doc, agencyAppearance(), now.toInstant(), () -> VietnameseFont.find(null));
      byte[] visual = redText ? redText(template.pdf()) : template.pdf();
      SignatureOptions options = new SignatureOptions();
      options.setVisualSignature(new ByteArrayInputStream(visual));
      options.setPage(template.pageIndex());
      doc.addSignature(sig, options);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ExternalSigningSupport ext = doc.saveIncrementalForExternalSigning(out);
      byte[] content = ext.getContent().readAllBytes();
      CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
      gen.addSignerInfoGenerator(
          new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
              .build(
                  new JcaContentSignerBuilder(algorithm).build(s.keys().getPrivate()),
                  s.certificate()));
      gen.addCertificates(new JcaCertStore(List.of(s.certificate(), s.issuer())));
      ext.setSignature(gen.generate(new CMSProcessableByteArray(content), false).getEncoded());
      options.close();
      return out.toByteArray();
    }
  }

  /** The template's appearance with every black text fill ({@code 0 0 0 rg}) made red. */
  private static byte[] redText(byte[] templatePdf) throws Exception {
    try (PDDocument t = Loader.loadPDF(templatePdf)) {
      int changed = 0;
      for (org.apache.pdfbox.cos.COSObjectKey k : t.getDocument().getXrefTable().keySet()) {
        if (t.getDocument().getObjectFromPool(k).getObject()
            instanceof org.apache.pdfbox.cos.COSStream stream) {
          byte[] data;
          try (java.io.InputStream in = stream.createInputStream()) {
            data = in.readAllBytes();
          }
          String text = new String(data, java.nio.charset.StandardCharsets.ISO_8859_1);
          if (text.contains("0 0 0 rg") && text.contains("BT")) {
            try (java.io.OutputStream w =
                stream.createOutputStream(org.apache.pdfbox.cos.COSName.FLATE_DECODE)) {
              w.write(
                  text.replace("0 0 0 rg", "0.85 0 0 rg")
                      .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            }
            changed++;
          }
        }
      }
      if (changed == 0) {
        throw new IllegalStateException("the template has no black text fill to change");
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      t.save(out);
      return out.toByteArray();
    }
  }
}
