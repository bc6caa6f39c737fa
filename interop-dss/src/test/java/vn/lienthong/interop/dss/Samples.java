package vn.lienthong.interop.dss;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.CubicCurve2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import vn.lienthong.signature.Pkcs12SigningKey;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.testpki.TestPki;
import vn.lienthong.signature.timestamp.TimestampClient;
import vn.lienthong.signature.trust.CertificateVerifier;
import vn.lienthong.signature.trust.TrustAnchors;

/**
 * Documents, images and signers shared by the DSS interoperability tests, all generated here: an
 * XML dossier, a PDF decision of some pages with a signature block, a blue signature PNG, a red
 * seal PNG, and signers of the shared test PKI (a person and an agency).
 */
public final class Samples {

  public static final String PERSON = "TEST Nguyen Van An";
  public static final String AGENCY = "TEST UBND xa Ba Vi";
  public static final String SIGNER_NAME_ON_PAGE = "Nguyen Van An";

  private static TestPki.Signer person;
  private static TestPki.Signer agency;

  private Samples() {}

  /** A small XML dossier (about 10 KB when {@code lines} is 200). */
  public static byte[] xml(int lines) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<HoSo>");
    for (int i = 0; i < lines; i++) {
      b.append("<Dong so=\"").append(i).append("\">Nguyễn Văn A, xã Ba Vì, Hà Nội</Dong>");
    }
    return b.append("</HoSo>").toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A PDF decision of the given number of pages, the signature block on the last one. */
  public static byte[] pdf(int pages) throws Exception {
    try (PDDocument doc = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
      for (int p = 1; p <= pages; p++) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          text(cs, font, 14, 220, 760, "QUYET DINH");
          for (int line = 0; line < 30; line++) {
            text(
                cs, font, 12, 60, 720 - line * 16, "Dieu " + (line + 1) + ". Noi dung, trang " + p);
          }
          if (p == pages) {
            text(cs, font, 13, 390, 220, "CHU TICH");
            text(cs, font, 13, 370, 130, SIGNER_NAME_ON_PAGE);
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  /** A PDF of at least {@code bytes}, made of pages of uncompressed drawing operators. */
  public static byte[] largePdf(int bytes) throws Exception {
    java.util.Random random = new java.util.Random(42);
    try (PDDocument doc = new PDDocument()) {
      int pages = 0;
      while (true) {
        for (int k = 0; k < 10; k++) {
          PDPage page = new PDPage(PDRectangle.A4);
          doc.addPage(page);
          pages++;
          try (PDPageContentStream cs =
              new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, false)) {
            for (int i = 0; i < 2000; i++) {
              cs.moveTo(random.nextInt(595), random.nextInt(842));
              cs.lineTo(random.nextInt(595), random.nextInt(842));
              cs.stroke();
            }
          }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        if (out.size() >= bytes || pages > 10_000) {
          return out.toByteArray();
        }
      }
    }
  }

  private static void text(
      PDPageContentStream cs, PDType1Font f, float size, float x, float y, String s)
      throws Exception {
    cs.beginText();
    cs.setFont(f, size);
    cs.newLineAtOffset(x, y);
    cs.showText(s);
    cs.endText();
  }

  /** A blue handwritten-looking signature on a transparent background. */
  public static byte[] signaturePng() throws Exception {
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

  /** A red round seal on a transparent background, 36 mm wide at 300 dpi. */
  public static byte[] sealPng() throws Exception {
    int size = 425;
    BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(220, 20, 30, 230));
    g.setStroke(new BasicStroke(10f));
    g.drawOval(8, 8, size - 16, size - 16);
    g.drawOval(60, 60, size - 120, size - 120);
    g.dispose();
    return png(img);
  }

  private static byte[] png(BufferedImage img) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }

  /** The competent person: RSA-2048, issued by the test issuing CA. */
  public static synchronized TestPki.Signer person() throws Exception {
    if (person == null) {
      person = TestPki.shared().personSigner(PERSON);
    }
    return person;
  }

  /** The agency (seal): an RSA-2048 organisation certificate of the test issuing CA. */
  public static synchronized TestPki.Signer agency() throws Exception {
    if (agency == null) {
      agency = TestPki.shared().organisationSigner(AGENCY);
    }
    return agency;
  }

  public static Pkcs12SigningKey key(TestPki.Signer s) throws Exception {
    return Pkcs12SigningKey.load(s.pkcs12Stream(), TestPki.PASSWORD, "signer");
  }

  /** Parameters for a signer with its chain (signer, issuing CA); signing time now. */
  public static SignatureParameters parameters(TestPki.Signer s) {
    return SignatureParameters.builder(List.of(s.certificate(), s.issuer())).build();
  }

  /** Our verifier for the test PKI (root trusted, online CRL/OCSP from the loopback server). */
  public static CertificateVerifier verifier() {
    return CertificateVerifier.builder()
        .trustAnchors(TrustAnchors.of("TEST", List.of(TestPki.shared().root())))
        .build();
  }

  /**
   * Our verifier set up as the DSS oracle is: root trusted, the two CRLs given, nothing fetched.
   */
  public static CertificateVerifier offlineVerifier() throws Exception {
    TestPki pki = TestPki.shared();
    return CertificateVerifier.builder()
        .trustAnchors(TrustAnchors.of("TEST", List.of(pki.root())))
        .online(false)
        .crls(List.of(pki.rootCrl(), pki.crl()))
        .build();
  }

  /** Our client of the test PKI's loopback TSA. */
  public static TimestampClient tsa() {
    return TimestampClient.builder()
        .uri(TestPki.shared().server().timestampUri())
        .certificateVerifier(verifier())
        .timeout(Duration.ofSeconds(10))
        .build();
  }
}
