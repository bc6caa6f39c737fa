package vn.lienthong.signature.pades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.LienThongException;
import vn.lienthong.signature.Indication;
import vn.lienthong.signature.SubIndication;
import vn.lienthong.signature.ValidationFinding;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.testpki.TestPki;

class PadesValidatorTest {

  @Test
  void unsignedPdfHasNoReports() throws Exception {
    assertThat(PadesFixtures.validator().validate(PadesFixtures.decision())).isEmpty();
  }

  @Test
  void unknownRootIsIndeterminate() throws Exception {
    byte[] signed = PadesFixtures.signAsPerson(PadesFixtures.decision());
    TestPki.Signer stranger = TestPki.shared().rsaSigner(2048);
    PadesValidator other =
        PadesValidator.builder().trustAnchors(List.of(stranger.certificate())).build();
    ValidationReport r = other.validate(signed).get(0);
    assertThat(r.indication()).isEqualTo(Indication.INDETERMINATE);
    assertThat(r.subIndication()).contains(SubIndication.NO_CERTIFICATE_CHAIN_FOUND);
    assertThat(r.findings()).contains(ValidationFinding.SIGNATURE_VALUE_VALID);
  }

  @Test
  void expiredSignerIsOutOfBounds() throws Exception {
    TestPki.Signer expired = TestPki.shared().expiredSigner();
    var params =
        vn.lienthong.signature.SignatureParameters.builder(
                List.of(expired.certificate(), expired.issuer()))
            .signingTime(java.time.Instant.now().minus(java.time.Duration.ofDays(3)))
            .build();
    byte[] signed =
        PadesSigner.create()
            .sign(
                PadesFixtures.decision(),
                PadesParameters.builder(params).build(),
                PadesFixtures.key(expired));
    ValidationReport r = PadesFixtures.validator().validate(signed).get(0);
    assertThat(r.subIndication()).contains(SubIndication.OUT_OF_BOUNDS_NO_POE);
  }

  @Test
  void reportsReadInVietnamese() throws Exception {
    byte[] both = PadesFixtures.signAsAgency(PadesFixtures.signAsPerson(PadesFixtures.decision()));
    List<String> lines =
        PadesFixtures.validator().validate(both).get(0).messages(Locale.forLanguageTag("vi"));
    assertThat(lines.get(0)).isEqualTo("Chữ ký hợp lệ");
    assertThat(lines).contains("Thời điểm ký (do người ký khai): 2025-07-01T09:30:00+07:00");
    assertThat(lines)
        .contains(
            "- Các phiên bản sau chỉ bổ sung chữ ký, dữ liệu kiểm tra hoặc dấu thời gian; phiên"
                + " bản được ký không bị thay đổi.");
  }

  @Test
  void garbageAndTruncatedPdfsAreClearErrors() throws Exception {
    assertCode(
        () -> PadesFixtures.validator().validate("%PDF-1.7 garbage".getBytes()), "LT-SIG-0201");
    byte[] signed = PadesFixtures.signAsPerson(PadesFixtures.decision());
    byte[] truncated = java.util.Arrays.copyOf(signed, signed.length / 2);
    assertCode(() -> PadesFixtures.validator().validate(truncated), "LT-SIG-0201");
  }

  @Test
  void tooManySignatureFieldsIsRefused() throws Exception {
    byte[] pdf;
    try (PDDocument doc = Loader.loadPDF(PadesFixtures.decision())) {
      PDAcroForm form = new PDAcroForm(doc);
      doc.getDocumentCatalog().setAcroForm(form);
      for (int i = 0; i <= PadesValidator.MAX_SIGNATURES; i++) {
        PDSignatureField f = new PDSignatureField(form);
        form.getFields().add(f);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      pdf = out.toByteArray();
    }
    assertCode(() -> PadesFixtures.validator().validate(pdf), "LT-SIG-0203");
  }

  @Test
  void certifiedNoChangesDocumentCannotBeSigned() throws Exception {
    byte[] pdf;
    try (PDDocument doc = Loader.loadPDF(PadesFixtures.decision())) {
      var catalog = doc.getDocumentCatalog().getCOSObject();
      var sig = new org.apache.pdfbox.cos.COSDictionary();
      var ref = new org.apache.pdfbox.cos.COSDictionary();
      ref.setItem(
          org.apache.pdfbox.cos.COSName.TRANSFORM_METHOD, org.apache.pdfbox.cos.COSName.DOCMDP);
      var params = new org.apache.pdfbox.cos.COSDictionary();
      params.setInt(org.apache.pdfbox.cos.COSName.P, 1);
      ref.setItem(org.apache.pdfbox.cos.COSName.TRANSFORM_PARAMS, params);
      var refs = new org.apache.pdfbox.cos.COSArray();
      refs.add(ref);
      sig.setItem(org.apache.pdfbox.cos.COSName.REFERENCE, refs);
      var perms = new org.apache.pdfbox.cos.COSDictionary();
      perms.setItem(org.apache.pdfbox.cos.COSName.DOCMDP, sig);
      catalog.setItem(org.apache.pdfbox.cos.COSName.PERMS, perms);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      pdf = out.toByteArray();
    }
    TestPki.Signer s = PadesFixtures.signer();
    assertCode(
        () ->
            PadesSigner.create()
                .dataToSign(pdf, PadesParameters.builder(PadesFixtures.parameters(s)).build()),
        "LT-SIG-0204");
  }

  private static void assertCode(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            LienThongException.class, e -> assertThat(e.code()).isEqualTo(code));
  }
}
