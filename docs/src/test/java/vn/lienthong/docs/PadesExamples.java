package vn.lienthong.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.signature.Indication;
import vn.lienthong.signature.SignatureAlgorithm;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.SigningKey;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.pades.PadesParameters;
import vn.lienthong.signature.pades.PadesSigner;
import vn.lienthong.signature.pades.PadesValidator;
import vn.lienthong.signature.pades.Placement;
import vn.lienthong.signature.pades.SignatureAppearance;

/** PAdES examples of docs/sdk-signature.md. */
class PadesExamples {

  private static final Path FONT =
      Path.of("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf");

  @Test
  void pades(@TempDir Path dir) throws Exception {
    KeyPair rootKeys = rsa();
    X509Certificate root = certificate("CN=TEST Root", rootKeys, "CN=TEST Root", rootKeys, true);
    SigningKey officerKey = key("CN=TEST Chu tich", root, rootKeys);
    SigningKey agencyKey = key("CN=TEST UBND xa Ba Vi", root, rootKeys);
    byte[] pdf = decision();
    byte[] signaturePng = png(Color.BLUE);
    byte[] sealPng = png(Color.RED);

    // tag::pades[]
    PadesSigner signer = PadesSigner.create(); // texts in Liberation Serif (fonts-liberation2)

    // 1. The competent person: handwritten signature image between the title and the name.
    SignatureParameters person = SignatureParameters.builder(officerKey.certificateChain()).build();
    PadesParameters first =
        PadesParameters.builder(person)
            .appearance(
                SignatureAppearance.competentPerson(
                    signaturePng, Placement.aboveText("Nguyễn Văn An", 120, 50)))
            .build();
    byte[] toSign = signer.dataToSign(pdf, first); // may travel to a token or a service
    byte[] value = officerKey.sign(toSign, person.signatureAlgorithm());
    byte[] signedByPerson = signer.sign(pdf, first, value); // PAdES B-B, incremental update

    // 2. The agency: red seal over the left third of that image, name and time below it.
    PadesParameters second =
        PadesParameters.builder(SignatureParameters.builder(agencyKey.certificateChain()).build())
            .appearance(
                SignatureAppearance.agencySeal(
                    sealPng, "ỦY BAN NHÂN DÂN XÃ BA VÌ", Placement.overLastSignature()))
            .build();
    byte[] signedByBoth = signer.sign(signedByPerson, second, agencyKey);

    PadesValidator validator = PadesValidator.builder().trustAnchors(List.of(root)).build();
    List<ValidationReport> reports = validator.validate(signedByBoth); // in signing order
    Indication person1 = reports.get(0).indication(); // PASSED; only a signature came after it
    Indication agency2 = reports.get(1).indication(); // PASSED; covers the whole file
    List<String> lines = reports.get(1).messages(Locale.forLanguageTag("vi"));
    // end::pades[]
    assertThat(person1).isEqualTo(Indication.PASSED);
    assertThat(agency2).isEqualTo(Indication.PASSED);
    assertThat(reports.get(1).fullDocumentSigned()).isTrue();
    assertThat(lines.get(0)).isEqualTo("Chữ ký hợp lệ");

    Path pdfFile = dir.resolve("ban-sao.pdf");
    Files.write(pdfFile, pdf);
    Path signedFile = dir.resolve("ban-sao-da-ky.pdf");
    SigningKey key = agencyKey;
    // tag::pades-copy[]
    PadesParameters copy =
        PadesParameters.builder(SignatureParameters.builder(key.certificateChain()).build())
            .appearance(SignatureAppearance.electronicCopy("SAO Y", "ỦY BAN NHÂN DÂN XÃ BA VÌ"))
            .build(); // top right of page 1, no image
    try (OutputStream out = Files.newOutputStream(signedFile)) {
      signer.sign(pdfFile, copy, key, out); // file to stream: large PDFs sign in a small heap
    }
    List<ValidationReport> copyReports = validator.validate(signedFile);
    // end::pades-copy[]
    assertThat(copyReports.get(0).indication()).isEqualTo(Indication.PASSED);
  }

  private static byte[] decision() throws Exception {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      PDType0Font font = PDType0Font.load(doc, FONT.toFile());
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(font, 13);
        cs.newLineAtOffset(390, 250);
        cs.showText("CHỦ TỊCH");
        cs.newLineAtOffset(-20, -90);
        cs.showText("Nguyễn Văn An");
        cs.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static byte[] png(Color color) throws Exception {
    BufferedImage img = new BufferedImage(200, 200, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    g.setColor(color);
    g.drawOval(10, 10, 180, 180);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }

  private static SigningKey key(String subject, X509Certificate root, KeyPair rootKeys)
      throws Exception {
    KeyPair keys = rsa();
    X509Certificate cert = certificate(subject, keys, "CN=TEST Root", rootKeys, false);
    PrivateKey privateKey = keys.getPrivate();
    return new SigningKey() {
      @Override
      public List<X509Certificate> certificateChain() {
        return List.of(cert, root);
      }

      @Override
      public byte[] sign(byte[] dataToSign, SignatureAlgorithm algorithm) {
        try {
          java.security.Signature s = java.security.Signature.getInstance("RSASSA-PSS");
          s.setParameter(
              new java.security.spec.PSSParameterSpec(
                  "SHA-256", "MGF1", java.security.spec.MGF1ParameterSpec.SHA256, 32, 1));
          s.initSign(privateKey);
          s.update(dataToSign);
          return s.sign();
        } catch (java.security.GeneralSecurityException e) {
          throw new IllegalStateException(e);
        }
      }
    };
  }

  private static KeyPair rsa() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    return g.generateKeyPair();
  }

  private static X509Certificate certificate(
      String subject, KeyPair subjectKeys, String issuer, KeyPair issuerKeys, boolean ca)
      throws Exception {
    Instant now = Instant.now();
    X509v3CertificateBuilder b =
        new JcaX509v3CertificateBuilder(
            new X500Name(issuer),
            BigInteger.valueOf(System.nanoTime()),
            Date.from(now.minus(Duration.ofDays(1))),
            Date.from(now.plus(Duration.ofDays(365))),
            new X500Name(subject),
            subjectKeys.getPublic());
    b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
    if (!ca) {
      b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
    }
    return new JcaX509CertificateConverter()
        .getCertificate(
            b.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate())));
  }
}
