package vn.lienthong.signature.xades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienthong.signature.xades.XadesFixtures.bytes;
import static vn.lienthong.signature.xades.XadesFixtures.text;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.signature.Indication;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.SubIndication;
import vn.lienthong.signature.ValidationFinding;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.testpki.TestPki;

/** Tampering and parser attacks: each vector must end FAILED/INDETERMINATE or be refused. */
class XadesAttackTest {

  private static ValidationReport validate(String xml) {
    return XadesFixtures.validator().validate(bytes(xml));
  }

  @Test
  void contentChangedAfterSigningFailsWithHashFailure() throws Exception {
    String xml = text(XadesFixtures.signRsa()).replace("Nguyễn Văn A", "Nguyễn Văn B");
    ValidationReport r = validate(xml);
    assertThat(r.indication()).isEqualTo(Indication.FAILED);
    assertThat(r.subIndication()).contains(SubIndication.HASH_FAILURE);
    assertThat(r.findings()).contains(ValidationFinding.DIGEST_MISMATCH);
  }

  @Test
  void signingTimeChangedFailsBecauseSignedPropertiesAreSigned() throws Exception {
    String xml = text(XadesFixtures.signRsa());
    String forged =
        xml.replaceFirst("<xades:SigningTime>[^<]*<", "<xades:SigningTime>2020-01-01T00:00:00Z<");
    assertThat(forged).isNotEqualTo(xml);
    assertThat(validate(forged).subIndication()).contains(SubIndication.HASH_FAILURE);
  }

  @Test
  void signatureValueChangedFailsWithSigCryptoFailure() throws Exception {
    String xml = text(XadesFixtures.signRsa());
    int start = xml.indexOf("SignatureValue>") + "SignatureValue>".length();
    char c = xml.charAt(start + 10);
    String forged =
        xml.substring(0, start + 10) + (c == 'A' ? 'B' : 'A') + xml.substring(start + 11);
    ValidationReport r = validate(forged);
    assertThat(r.indication()).isEqualTo(Indication.FAILED);
    assertThat(r.subIndication()).contains(SubIndication.SIG_CRYPTO_FAILURE);
  }

  @Test
  void wrappingAttackWithForgedSignedPropertiesOfSameIdFails() throws Exception {
    String xml = text(XadesFixtures.signRsa());
    int sp = xml.indexOf("<xades:SignedProperties");
    int spEnd = xml.indexOf("</xades:SignedProperties>") + "</xades:SignedProperties>".length();
    String original = xml.substring(sp, spEnd);
    String forgedCopy =
        original.replaceFirst(
            "<xades:SigningTime>[^<]*<", "<xades:SigningTime>2020-01-01T00:00:00Z<");
    // the forged copy goes first in the document, where a naive Id lookup would find it
    String forged =
        xml.replaceFirst(
            "<NguoiNop>",
            "<Wrapper xmlns:xades=\"http://uri.etsi.org/01903/v1.3.2#\""
                + " xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\">"
                + forgedCopy.replace("$", "\\$")
                + "</Wrapper><NguoiNop>");
    ValidationReport r = validate(forged);
    assertThat(r.indication()).isEqualTo(Indication.FAILED);
    assertThat(r.subIndication()).contains(SubIndication.FORMAT_FAILURE);
    assertThat(r.findings()).contains(ValidationFinding.DUPLICATE_ID);
  }

  @Test
  void wrappingAttackMovingSignedContentIntoNewRootFails() throws Exception {
    String xml = text(XadesFixtures.signRsa());
    int rootStart = xml.indexOf("<HoSo");
    String body = xml.substring(rootStart);
    String forged =
        xml.substring(0, rootStart)
            + "<Envelope><HoSo xmlns=\"urn:lienthong:test\"><NguoiNop>Kẻ giả mạo</NguoiNop></HoSo>"
            + "<Hidden>"
            + body
            + "</Hidden></Envelope>";
    ValidationReport r = validate(forged);
    assertThat(r.indication()).isEqualTo(Indication.FAILED);
    assertThat(r.subIndication()).contains(SubIndication.FORMAT_FAILURE);
  }

  @Test
  void addedSiblingOfSignedRootContentFailsWithHashFailure() throws Exception {
    String forged =
        text(XadesFixtures.signRsa()).replace("<MaHoSo>", "<Extra>thêm</Extra><MaHoSo>");
    assertThat(validate(forged).subIndication()).contains(SubIndication.HASH_FAILURE);
  }

  @Test
  void xxeWithExternalEntityIsRefusedBeforeAnyFileIsRead() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE HoSo [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<HoSo>&x;</HoSo>";
    assertThatThrownBy(() -> validate(xxe))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("LT-SIG-0103");
  }

  @Test
  void externalDtdIsRefused() {
    String dtd =
        "<?xml version=\"1.0\"?><!DOCTYPE HoSo SYSTEM \"http://127.0.0.1:1/x.dtd\"><HoSo/>";
    assertThatThrownBy(() -> validate(dtd)).hasMessageContaining("LT-SIG-0103");
  }

  @Test
  void billionLaughsIsRefused() {
    String bomb =
        "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\">"
            + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
            + "<l>&c;</l>";
    assertThatThrownBy(() -> validate(bomb)).hasMessageContaining("LT-SIG-0103");
  }

  @Test
  void malformedXmlIsAnInputError() {
    assertThatThrownBy(() -> validate("<HoSo><unclosed></HoSo>"))
        .hasMessageContaining("LT-SIG-0102");
  }

  @Test
  void sha1SignatureIsRejectedByThePolicy() throws Exception {
    String xml = text(XadesFixtures.signRsa());
    String sha1 =
        xml.replace(
            "http://www.w3.org/2007/05/xmldsig-more#sha256-rsa-MGF1",
            "http://www.w3.org/2000/09/xmldsig#rsa-sha1");
    ValidationReport r = validate(sha1);
    assertThat(r.indication()).isEqualTo(Indication.INDETERMINATE);
    assertThat(r.subIndication()).contains(SubIndication.CRYPTO_CONSTRAINTS_FAILURE_NO_POE);
    assertThat(r.findings()).contains(ValidationFinding.ALGORITHM_NOT_ALLOWED);
  }

  @Test
  void sha1DigestIsRejectedByThePolicy() throws Exception {
    String xml = text(XadesFixtures.signRsa());
    String sha1 =
        xml.replaceFirst(
            "http://www.w3.org/2001/04/xmlenc#sha256", "http://www.w3.org/2000/09/xmldsig#sha1");
    assertThat(validate(sha1).subIndication())
        .contains(SubIndication.CRYPTO_CONSTRAINTS_FAILURE_NO_POE);
  }

  @Test
  void untrustedRootGivesNoCertificateChainFound() throws Exception {
    byte[] signed = XadesFixtures.signRsa();
    TestPki.Signer stranger = TestPki.shared().rsaSigner(2048);
    ValidationReport r =
        XadesValidator.builder()
            .trustAnchors(List.of(stranger.certificate()))
            .build()
            .validate(signed);
    assertThat(r.indication()).isEqualTo(Indication.INDETERMINATE);
    assertThat(r.subIndication()).contains(SubIndication.NO_CERTIFICATE_CHAIN_FOUND);
  }

  @Test
  void expiredCertificateGivesOutOfBoundsNoPoe() throws Exception {
    TestPki.Signer s = TestPki.shared().expiredSigner();
    byte[] signed =
        XadesFixtures.sign(
            s,
            SignatureParameters.builder(List.of(s.certificate()))
                .signingTime(s.certificate().getNotBefore().toInstant().plusSeconds(3600)));
    ValidationReport r = XadesFixtures.validator().validate(signed);
    assertThat(r.subIndication()).contains(SubIndication.OUT_OF_BOUNDS_NO_POE);
  }

  @Test
  void certificateWithoutSigningKeyUsageGivesChainConstraintsFailure() throws Exception {
    TestPki.Signer s = TestPki.shared().encipherOnlySigner();
    byte[] signed = XadesFixtures.sign(s, SignatureParameters.builder(List.of(s.certificate())));
    assertThat(XadesFixtures.validator().validate(signed).subIndication())
        .contains(SubIndication.CHAIN_CONSTRAINTS_FAILURE);
  }

  @Test
  void certificateSwappedInKeyInfoGivesNoSigningCertificateFound() throws Exception {
    TestPki.Signer s = TestPki.shared().rsaSigner(2048);
    TestPki.Signer other = TestPki.shared().rsaSigner(2048);
    String xml = text(XadesFixtures.sign(s, SignatureParameters.builder(List.of(s.certificate()))));
    String theirs = java.util.Base64.getEncoder().encodeToString(other.certificate().getEncoded());
    String forged = swap(xml, theirs);
    assertThat(forged).isNotEqualTo(xml);
    assertThat(validate(forged).subIndication())
        .contains(SubIndication.NO_SIGNING_CERTIFICATE_FOUND);
  }

  private static String swap(String xml, String theirs) {
    int a = xml.indexOf("<ds:X509Certificate>") + "<ds:X509Certificate>".length();
    int b = xml.indexOf("</ds:X509Certificate>");
    return xml.substring(0, a) + theirs + xml.substring(b);
  }

  @Test
  void documentWithoutSignatureIsNotPassed() {
    ValidationReport r = validate("<HoSo/>");
    assertThat(r.indication()).isEqualTo(Indication.INDETERMINATE);
    assertThat(r.findings()).contains(ValidationFinding.NO_SIGNATURE);
  }

  @Test
  void validationTimeComesFromTheConfiguredClock() throws Exception {
    byte[] signed = XadesFixtures.signRsa();
    ValidationReport r =
        XadesValidator.builder()
            .trustAnchors(List.of(TestPki.shared().root()))
            .clock(Clock.fixed(Instant.parse("2100-01-01T00:00:00Z"), ZoneOffset.UTC))
            .build()
            .validate(signed);
    assertThat(r.subIndication()).contains(SubIndication.OUT_OF_BOUNDS_NO_POE);
  }
}
