package vn.lienthong.signature.pades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.LienThongException;
import vn.lienthong.signature.Indication;
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
 * PAdES B-LT (DSS dictionary) and B-LTA (document timestamps) made with the loopback OCSP, CRL and
 * TSA services of the test PKI, validated from the embedded proofs: offline, after a later
 * revocation, for the Decree 30 two-signature flow, after re-timestamping; and the attacks on the
 * long-term data (content after the document timestamp, an OCSP response for another certificate).
 */
class PadesLongTermTest {

  static final TestPki PKI = TestPki.shared();

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
        .timeout(Duration.ofSeconds(5))
        .build();
  }

  static PadesValidator offline() {
    return PadesValidator.builder().certificateVerifier(offlineVerifier()).build();
  }

  static PadesExtender extender() {
    return PadesExtender.builder().certificateVerifier(verifier()).timestampSource(tsa()).build();
  }

  static PadesParameters.Builder parameters(TestPki.Signer s, SignatureLevel level) {
    SignatureParameters sp =
        SignatureParameters.builder(List.of(s.certificate(), s.issuer())).build();
    return PadesParameters.builder(sp)
        .level(level)
        .timestampSource(tsa())
        .certificateVerifier(verifier());
  }

  static byte[] sign(byte[] pdf, TestPki.Signer s, SignatureLevel level) throws Exception {
    return PadesSigner.create().sign(pdf, parameters(s, level).build(), PadesFixtures.key(s));
  }

  static byte[] signBlt(String name) throws Exception {
    return sign(PadesFixtures.decision(), PKI.personSigner(name), SignatureLevel.B_LT);
  }

  static COSDictionary dss(PDDocument doc) {
    return doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.getPDFName("DSS"));
  }

  static int size(COSDictionary dss, String name) {
    COSArray a = dss.getCOSArray(COSName.getPDFName(name));
    return a == null ? 0 : a.size();
  }

  @Test
  void bLtEmbedsTheDssWithAVriEntryAndValidatesOffline() throws Exception {
    byte[] signed = signBlt("TEST Nguyễn Thị Lan");
    try (PDDocument doc = Loader.loadPDF(signed)) {
      COSDictionary dss = dss(doc);
      assertThat(dss).isNotNull();
      assertThat(size(dss, "Certs")).isGreaterThanOrEqualTo(3); // signer, issuing CA, root, TSA
      assertThat(size(dss, "OCSPs") + size(dss, "CRLs")).isPositive();
      PDSignature sig = doc.getSignatureDictionaries().get(0);
      byte[] contents =
          ((org.apache.pdfbox.cos.COSString)
                  sig.getCOSObject().getDictionaryObject(COSName.CONTENTS))
              .getBytes();
      String key =
          HexFormat.of()
              .withUpperCase()
              .formatHex(MessageDigest.getInstance("SHA-1").digest(contents));
      COSDictionary vri = dss.getCOSDictionary(COSName.getPDFName("VRI"));
      assertThat(vri.getCOSDictionary(COSName.getPDFName(key))).isNotNull();
    }
    List<ValidationReport> reports = offline().validate(signed);
    assertThat(reports).hasSize(1);
    ValidationReport r = reports.get(0);
    assertThat(r.indication()).as(r.toString()).isEqualTo(Indication.PASSED);
    assertThat(r.level()).contains(SignatureLevel.B_LT);
    assertThat(r.revocationChecked()).isTrue();
    assertThat(r.findings())
        .contains(
            ValidationFinding.VALIDATION_DATA_EMBEDDED,
            ValidationFinding.PDF_ALLOWED_CHANGES_AFTER_SIGNING);
  }

  @Test
  void bTWithoutDssDoesNotValidateOffline() throws Exception {
    byte[] bt = sign(PadesFixtures.decision(), PKI.personSigner("TEST B-T"), SignatureLevel.B_T);
    ValidationReport r = offline().validate(bt).get(0);
    assertThat(r.indication()).isEqualTo(Indication.INDETERMINATE);
    assertThat(r.findings()).doesNotContain(ValidationFinding.VALIDATION_DATA_EMBEDDED);
  }

  @Test
  void bLtaAddsADocumentTimestampThatIsValidatedAndReported() throws Exception {
    byte[] lta =
        sign(PadesFixtures.decision(), PKI.personSigner("TEST B-LTA"), SignatureLevel.B_LTA);
    List<ValidationReport> reports = offline().validate(lta);
    assertThat(reports).hasSize(2);
    ValidationReport sig = reports.get(0);
    assertThat(sig.indication()).as(sig.toString()).isEqualTo(Indication.PASSED);
    assertThat(sig.level()).contains(SignatureLevel.B_LTA);
    ValidationReport ts = reports.get(1);
    assertThat(ts.indication()).as(ts.toString()).isEqualTo(Indication.PASSED);
    assertThat(ts.findings()).contains(ValidationFinding.DOCUMENT_TIMESTAMP_VALID);
    assertThat(ts.fullDocumentSigned()).isTrue();
    assertThat(ts.signingCertificate()).contains(PKI.timestampAuthorityCertificate());
    assertThat(ts.timestampTime().get()).isBetween(Instant.now().minusSeconds(120), Instant.now());
  }

  @Test
  void reTimestampingAnLtaFileEmbedsTheFirstTimestampsProofsFirst() throws Exception {
    byte[] lta =
        sign(PadesFixtures.decision(), PKI.personSigner("TEST Re-stamp"), SignatureLevel.B_LTA);
    byte[] again = extender().extend(lta, SignatureLevel.B_LTA);
    List<ValidationReport> reports = offline().validate(again);
    assertThat(reports).hasSize(3);
    assertThat(reports).allSatisfy(r -> assertThat(r.indication()).isEqualTo(Indication.PASSED));
    assertThat(reports.get(0).level()).contains(SignatureLevel.B_LTA);
    assertThat(reports.get(1).fullDocumentSigned()).isFalse();
    assertThat(reports.get(2).fullDocumentSigned()).isTrue();
    try (PDDocument doc = Loader.loadPDF(again)) {
      // one VRI entry per signature and per document timestamp proven before the last one
      assertThat(dss(doc).getCOSDictionary(COSName.getPDFName("VRI")).size()).isEqualTo(2);
    }
  }

  @Test
  void extendingMergesTheExistingDssWithoutDuplicates() throws Exception {
    byte[] lt = signBlt("TEST Merge");
    byte[] twice = extender().extend(lt, SignatureLevel.B_LT);
    try (PDDocument a = Loader.loadPDF(lt);
        PDDocument b = Loader.loadPDF(twice)) {
      assertThat(size(dss(b), "Certs")).isEqualTo(size(dss(a), "Certs"));
      assertThat(dss(b).getCOSDictionary(COSName.getPDFName("VRI")).size()).isEqualTo(1);
      // fresher OCSP responses and CRLs may join; no value is ever stored twice
      for (String array : List.of("Certs", "CRLs", "OCSPs")) {
        assertThat(distinct(dss(b), array)).isEqualTo(size(dss(b), array));
        assertThat(size(dss(b), array)).isGreaterThanOrEqualTo(size(dss(a), array));
      }
    }
    assertThat(offline().validate(twice).get(0).indication()).isEqualTo(Indication.PASSED);
  }

  private static long distinct(COSDictionary dss, String name) throws Exception {
    COSArray a = dss.getCOSArray(COSName.getPDFName(name));
    java.util.Set<String> seen = new java.util.HashSet<>();
    if (a == null) {
      return 0;
    }
    for (int i = 0; i < a.size(); i++) {
      try (var in = ((COSStream) a.getObject(i)).createInputStream()) {
        seen.add(HexFormat.of().formatHex(in.readAllBytes()));
      }
    }
    return seen.size();
  }

  @Test
  void extendsAPdfSignedElsewhereFromBtToBLt() throws Exception {
    byte[] bt =
        sign(PadesFixtures.decision(), PKI.personSigner("TEST Other Tool"), SignatureLevel.B_T);
    Path in = Files.createTempFile("bt-", ".pdf");
    try {
      Files.write(in, bt);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      extender().extend(in, SignatureLevel.B_LT, out);
      ValidationReport r = offline().validate(out.toByteArray()).get(0);
      assertThat(r.indication()).as(r.toString()).isEqualTo(Indication.PASSED);
      assertThat(r.level()).contains(SignatureLevel.B_LT);
    } finally {
      Files.deleteIfExists(in);
    }
  }

  @Test
  void signsAFileToAStreamAtBLta() throws Exception {
    TestPki.Signer s = PKI.personSigner("TEST File B-LTA");
    Path in = Files.createTempFile("decision-", ".pdf");
    try {
      Files.write(in, PadesFixtures.decision());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      PadesSigner.create()
          .sign(in, parameters(s, SignatureLevel.B_LTA).build(), PadesFixtures.key(s), out);
      List<ValidationReport> reports = offline().validate(out.toByteArray());
      assertThat(reports).hasSize(2);
      assertThat(reports.get(0).level()).contains(SignatureLevel.B_LTA);
      assertThat(reports.get(1).findings()).contains(ValidationFinding.DOCUMENT_TIMESTAMP_VALID);
    } finally {
      Files.deleteIfExists(in);
    }
  }

  @Test
  void stillPassesAfterTheSignerIsRevokedLater() throws Exception {
    TestPki.Signer s = PKI.personSigner("TEST Revoked After B-LT");
    byte[] lt = sign(PadesFixtures.decision(), s, SignatureLevel.B_LT);
    PKI.revoke(s.certificate(), Instant.now().plus(1, ChronoUnit.SECONDS));
    Thread.sleep(1500);
    ValidationReport off = offline().validate(lt).get(0);
    assertThat(off.indication()).as(off.toString()).isEqualTo(Indication.PASSED);
    assertThat(off.level()).contains(SignatureLevel.B_LT);
    ValidationReport on =
        PadesValidator.builder().certificateVerifier(verifier()).build().validate(lt).get(0);
    assertThat(on.indication()).as(on.toString()).isEqualTo(Indication.PASSED);
  }

  @Test
  void decree30PersonThenAgencyAtBLtHasADssCoveringBoth() throws Exception {
    TestPki.Signer person = PKI.personSigner("TEST " + PadesFixtures.SIGNER_NAME);
    TestPki.Signer agency = PKI.organisationSigner("TEST " + PadesFixtures.AGENCY);
    byte[] first =
        PadesSigner.create()
            .sign(
                PadesFixtures.decision(),
                parameters(person, SignatureLevel.B_LT)
                    .appearance(
                        SignatureAppearance.competentPerson(
                            PadesFixtures.signaturePng(),
                            Placement.aboveText(PadesFixtures.SIGNER_NAME, 120, 60)))
                    .build(),
                PadesFixtures.key(person));
    byte[] both =
        PadesSigner.create()
            .sign(
                first,
                parameters(agency, SignatureLevel.B_LT)
                    .appearance(
                        SignatureAppearance.agencySeal(
                            PadesFixtures.sealPng(),
                            PadesFixtures.AGENCY,
                            Placement.overLastSignature()))
                    .build(),
                PadesFixtures.key(agency));
    try (PDDocument doc = Loader.loadPDF(both)) {
      assertThat(dss(doc).getCOSDictionary(COSName.getPDFName("VRI")).size()).isEqualTo(2);
    }
    List<ValidationReport> reports = offline().validate(both);
    assertThat(reports).hasSize(2);
    assertThat(reports)
        .allSatisfy(
            r -> {
              assertThat(r.indication()).as(r.toString()).isEqualTo(Indication.PASSED);
              assertThat(r.level()).contains(SignatureLevel.B_LT);
            });
  }

  @Test
  void contentAppendedAfterTheDocumentTimestampIsFlagged() throws Exception {
    byte[] lta =
        sign(PadesFixtures.decision(), PKI.personSigner("TEST Appended"), SignatureLevel.B_LTA);
    byte[] tampered = PadesAttackTest.appendPageContent(lta);
    List<ValidationReport> reports = offline().validate(tampered);
    assertThat(reports).hasSize(2);
    assertThat(reports).allSatisfy(r -> assertThat(r.fullDocumentSigned()).isFalse());
    ValidationReport ts = reports.get(1);
    assertThat(ts.indication()).isEqualTo(Indication.FAILED);
    assertThat(ts.findings()).contains(ValidationFinding.PDF_CHANGED_AFTER_SIGNING);
    assertThat(reports.get(0).indication()).isEqualTo(Indication.FAILED);
  }

  @Test
  void aDssOcspResponseForAnotherCertificateIsNotTrusted() throws Exception {
    TestPki.Signer s = PKI.personSigner("TEST Wrong OCSP");
    TestPki.Signer other = PKI.personSigner("TEST Someone Else");
    byte[] bt = sign(PadesFixtures.decision(), s, SignatureLevel.B_T);
    byte[] withDss =
        DssFixtures.addDss(
            bt,
            List.of(s.certificate(), s.issuer(), PKI.root(), PKI.timestampAuthorityCertificate()),
            List.of(PKI.ocspResponse(other.certificate())),
            List.of(PKI.rootCrl()));
    ValidationReport r = offline().validate(withDss).get(0);
    assertThat(r.indication()).as(r.toString()).isNotEqualTo(Indication.PASSED);
    assertThat(r.subIndication()).contains(SubIndication.TRY_LATER);
    assertThat(r.findings()).doesNotContain(ValidationFinding.VALIDATION_DATA_EMBEDDED);
    assertThat(r.level()).contains(SignatureLevel.B_T);
  }

  @Test
  void refusesToExtendAnUnsignedPdf() throws Exception {
    assertThatThrownBy(() -> extender().extend(PadesFixtures.decision(), SignatureLevel.B_LT))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).errorCode())
        .isEqualTo(SignatureErrorCode.PADES_NOTHING_TO_EXTEND);
  }

  @Test
  void refusesLevelsThatAreNotReachedByExtension() throws Exception {
    byte[] bb = PadesFixtures.signAsPerson(PadesFixtures.decision());
    assertThatThrownBy(() -> extender().extend(bb, SignatureLevel.B_T))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).errorCode())
        .isEqualTo(SignatureErrorCode.PADES_LEVEL_NOT_EXTENSIBLE);
    PadesExtender noTsa = PadesExtender.builder().certificateVerifier(verifier()).build();
    assertThatThrownBy(() -> noTsa.extend(bb, SignatureLevel.B_LTA))
        .extracting(e -> ((InvalidInputException) e).errorCode())
        .isEqualTo(SignatureErrorCode.LEVEL_REQUIREMENTS_MISSING);
  }

  @Test
  void unreachableRevocationServicesAreARetryableError() throws Exception {
    byte[] bt = sign(PadesFixtures.decision(), PKI.personSigner("TEST Down"), SignatureLevel.B_T);
    PKI.server().ocspAvailable(false);
    PKI.server().crlAvailable(false);
    try {
      assertThatThrownBy(() -> extender().extend(bt, SignatureLevel.B_LT))
          .isInstanceOf(LienThongException.class)
          .satisfies(
              e -> {
                LienThongException l = (LienThongException) e;
                assertThat(l.errorCode())
                    .isEqualTo(SignatureErrorCode.PADES_VALIDATION_DATA_UNAVAILABLE);
                assertThat(l.errorCode().retryable()).isTrue();
              });
    } finally {
      PKI.server().ocspAvailable(true);
      PKI.server().crlAvailable(true);
    }
  }

  @Test
  void parametersRequireWhatTheLevelNeeds() {
    SignatureParameters sp =
        SignatureParameters.builder(
                List.of(PKI.timestampAuthorityCertificate(), PKI.intermediate()))
            .build();
    assertThatThrownBy(() -> PadesParameters.builder(sp).level(SignatureLevel.B_LT).build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () ->
                PadesParameters.builder(sp)
                    .level(SignatureLevel.B_LT)
                    .timestampSource(tsa())
                    .build())
        .isInstanceOf(IllegalStateException.class);
    assertThat(PadesParameters.builder(sp).timestampSource(tsa()).build().level())
        .isEqualTo(SignatureLevel.B_T);
  }
}
