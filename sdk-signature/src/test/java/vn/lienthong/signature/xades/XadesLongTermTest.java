package vn.lienthong.signature.xades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.signature.Indication;
import vn.lienthong.signature.RsaPadding;
import vn.lienthong.signature.SignatureErrorCode;
import vn.lienthong.signature.SignatureLevel;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.SubIndication;
import vn.lienthong.signature.ValidationFinding;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.testpki.TestPki;
import vn.lienthong.signature.timestamp.TimestampClient;
import vn.lienthong.signature.trust.CertificateVerifier;
import vn.lienthong.signature.trust.TrustAnchors;

/**
 * XAdES B-LT ({@code xades:CertificateValues}, {@code xades:RevocationValues}) and B-LTA ({@code
 * xades141:ArchiveTimeStamp}) made with the test PKI's loopback TSA, OCSP responder and CRLs, and
 * validated offline from the embedded proofs. Samples stay in {@code target/interop/xades/}.
 */
class XadesLongTermTest {

  static final Path DIR = Path.of("target", "interop", "xades");
  private static final TestPki PKI = TestPki.shared();

  @BeforeAll
  static void setUp() throws Exception {
    Files.createDirectories(DIR);
    Files.writeString(DIR.resolve("test-ca.pem"), PKI.rootPem());
    Files.write(DIR.resolve("test-ca.crl"), PKI.rootCrl().getEncoded());
    Files.write(DIR.resolve("test-issuing-ca.crl"), PKI.crl().getEncoded());
  }

  static CertificateVerifier verifier() {
    return CertificateVerifier.builder()
        .trustAnchors(TrustAnchors.of("TEST", List.of(PKI.root())))
        .build();
  }

  static CertificateVerifier offlineVerifier() {
    return CertificateVerifier.builder()
        .trustAnchors(TrustAnchors.of("TEST", List.of(PKI.root())))
        .online(false)
        .build();
  }

  static TimestampClient tsa() {
    return TimestampClient.builder()
        .uri(PKI.server().timestampUri())
        .certificateVerifier(verifier())
        .timeout(Duration.ofSeconds(5))
        .build();
  }

  static XadesSigner signer(SignatureLevel level) {
    return XadesSigner.builder()
        .level(level)
        .timestampSource(tsa())
        .certificateVerifier(verifier())
        .build();
  }

  static byte[] sign(TestPki.Signer s, SignatureLevel level) throws Exception {
    return sign(s, level, RsaPadding.PSS);
  }

  /** Samples for xmlsec1 use PKCS#1 v1.5: Debian's xmlsec1 1.2 does not know the PSS URIs. */
  static byte[] sign(TestPki.Signer s, SignatureLevel level, RsaPadding padding) throws Exception {
    return signer(level)
        .sign(
            XadesFixtures.DOCUMENT,
            SignatureParameters.builder(List.of(s.certificate(), s.issuer()))
                .rsaPadding(padding)
                .build(),
            XadesFixtures.key(s));
  }

  static XadesValidator offline() {
    return XadesValidator.builder().certificateVerifier(offlineVerifier()).build();
  }

  @Test
  void bLtEmbedsCertificateAndRevocationValuesAndValidatesOffline() throws Exception {
    byte[] signed = sign(PKI.personSigner("TEST Trần Thị Bình"), SignatureLevel.B_LT);
    Files.write(DIR.resolve("xades-b-lt.xml"), signed);
    String xml = XadesFixtures.text(signed);
    assertThat(xml)
        .contains("<xades:CertificateValues")
        .contains("<xades:EncapsulatedX509Certificate>")
        .contains("<xades:RevocationValues")
        .containsAnyOf("<xades:EncapsulatedOCSPValue>", "<xades:EncapsulatedCRLValue>");
    assertThat(xml.indexOf("SignatureTimeStamp")).isLessThan(xml.indexOf("CertificateValues"));
    ValidationReport r = offline().validate(signed);
    assertThat(r.indication()).as(r.toString()).isEqualTo(Indication.PASSED);
    assertThat(r.level()).contains(SignatureLevel.B_LT);
    assertThat(r.revocationChecked()).isTrue();
    assertThat(r.findings()).contains(ValidationFinding.CERTIFICATE_NOT_REVOKED);
  }

  @Test
  void bTWithoutEmbeddedProofsCannotBeValidatedOffline() throws Exception {
    XadesSigner bt = XadesSigner.builder().level(SignatureLevel.B_T).timestampSource(tsa()).build();
    TestPki.Signer s = PKI.personSigner("TEST Offline B-T");
    byte[] signed =
        bt.sign(
            XadesFixtures.DOCUMENT,
            SignatureParameters.builder(List.of(s.certificate(), s.issuer())).build(),
            XadesFixtures.key(s));
    ValidationReport r = offline().validate(signed);
    assertThat(r.indication()).isNotEqualTo(Indication.PASSED);
  }

  @Test
  void signerRevokedAfterTheTimestampStillPassesWithTheEmbeddedProof() throws Exception {
    TestPki.Signer s = PKI.personSigner("TEST Revoked After B-LT");
    byte[] signed = sign(s, SignatureLevel.B_LT);
    PKI.revoke(s.certificate(), Instant.now().plus(1, ChronoUnit.SECONDS));
    Thread.sleep(1500);
    ValidationReport offline = offline().validate(signed);
    assertThat(offline.indication()).as(offline.toString()).isEqualTo(Indication.PASSED);
    assertThat(offline.level()).contains(SignatureLevel.B_LT);
    ValidationReport online =
        XadesValidator.builder().certificateVerifier(verifier()).build().validate(signed);
    assertThat(online.indication()).as(online.toString()).isEqualTo(Indication.PASSED);
  }

  @Test
  void signerRevokedBeforeSigningFails() throws Exception {
    TestPki.Signer s = PKI.revokedSigner(Instant.now().minus(1, ChronoUnit.HOURS));
    assertThatThrownBy(() -> sign(s, SignatureLevel.B_LT))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).errorCode())
                    .isEqualTo(SignatureErrorCode.VALIDATION_DATA_UNAVAILABLE))
        .hasMessageContaining("LT-SIG-1001");
    XadesSigner bt = XadesSigner.builder().level(SignatureLevel.B_T).timestampSource(tsa()).build();
    byte[] signed =
        bt.sign(
            XadesFixtures.DOCUMENT,
            SignatureParameters.builder(List.of(s.certificate(), s.issuer())).build(),
            XadesFixtures.key(s));
    ValidationReport r =
        XadesValidator.builder().certificateVerifier(verifier()).build().validate(signed);
    assertThat(r.indication()).isEqualTo(Indication.FAILED);
    assertThat(r.subIndication()).contains(SubIndication.REVOKED);
  }

  @Test
  void revocationValuesOfAnotherCertificateProveNothing() throws Exception {
    String a = XadesFixtures.text(sign(PKI.personSigner("TEST Signer A"), SignatureLevel.B_LT));
    String b = XadesFixtures.text(sign(PKI.personSigner("TEST Signer B"), SignatureLevel.B_LT));
    String ocspOfB = between(b, "<xades:OCSPValues>", "</xades:OCSPValues>");
    String forged =
        a.replace(
            between(a, "<xades:RevocationValues", "</xades:RevocationValues>"),
            between(a, "<xades:RevocationValues", ">")
                + "><xades:OCSPValues>"
                + ocspOfB
                + "</xades:OCSPValues>");
    assertThat(forged).isNotEqualTo(a);
    ValidationReport r = offline().validate(XadesFixtures.bytes(forged));
    assertThat(r.indication()).as(r.toString()).isNotEqualTo(Indication.PASSED);
    assertThat(r.findings()).doesNotContain(ValidationFinding.CERTIFICATE_NOT_REVOKED);
  }

  @Test
  void bLtaArchiveTimestampCoversTheSignatureAndItsValidationData() throws Exception {
    byte[] signed = sign(PKI.personSigner("TEST Phạm Minh Châu"), SignatureLevel.B_LTA);
    Files.write(DIR.resolve("xades-b-lta.xml"), signed);
    String xml = XadesFixtures.text(signed);
    assertThat(xml).contains("xades141:ArchiveTimeStamp");
    assertThat(xml.indexOf("RevocationValues")).isLessThan(xml.indexOf("ArchiveTimeStamp"));
    ValidationReport r = offline().validate(signed);
    assertThat(r.indication()).as(r.toString()).isEqualTo(Indication.PASSED);
    assertThat(r.level()).contains(SignatureLevel.B_LTA);
    assertThat(r.findings()).contains(ValidationFinding.ARCHIVE_TIMESTAMP_VALID);
  }

  @Test
  void archiveTimestampOverOtherContentIsRejected() throws Exception {
    String a = XadesFixtures.text(sign(PKI.personSigner("TEST LTA A"), SignatureLevel.B_LTA));
    String b = XadesFixtures.text(sign(PKI.personSigner("TEST LTA B"), SignatureLevel.B_LTA));
    String ats = "xades141:ArchiveTimeStamp";
    String tokenA = between(a.substring(a.indexOf(ats)), "EncapsulatedTimeStamp>", "</");
    String tokenB = between(b.substring(b.indexOf(ats)), "EncapsulatedTimeStamp>", "</");
    ValidationReport swapped = offline().validate(XadesFixtures.bytes(a.replace(tokenA, tokenB)));
    assertThat(swapped.findings()).contains(ValidationFinding.ARCHIVE_TIMESTAMP_INVALID);
    assertThat(swapped.level()).contains(SignatureLevel.B_LT);
  }

  @Test
  void validationDataChangedAfterTheArchiveTimestampIsDetected() throws Exception {
    String a = XadesFixtures.text(sign(PKI.personSigner("TEST LTA Changed"), SignatureLevel.B_LTA));
    String values = between(a, "<xades:CertificateValues", "</xades:CertificateValues>");
    String first = "<xades:EncapsulatedX509Certificate>";
    String changed =
        a.replace(
            values,
            values.substring(0, values.indexOf(first))
                + values.substring(values.indexOf("</xades:EncapsulatedX509Certificate>") + 36));
    assertThat(changed).isNotEqualTo(a);
    ValidationReport r = offline().validate(XadesFixtures.bytes(changed));
    assertThat(r.findings()).contains(ValidationFinding.ARCHIVE_TIMESTAMP_INVALID);
    assertThat(r.level()).contains(SignatureLevel.B_LT);
  }

  @Test
  void xmlsec1VerifiesLongTermSamples() throws Exception {
    Xmlsec1.assumeInstalled();
    TestPki.Signer s = PKI.personSigner("TEST xmlsec1 B-LTA");
    Xmlsec1.assertVerified(
        DIR, "xades-b-lt-rsa-pkcs1.xml", sign(s, SignatureLevel.B_LT, RsaPadding.PKCS1_V1_5));
    Xmlsec1.assertVerified(
        DIR, "xades-b-lta-rsa-pkcs1.xml", sign(s, SignatureLevel.B_LTA, RsaPadding.PKCS1_V1_5));
  }

  @Test
  void longTermLevelsNeedTheirSources() {
    assertThatThrownBy(() -> XadesSigner.builder().level(SignatureLevel.B_LT).build())
        .hasMessageContaining("LT-SIG-0704");
    assertThatThrownBy(
            () -> XadesSigner.builder().level(SignatureLevel.B_LTA).timestampSource(tsa()).build())
        .hasMessageContaining("LT-SIG-0704");
    assertThat(signer(SignatureLevel.B_LTA).level()).isEqualTo(SignatureLevel.B_LTA);
  }

  static String between(String s, String start, String end) {
    int i = s.indexOf(start) + start.length();
    return s.substring(i, s.indexOf(end, i));
  }
}
