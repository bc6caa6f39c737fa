package vn.lienthong.signature.pades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.core.LienThongException;
import vn.lienthong.signature.Indication;
import vn.lienthong.signature.ValidationFinding;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.testpki.TestPki;

class PadesSignerTest {

  @Test
  void invisibleSignatureIsPadesBaselineB() throws Exception {
    TestPki.Signer s = PadesFixtures.signer();
    byte[] signed =
        PadesSigner.create()
            .sign(
                PadesFixtures.decision(),
                PadesParameters.builder(PadesFixtures.parameters(s)).reason("Phê duyệt").build(),
                PadesFixtures.key(s));

    try (PDDocument doc = Loader.loadPDF(signed)) {
      PDSignature sig = doc.getLastSignatureDictionary();
      assertThat(sig.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
      assertThat(sig.getFilter()).isEqualTo("Adobe.PPKLite");
      assertThat(sig.getSignDate().toInstant()).isEqualTo(PadesFixtures.SIGNING_TIME);
      assertThat(sig.getCOSObject().getString(COSName.M)).endsWith("+07'00'");
      assertThat(doc.getDocumentCatalog().getCOSObject().containsKey(COSName.PERMS))
          .as("no DocMDP certification: later signatures stay allowed")
          .isFalse();
      CMSSignedData cms =
          new CMSSignedData(
              org.bouncycastle.asn1.cms.ContentInfo.getInstance(
                  new org.bouncycastle.asn1.ASN1InputStream(sig.getContents()).readObject()));
      SignerInformation si = cms.getSignerInfos().getSigners().iterator().next();
      assertThat(si.getSignedAttributes().get(CMSAttributes.signingTime)).isNull();
      assertThat(si.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2))
          .isNotNull();
      assertThat(si.getDigestAlgOID()).isEqualTo("2.16.840.1.101.3.4.2.1");
      assertThat(cms.isDetachedSignature()).isTrue();
    }
    List<ValidationReport> reports = PadesFixtures.validator().validate(signed);
    assertThat(reports).hasSize(1);
    assertThat(reports.get(0).indication()).as("%s", reports.get(0)).isEqualTo(Indication.PASSED);
    assertThat(reports.get(0).fullDocumentSigned()).isTrue();
    assertThat(reports.get(0).signingTime()).contains(PadesFixtures.SIGNING_TIME);
  }

  @Test
  void threeStepsGiveTheSameDataToSignEachTime() throws Exception {
    TestPki.Signer s = PadesFixtures.signer();
    PadesParameters p =
        PadesParameters.builder(PadesFixtures.parameters(s))
            .appearance(
                SignatureAppearance.competentPerson(
                    PadesFixtures.signaturePng(),
                    Placement.aboveText(PadesFixtures.SIGNER_NAME, 120, 60)))
            .build();
    PadesSigner signer = PadesSigner.create();
    byte[] pdf = PadesFixtures.decision();
    byte[] first = signer.dataToSign(pdf, p);
    assertThat(signer.dataToSign(pdf, p)).isEqualTo(first);
    byte[] value = PadesFixtures.key(s).sign(first, p.signatureParameters().signatureAlgorithm());
    byte[] signed = signer.sign(pdf, p, value);
    assertThat(PadesFixtures.validator().validate(signed).get(0).indication())
        .isEqualTo(Indication.PASSED);
  }

  @Test
  void rejectsSignatureValueOfOtherData() throws Exception {
    TestPki.Signer s = PadesFixtures.signer();
    PadesParameters p = PadesParameters.builder(PadesFixtures.parameters(s)).build();
    byte[] value =
        PadesFixtures.key(s)
            .sign(new byte[] {1, 2, 3}, p.signatureParameters().signatureAlgorithm());
    assertThatThrownBy(() -> PadesSigner.create().sign(PadesFixtures.decision(), p, value))
        .isInstanceOf(LienThongException.class)
        .isInstanceOfSatisfying(
            LienThongException.class, e -> assertThat(e.code()).isEqualTo("LT-SIG-0006"));
  }

  @Test
  void signsFileToStreamAndStreamToStream(@TempDir Path dir) throws Exception {
    TestPki.Signer s = PadesFixtures.signer();
    PadesParameters p = PadesParameters.builder(PadesFixtures.parameters(s)).build();
    Path in = dir.resolve("in.pdf");
    Files.write(in, PadesFixtures.decision());
    Path out = dir.resolve("out.pdf");
    try (var o = Files.newOutputStream(out)) {
      PadesSigner.create().sign(in, p, PadesFixtures.key(s), o);
    }
    assertThat(PadesFixtures.validator().validate(out).get(0).indication())
        .isEqualTo(Indication.PASSED);
    ByteArrayOutputStream streamed = new ByteArrayOutputStream();
    PadesSigner.create()
        .sign(
            new ByteArrayInputStream(PadesFixtures.decision()), p, PadesFixtures.key(s), streamed);
    // RSASSA-PSS values are randomised, so only the length is the same
    assertThat(streamed.toByteArray()).hasSameSizeAs(Files.readAllBytes(out));
    assertThat(PadesFixtures.validator().validate(streamed.toByteArray()).get(0).indication())
        .isEqualTo(Indication.PASSED);
  }

  @Test
  void competentPersonThenAgencySealBothValidate() throws Exception {
    byte[] person = PadesFixtures.signAsPerson(PadesFixtures.decision());
    byte[] both = PadesFixtures.signAsAgency(person);

    List<ValidationReport> reports = PadesFixtures.validator().validate(both);
    assertThat(reports).hasSize(2);
    ValidationReport first = reports.get(0);
    ValidationReport second = reports.get(1);
    assertThat(first.indication()).as("%s", first).isEqualTo(Indication.PASSED);
    assertThat(first.fullDocumentSigned()).isFalse();
    assertThat(first.findings()).contains(ValidationFinding.PDF_ALLOWED_CHANGES_AFTER_SIGNING);
    assertThat(second.indication()).as("%s", second).isEqualTo(Indication.PASSED);
    assertThat(second.fullDocumentSigned()).isTrue();
    assertThat(first.signerName()).hasValueSatisfying(n -> assertThat(n).contains("RSA"));
    assertThat(second.messages(Locale.forLanguageTag("vi")).get(0)).isEqualTo("Chữ ký hợp lệ");

    try (PDDocument doc = Loader.loadPDF(both)) {
      List<PDSignatureField> fields = doc.getSignatureFields();
      PDRectangle signature = fields.get(0).getWidgets().get(0).getRectangle();
      PDRectangle seal = fields.get(1).getWidgets().get(0).getRectangle();
      float sealWidth = 36f * 72f / 25.4f;
      float sealImageRight = seal.getLowerLeftX() + (seal.getWidth() + sealWidth) / 2;
      assertThat(sealImageRight)
          .as("the seal overlaps the left third of the signature image")
          .isCloseTo(signature.getLowerLeftX() + signature.getWidth() / 3, within(0.5f));
      assertThat(seal.getLowerLeftX()).isLessThan(signature.getLowerLeftX());
      assertThat(seal.getWidth()).isGreaterThanOrEqualTo(sealWidth - 0.5f);
    }
  }

  @Test
  void signatureImageSitsBetweenTitleAndName() throws Exception {
    byte[] person = PadesFixtures.signAsPerson(PadesFixtures.decision());
    try (PDDocument doc = Loader.loadPDF(person)) {
      PDRectangle r = doc.getSignatureFields().get(0).getWidgets().get(0).getRectangle();
      // the name's baseline is at y=160 and the title's at y=250 (PadesFixtures.document)
      assertThat(r.getLowerLeftY()).isBetween(160f, 180f);
      assertThat(r.getUpperRightY()).isLessThan(250f);
      assertThat(r.getWidth()).isCloseTo(120f, within(0.5f));
    }
  }

  @Test
  void appearanceTextIsEmbeddedSubsetFontWithVietnamese() throws Exception {
    byte[] both = PadesFixtures.signAsAgency(PadesFixtures.signAsPerson(PadesFixtures.decision()));
    try (PDDocument doc = Loader.loadPDF(both)) {
      var widget = doc.getSignatureFields().get(1).getWidgets().get(0);
      var stream = widget.getAppearance().getNormalAppearance().getAppearanceStream();
      var fonts = stream.getResources().getFontNames();
      assertThat(fonts).hasSize(1);
      var font = stream.getResources().getFont(fonts.iterator().next());
      assertThat(font.isEmbedded()).isTrue();
      assertThat(font.getName()).matches("[A-Z]{6}\\+LiberationSerif.*");
      String shown =
          new String(
              stream.getContents().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
      assertThat(shown).contains(" 10 Tf").contains("0 0 0 rg");
    }
    String text = new org.apache.pdfbox.text.PDFTextStripper().getText(Loader.loadPDF(both));
    assertThat(text).doesNotContain("2025-07-01T09:30:00+07:00"); // appearance is not page text
  }

  @Test
  void electronicCopyGoesTopRightWithoutImage() throws Exception {
    TestPki.Signer s = PadesFixtures.agency();
    PadesParameters p =
        PadesParameters.builder(PadesFixtures.parameters(s))
            .appearance(SignatureAppearance.electronicCopy("SAO Y", PadesFixtures.AGENCY))
            .build();
    byte[] signed = PadesSigner.create().sign(PadesFixtures.decision(), p, PadesFixtures.key(s));
    try (PDDocument doc = Loader.loadPDF(signed)) {
      PDRectangle r = doc.getSignatureFields().get(0).getWidgets().get(0).getRectangle();
      PDRectangle page = doc.getPage(0).getCropBox();
      assertThat(r.getUpperRightX())
          .isCloseTo(page.getUpperRightX() - Placement.TOP_RIGHT_MARGIN, within(0.5f));
      assertThat(r.getUpperRightY())
          .isCloseTo(page.getUpperRightY() - Placement.TOP_RIGHT_MARGIN, within(0.5f));
      var stream =
          doc.getSignatureFields()
              .get(0)
              .getWidgets()
              .get(0)
              .getAppearance()
              .getNormalAppearance()
              .getAppearanceStream();
      assertThat(stream.getResources().getXObjectNames()).isEmpty();
    }
    assertThat(PadesFixtures.validator().validate(signed).get(0).indication())
        .isEqualTo(Indication.PASSED);
  }

  @Test
  void anchorTextMissingIsAClearError() throws Exception {
    TestPki.Signer s = PadesFixtures.signer();
    PadesParameters p =
        PadesParameters.builder(PadesFixtures.parameters(s))
            .appearance(
                SignatureAppearance.competentPerson(
                    PadesFixtures.signaturePng(), Placement.aboveText("Trần Thị Bình", 120, 60)))
            .build();
    assertThatThrownBy(() -> PadesSigner.create().dataToSign(PadesFixtures.decision(), p))
        .isInstanceOfSatisfying(
            LienThongException.class, e -> assertThat(e.code()).isEqualTo("LT-SIG-0207"));
  }

  @Test
  void sealNeedsAnEarlierVisibleSignature() throws Exception {
    assertThatThrownBy(() -> PadesFixtures.signAsAgency(PadesFixtures.decision()))
        .isInstanceOfSatisfying(
            LienThongException.class, e -> assertThat(e.code()).isEqualTo("LT-SIG-0209"));
  }

  @Test
  void missingFontIsAClearConfigurationError(@TempDir Path dir) throws Exception {
    TestPki.Signer s = PadesFixtures.signer();
    PadesParameters p =
        PadesParameters.builder(PadesFixtures.parameters(s))
            .appearance(SignatureAppearance.electronicCopy("SAO Y", PadesFixtures.AGENCY))
            .build();
    PadesSigner signer = PadesSigner.builder().font(dir.resolve("none.ttf")).build();
    assertThatThrownBy(() -> signer.dataToSign(PadesFixtures.decision(), p))
        .isInstanceOf(vn.lienthong.core.ConfigurationException.class)
        .isInstanceOfSatisfying(
            LienThongException.class, e -> assertThat(e.code()).isEqualTo("LT-SIG-0205"));
  }

  @Test
  void refusesGarbageAndInvalidImages() throws Exception {
    TestPki.Signer s = PadesFixtures.signer();
    PadesParameters plain = PadesParameters.builder(PadesFixtures.parameters(s)).build();
    assertThatThrownBy(() -> PadesSigner.create().dataToSign("not a pdf".getBytes(), plain))
        .isInstanceOfSatisfying(
            LienThongException.class, e -> assertThat(e.code()).isEqualTo("LT-SIG-0201"));
    PadesParameters badImage =
        PadesParameters.builder(PadesFixtures.parameters(s))
            .appearance(
                SignatureAppearance.competentPerson(
                    new byte[] {1, 2, 3}, Placement.at(1, 300, 100, 120, 60)))
            .build();
    assertThatThrownBy(() -> PadesSigner.create().dataToSign(PadesFixtures.decision(), badImage))
        .isInstanceOfSatisfying(
            LienThongException.class, e -> assertThat(e.code()).isEqualTo("LT-SIG-0206"));
    PadesParameters badPage =
        PadesParameters.builder(PadesFixtures.parameters(s))
            .appearance(
                SignatureAppearance.competentPerson(
                    PadesFixtures.signaturePng(), Placement.at(3, 300, 100, 120, 60)))
            .build();
    assertThatThrownBy(() -> PadesSigner.create().dataToSign(PadesFixtures.decision(), badPage))
        .isInstanceOfSatisfying(
            LienThongException.class, e -> assertThat(e.code()).isEqualTo("LT-SIG-0208"));
  }

  private static org.assertj.core.data.Offset<Float> within(float f) {
    return org.assertj.core.data.Offset.offset(f);
  }
}
