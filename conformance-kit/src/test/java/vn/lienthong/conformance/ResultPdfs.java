package vn.lienthong.conformance;

import java.io.ByteArrayOutputStream;
import java.security.cert.X509Certificate;
import java.util.Calendar;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import vn.lienthong.signature.Pkcs12SigningKey;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.pades.PadesParameters;
import vn.lienthong.signature.pades.PadesSigner;
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

  static byte[] sign(byte[] pdf, TestPki.Signer s) throws Exception {
    Pkcs12SigningKey key = Pkcs12SigningKey.load(s.pkcs12Stream(), TestPki.PASSWORD, "signer");
    PadesParameters p =
        PadesParameters.builder(
                SignatureParameters.builder(List.of(s.certificate(), s.issuer())).build())
            .build();
    return PadesSigner.create().sign(pdf, p, key);
  }

  /** Person, then agency: what Decree 30 asks. */
  static byte[] good() throws Exception {
    return sign(sign(unsigned(), person()), agency());
  }

  /** Agency first, then person. */
  static byte[] wrongOrder() throws Exception {
    return sign(sign(unsigned(), agency()), person());
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

  /** The person's valid signature, then the agency's made with SHA-1 (outside sdk-signature). */
  static byte[] sha1AgencySignature() throws Exception {
    byte[] first = sign(unsigned(), person());
    TestPki.Signer s = agency();
    try (PDDocument doc = Loader.loadPDF(first)) {
      PDSignature sig = new PDSignature();
      sig.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      sig.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
      sig.setSignDate(Calendar.getInstance());
      doc.addSignature(sig);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ExternalSigningSupport ext = doc.saveIncrementalForExternalSigning(out);
      byte[] content = ext.getContent().readAllBytes();
      CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
      gen.addSignerInfoGenerator(
          new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
              .build(
                  new JcaContentSignerBuilder("SHA1withECDSA").build(s.keys().getPrivate()),
                  s.certificate()));
      gen.addCertificates(new JcaCertStore(List.of(s.certificate(), s.issuer())));
      ext.setSignature(gen.generate(new CMSProcessableByteArray(content), false).getEncoded());
      return out.toByteArray();
    }
  }
}
