package vn.lienthong.signature.xades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienthong.signature.xades.XadesFixtures.DOCUMENT;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.lienthong.signature.Indication;
import vn.lienthong.signature.RsaPadding;
import vn.lienthong.signature.SignatureLevel;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.SignedScope;
import vn.lienthong.signature.ValidationFinding;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.testpki.TestPki;

/**
 * XAdES enveloping (XML and base64 content) and detached (one or more named files) at every
 * baseline level, made with the test PKI's loopback TSA and OCSP/CRL, validated online, offline
 * from the embedded proofs and at a past time. Samples stay in {@code target/interop/xades/}.
 */
class XadesPackagingTest {

  private static final TestPki PKI = TestPki.shared();
  static final byte[] PDF =
      "%PDF-1.7\n% Quyết định 02/QĐ-UBND\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
  static final DetachedDocument DECISION = DetachedDocument.of("quyet-dinh-02.pdf", PDF);
  static final DetachedDocument DOSSIER = DetachedDocument.of("ho-so/to-khai.xml", DOCUMENT);

  @BeforeAll
  static void setUp() throws Exception {
    Files.createDirectories(XadesLongTermTest.DIR);
    Files.write(XadesLongTermTest.DIR.resolve(DECISION.name()), PDF);
  }

  static XadesSigner signer(XadesPackaging packaging, SignatureLevel level, boolean base64) {
    XadesSigner.Builder b = XadesSigner.builder().packaging(packaging).base64Content(base64);
    b.level(level);
    if (level != SignatureLevel.B_B) {
      b.timestampSource(XadesLongTermTest.tsa());
    }
    if (level == SignatureLevel.B_LT || level == SignatureLevel.B_LTA) {
      b.certificateVerifier(XadesLongTermTest.verifier());
    }
    return b.build();
  }

  static SignatureParameters params(TestPki.Signer s) {
    return SignatureParameters.builder(List.of(s.certificate(), s.issuer()))
        .rsaPadding(RsaPadding.PKCS1_V1_5)
        .build();
  }

  static String levelName(SignatureLevel level) {
    return level.etsiName().toLowerCase(java.util.Locale.ROOT);
  }

  @ParameterizedTest
  @EnumSource(SignatureLevel.class)
  void envelopingXmlValidatesAtEveryLevelOffline(SignatureLevel level) throws Exception {
    TestPki.Signer s = PKI.personSigner("TEST Enveloping " + level);
    byte[] signed =
        signer(XadesPackaging.ENVELOPING, level, false)
            .sign(DOCUMENT, params(s), XadesFixtures.key(s));
    Files.write(
        XadesLongTermTest.DIR.resolve("xades-enveloping-" + levelName(level) + ".xml"), signed);
    String xml = XadesFixtures.text(signed);
    assertThat(xml).startsWith("<?xml").contains("<ds:Signature").contains("<ds:Object Id=\"o-id-");
    assertThat(xml.indexOf("<ds:Signature")).isLessThan(xml.indexOf("<HoSo"));

    ValidationReport r = validator(level).validate(signed);

    assertThat(r.indication()).as(r.toString()).isEqualTo(Indication.PASSED);
    assertThat(r.level()).contains(level);
    assertThat(r.fullDocumentSigned()).isTrue();
    assertThat(r.signedScopes())
        .singleElement()
        .extracting(SignedScope::type)
        .isEqualTo(SignedScope.Type.ENVELOPED_OBJECT);
  }

  @ParameterizedTest
  @EnumSource(SignatureLevel.class)
  void detachedValidatesAtEveryLevelOfflineWithTheSuppliedFile(SignatureLevel level)
      throws Exception {
    TestPki.Signer s = PKI.personSigner("TEST Detached " + level);
    byte[] signature =
        signer(XadesPackaging.DETACHED, level, false)
            .sign(List.of(DECISION), params(s), XadesFixtures.key(s));
    Files.write(
        XadesLongTermTest.DIR.resolve("xades-detached-" + levelName(level) + ".xml"), signature);
    assertThat(XadesFixtures.text(signature)).contains("URI=\"quyet-dinh-02.pdf\"");

    ValidationReport r = validator(level).validate(signature, List.of(DECISION));

    assertThat(r.indication()).as(r.toString()).isEqualTo(Indication.PASSED);
    assertThat(r.level()).contains(level);
    assertThat(r.fullDocumentSigned()).isTrue();
    assertThat(r.signedScopes())
        .containsExactly(new SignedScope(SignedScope.Type.DETACHED_DOCUMENT, "quyet-dinh-02.pdf"));
    assertThat(r.messages(java.util.Locale.forLanguageTag("vi")))
        .contains("Phạm vi được ký: tệp tách rời quyet-dinh-02.pdf");
    assertThat(r.messages(java.util.Locale.ENGLISH))
        .contains("Signed scope: the detached file quyet-dinh-02.pdf");
  }

  private static XadesValidator validator(SignatureLevel level) {
    return level == SignatureLevel.B_B || level == SignatureLevel.B_T
        ? XadesValidator.builder().certificateVerifier(XadesLongTermTest.verifier()).build()
        : XadesLongTermTest.offline();
  }

  @Test
  void envelopingBase64CarriesAnyBytes() throws Exception {
    TestPki.Signer s = PKI.personSigner("TEST Enveloping base64");
    byte[] signed =
        signer(XadesPackaging.ENVELOPING, SignatureLevel.B_B, true)
            .sign(PDF, params(s), XadesFixtures.key(s));
    Files.write(XadesLongTermTest.DIR.resolve("xades-enveloping-base64-b-b.xml"), signed);
    assertThat(XadesFixtures.text(signed))
        .contains("Encoding=\"http://www.w3.org/2000/09/xmldsig#base64\"")
        .contains("Algorithm=\"http://www.w3.org/2000/09/xmldsig#base64\"");
    ValidationReport r = XadesFixtures.validator().validate(signed);
    assertThat(r.indication()).as(r.toString()).isEqualTo(Indication.PASSED);
    assertThat(r.fullDocumentSigned()).isTrue();
  }

  @Test
  void detachedOverSeveralFilesReportsEachFile() throws Exception {
    TestPki.Signer s = PKI.personSigner("TEST Detached two files");
    XadesSigner signer = signer(XadesPackaging.DETACHED, SignatureLevel.B_B, false);
    SignatureParameters p = params(s);
    byte[] toSign = signer.dataToSign(List.of(DECISION, DOSSIER), p);
    byte[] value = XadesFixtures.key(s).sign(toSign, p.signatureAlgorithm());
    byte[] signature = signer.sign(List.of(DECISION, DOSSIER), p, value);

    ValidationReport both =
        XadesFixtures.validator().validate(signature, List.of(DECISION, DOSSIER));
    assertThat(both.indication()).as(both.toString()).isEqualTo(Indication.PASSED);
    assertThat(both.signedScopes())
        .extracting(SignedScope::name)
        .containsExactly("quyet-dinh-02.pdf", "ho-so/to-khai.xml");
    assertThat(both.fullDocumentSigned()).isTrue();
  }

  @Test
  void aSuppliedFileTheSignatureDoesNotReferenceMakesTheScopePartial() throws Exception {
    TestPki.Signer s = PKI.personSigner("TEST Detached extra file");
    byte[] signature =
        signer(XadesPackaging.DETACHED, SignatureLevel.B_B, false)
            .sign(List.of(DECISION), params(s), XadesFixtures.key(s));
    ValidationReport r = XadesFixtures.validator().validate(signature, List.of(DECISION, DOSSIER));
    assertThat(r.indication()).as(r.toString()).isEqualTo(Indication.PASSED);
    assertThat(r.fullDocumentSigned()).isFalse();
    assertThat(r.findings()).contains(ValidationFinding.PARTIAL_SCOPE_SIGNED);
  }

  @Test
  void detachedFileGivenAsAStreamSignsTheSameBytes() throws Exception {
    TestPki.Signer s = PKI.personSigner("TEST Detached stream");
    DetachedDocument streamed =
        DetachedDocument.read("quyet-dinh-02.pdf", new ByteArrayInputStream(PDF));
    assertThat(streamed).isEqualTo(DECISION);
    byte[] signature =
        signer(XadesPackaging.DETACHED, SignatureLevel.B_B, false)
            .sign(List.of(streamed), params(s), XadesFixtures.key(s));
    assertThat(XadesFixtures.validator().validate(signature, List.of(DECISION)).indication())
        .isEqualTo(Indication.PASSED);
  }

  @Test
  void longTermSignaturesValidateAtAPastTimeFromTheirEmbeddedProofs() throws Exception {
    TestPki.Signer s = PKI.personSigner("TEST Past time");
    byte[] signature =
        signer(XadesPackaging.DETACHED, SignatureLevel.B_LTA, false)
            .sign(List.of(DECISION), params(s), XadesFixtures.key(s));
    Instant inAnHour = Instant.now().plusSeconds(3600);
    XadesValidator later =
        XadesValidator.builder()
            .certificateVerifier(XadesLongTermTest.offlineVerifier())
            .clock(Clock.fixed(inAnHour, ZoneOffset.UTC))
            .build();
    ValidationReport r = later.validate(signature, List.of(DECISION));
    assertThat(r.indication()).as(r.toString()).isEqualTo(Indication.PASSED);
    assertThat(r.level()).contains(SignatureLevel.B_LTA);
  }

  @Test
  void envelopedStaysTheDefault() {
    assertThat(XadesSigner.create().packaging()).isEqualTo(XadesPackaging.ENVELOPED);
    assertThat(XadesSigner.builder().build().packaging()).isEqualTo(XadesPackaging.ENVELOPED);
  }

  @Test
  void inputThatDoesNotFitThePackagingIsRefused() throws Exception {
    TestPki.Signer s = PKI.personSigner("TEST Packaging mismatch");
    XadesSigner detached = signer(XadesPackaging.DETACHED, SignatureLevel.B_B, false);
    assertThatThrownBy(() -> detached.dataToSign(DOCUMENT, params(s)))
        .hasMessageContaining("LT-SIG-1101");
    assertThatThrownBy(() -> XadesSigner.create().dataToSign(List.of(DECISION), params(s)))
        .hasMessageContaining("LT-SIG-1101");
    assertThatThrownBy(() -> detached.dataToSign(List.of(), params(s)))
        .hasMessageContaining("LT-SIG-1103");
    assertThatThrownBy(() -> detached.dataToSign(List.of(DECISION, DECISION), params(s)))
        .hasMessageContaining("LT-SIG-1103");
  }

  @Test
  void detachedNamesMustBeSafeRelativeUris() {
    for (String bad :
        List.of(
            "",
            "quyết định.pdf",
            "http://example.org/a.pdf",
            "../etc/passwd",
            "/etc/passwd",
            "a.pdf#x",
            "a?b",
            "a//b",
            "x".repeat(256))) {
      assertThatThrownBy(() -> DetachedDocument.of(bad, PDF))
          .as(bad)
          .hasMessageContaining("LT-SIG-1102");
    }
    assertThat(DetachedDocument.of("ho-so/to_khai~1.xml", PDF).name())
        .isEqualTo("ho-so/to_khai~1.xml");
    assertThat(DECISION.toString()).doesNotContain("PDF-1.7");
  }

  static Path dir() {
    return XadesLongTermTest.DIR;
  }
}
