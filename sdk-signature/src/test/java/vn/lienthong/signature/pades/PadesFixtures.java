package vn.lienthong.signature.pades;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.CubicCurve2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.lienthong.signature.Pkcs12SigningKey;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.internal.pdf.VietnameseFont;
import vn.lienthong.signature.testpki.TestPki;

/**
 * Documents, images and keys shared by the PAdES tests, all generated here: a one-page decision
 * with a Vietnamese signature block, a blue handwritten-signature PNG and a red seal PNG (no
 * third-party images).
 */
final class PadesFixtures {

  static final String TITLE = "CHỦ TỊCH";
  static final String SIGNER_NAME = "Nguyễn Văn An";
  static final String AGENCY = "ỦY BAN NHÂN DÂN XÃ BA VÌ";
  static final Instant SIGNING_TIME = Instant.parse("2025-07-01T02:30:00Z");

  private static byte[] decision;
  private static TestPki.Signer signer;
  private static TestPki.Signer agency;

  private PadesFixtures() {}

  static Path font() {
    return VietnameseFont.find(null).path();
  }

  /** A one-page A4 decision: heading, body, and the signature block (title, blank, name). */
  static synchronized byte[] decision() throws Exception {
    if (decision == null) {
      decision = document(1);
    }
    return decision.clone();
  }

  /** A document of some pages, each with text; the signature block on the last one. */
  static byte[] document(int pages) throws Exception {
    try (PDDocument doc = new PDDocument()) {
      PDType0Font f = PDType0Font.load(doc, font().toFile());
      for (int i = 1; i <= pages; i++) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          text(cs, f, 13, 60, 780, "ỦY BAN NHÂN DÂN XÃ BA VÌ");
          text(cs, f, 13, 330, 780, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
          text(cs, f, 14, 200, 700, "QUYẾT ĐỊNH");
          text(cs, f, 13, 60, 660, "Về việc cấp giấy chứng nhận đăng ký khai sinh, trang " + i);
          for (int line = 0; line < 20; line++) {
            text(cs, f, 12, 60, 620 - line * 16, "Điều " + (line + 1) + ". Nội dung quyết định.");
          }
          if (i == pages) {
            text(cs, f, 13, 390, 250, TITLE);
            text(cs, f, 13, 370, 160, SIGNER_NAME);
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static void text(
      PDPageContentStream cs, PDType0Font f, float size, float x, float y, String s)
      throws Exception {
    cs.beginText();
    cs.setFont(f, size);
    cs.newLineAtOffset(x, y);
    cs.showText(s);
    cs.endText();
  }

  /** A blue handwritten-looking signature on a transparent background. */
  static byte[] signaturePng() throws Exception {
    BufferedImage img = new BufferedImage(300, 120, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(0, 51, 204));
    g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(new CubicCurve2D.Float(20, 90, 80, -20, 120, 150, 170, 40));
    g.draw(new CubicCurve2D.Float(170, 40, 200, 10, 230, 110, 280, 60));
    g.dispose();
    return png(img);
  }

  /** A red round seal with a star, on a transparent background, 36 mm wide at 300 dpi. */
  static byte[] sealPng() throws Exception {
    int size = 425; // 36 mm at 300 dpi
    BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(220, 20, 30, 230));
    g.setStroke(new BasicStroke(10f));
    g.drawOval(8, 8, size - 16, size - 16);
    g.drawOval(60, 60, size - 120, size - 120);
    int c = size / 2;
    int[] xs = new int[10];
    int[] ys = new int[10];
    for (int i = 0; i < 10; i++) {
      double r = i % 2 == 0 ? 70 : 28;
      double a = Math.PI / 2 + i * Math.PI / 5;
      xs[i] = (int) (c + r * Math.cos(a));
      ys[i] = (int) (c - r * Math.sin(a));
    }
    g.fillPolygon(xs, ys, 10);
    g.dispose();
    return png(img);
  }

  static byte[] png(BufferedImage img) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }

  static synchronized TestPki.Signer signer() throws Exception {
    if (signer == null) {
      signer = TestPki.shared().rsaSigner(2048);
    }
    return signer;
  }

  static synchronized TestPki.Signer agency() throws Exception {
    if (agency == null) {
      agency = TestPki.shared().ecSigner("secp256r1");
    }
    return agency;
  }

  static Pkcs12SigningKey key(TestPki.Signer s) throws Exception {
    return Pkcs12SigningKey.load(s.pkcs12Stream(), TestPki.PASSWORD, "signer");
  }

  static SignatureParameters parameters(TestPki.Signer s) {
    return SignatureParameters.builder(List.of(s.certificate(), s.issuer()))
        .signingTime(SIGNING_TIME)
        .build();
  }

  static PadesValidator validator() {
    return PadesValidator.builder().trustAnchors(List.of(TestPki.shared().root())).build();
  }

  /** Signs with the competent person's appearance above the signer's name. */
  static byte[] signAsPerson(byte[] pdf) throws Exception {
    TestPki.Signer s = signer();
    PadesParameters p =
        PadesParameters.builder(parameters(s))
            .appearance(
                SignatureAppearance.competentPerson(
                    signaturePng(), Placement.aboveText(SIGNER_NAME, 120, 60)))
            .build();
    return PadesSigner.create().sign(pdf, p, key(s));
  }

  /** Signs with the agency's seal over the last signature. */
  static byte[] signAsAgency(byte[] pdf) throws Exception {
    TestPki.Signer s = agency();
    PadesParameters p =
        PadesParameters.builder(parameters(s))
            .appearance(
                SignatureAppearance.agencySeal(sealPng(), AGENCY, Placement.overLastSignature()))
            .build();
    return PadesSigner.create().sign(pdf, p, key(s));
  }
}
