package vn.lienthong.signature.xades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienthong.signature.xades.XadesFixtures.DOCUMENT;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.lienthong.signature.DigestAlgorithm;
import vn.lienthong.signature.Indication;
import vn.lienthong.signature.RsaPadding;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.ValidationFinding;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.testpki.TestPki;

class XadesSignerTest {

  @Test
  void rsaPssSignatureValidatesAsPassedWithSignerAndTime() throws Exception {
    TestPki.Signer s = TestPki.shared().rsaSigner(2048);
    Instant time = Instant.parse("2025-07-01T02:30:00Z");
    byte[] signed =
        XadesFixtures.sign(
            s, SignatureParameters.builder(List.of(s.certificate(), s.issuer())).signingTime(time));

    ValidationReport report = XadesFixtures.validator().validate(signed);

    assertThat(report.indication()).as(report.toString()).isEqualTo(Indication.PASSED);
    assertThat(report.subIndication()).isEmpty();
    assertThat(report.signerName()).contains("TEST Nguyen Van RSA 2048");
    assertThat(report.signingTime()).contains(time);
    assertThat(report.fullDocumentSigned()).isTrue();
    assertThat(report.revocationChecked()).isFalse();
    assertThat(report.findings())
        .contains(
            ValidationFinding.FULL_DOCUMENT_SIGNED,
            ValidationFinding.SIGNATURE_VALUE_VALID,
            ValidationFinding.CHAIN_TRUSTED,
            ValidationFinding.REVOCATION_NOT_CHECKED);
    assertThat(report.messages(Locale.forLanguageTag("vi")))
        .contains("Chữ ký hợp lệ", "Người ký: TEST Nguyen Van RSA 2048")
        .contains("Thời điểm ký (do người ký khai): 2025-07-01T09:30:00+07:00");
    assertThat(report.messages(Locale.ENGLISH)).first().isEqualTo("Signature valid");
  }

  @Test
  void signedDocumentHasXadesSignedPropertiesAndKeepsContent() throws Exception {
    String xml = XadesFixtures.text(XadesFixtures.signRsa());
    assertThat(xml)
        .contains("Nguyễn Văn A")
        .contains("http://uri.etsi.org/01903/v1.3.2#")
        .contains("SigningCertificateV2")
        .contains("IssuerSerialV2")
        .contains("SigningTime")
        .contains("Type=\"http://uri.etsi.org/01903#SignedProperties\"")
        .contains("http://www.w3.org/2007/05/xmldsig-more#sha256-rsa-MGF1");
  }

  @Test
  void ecdsaP256AndP384SignaturesValidate() throws Exception {
    for (String curve : List.of("secp256r1", "secp384r1")) {
      TestPki.Signer s = TestPki.shared().ecSigner(curve);
      byte[] signed =
          XadesFixtures.sign(
              s,
              SignatureParameters.builder(List.of(s.certificate()))
                  .digestAlgorithm(DigestAlgorithm.SHA384));
      assertThat(XadesFixtures.validator().validate(signed).indication())
          .as(curve)
          .isEqualTo(Indication.PASSED);
    }
  }

  @Test
  void pkcs1SignatureValidates() throws Exception {
    TestPki.Signer s = TestPki.shared().rsaSigner(3072);
    byte[] signed =
        XadesFixtures.sign(
            s,
            SignatureParameters.builder(List.of(s.certificate()))
                .rsaPadding(RsaPadding.PKCS1_V1_5));
    assertThat(XadesFixtures.text(signed)).contains("xmldsig-more#rsa-sha256");
    assertThat(XadesFixtures.validator().validate(signed).indication())
        .isEqualTo(Indication.PASSED);
  }

  @Test
  void threeStepsWithSameParametersGiveTheSameDataToSign() throws Exception {
    TestPki.Signer s = TestPki.shared().rsaSigner(2048);
    SignatureParameters p = SignatureParameters.builder(List.of(s.certificate())).build();
    XadesSigner signer = XadesSigner.create();
    assertThat(signer.dataToSign(DOCUMENT, p)).isEqualTo(signer.dataToSign(DOCUMENT, p));
  }

  @Test
  void rejectsSignatureValueFromAnotherKey() throws Exception {
    TestPki.Signer s = TestPki.shared().rsaSigner(2048);
    TestPki.Signer other = TestPki.shared().rsaSigner(2048);
    SignatureParameters p = SignatureParameters.builder(List.of(s.certificate())).build();
    XadesSigner signer = XadesSigner.create();
    byte[] value =
        XadesFixtures.key(other).sign(signer.dataToSign(DOCUMENT, p), p.signatureAlgorithm());
    assertThatThrownBy(() -> signer.sign(DOCUMENT, p, value)).hasMessageContaining("LT-SIG-0006");
  }

  @Test
  void rejectsDocumentOverTheSizeCapBeforeParsing() throws Exception {
    TestPki.Signer s = TestPki.shared().rsaSigner(2048);
    SignatureParameters p = SignatureParameters.builder(List.of(s.certificate())).build();
    byte[] huge = new byte[XadesSigner.MAX_DOCUMENT_BYTES + 1];
    assertThatThrownBy(() -> XadesSigner.create().dataToSign(huge, p))
        .hasMessageContaining("LT-SIG-0101");
  }
}
