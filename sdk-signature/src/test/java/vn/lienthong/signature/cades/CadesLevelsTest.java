package vn.lienthong.signature.cades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.RemoteServiceException;
import vn.lienthong.signature.Indication;
import vn.lienthong.signature.Pkcs12SigningKey;
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
 * CAdES B-T and B-LT made with the loopback TSA and OCSP/CRL services of the test PKI, validated by
 * {@link CadesValidator} and by OpenSSL ({@code openssl ts -verify} for the signature timestamp,
 * {@code openssl cms -verify} with CRL checking for the CMS). Files stay in {@code
 * target/interop/cades/}.
 */
class CadesLevelsTest {

  private static final Path DIR = Path.of("target", "interop", "cades");
  private static final TestPki PKI = TestPki.shared();
  private static final byte[] CONTENT =
      "Quyết định số 02/QĐ-UBND ngày 01/7/2025".getBytes(StandardCharsets.UTF_8);

  @BeforeAll
  static void setUp() throws Exception {
    Files.createDirectories(DIR);
    Files.writeString(DIR.resolve("test-ca.pem"), PKI.rootPem());
    Files.writeString(
        DIR.resolve("test-ca-and-crls.pem"),
        PKI.rootPem()
            + TestPki.pem(PKI.intermediate())
            + TestPki.pem(PKI.rootCrl())
            + TestPki.pem(PKI.crl()));
    Files.write(DIR.resolve("test-ca.crl"), PKI.rootCrl().getEncoded());
    Files.write(DIR.resolve("test-issuing-ca.crl"), PKI.crl().getEncoded());
    Files.write(DIR.resolve("doc-levels.bin"), CONTENT);
  }

  private static CertificateVerifier verifier() {
    return CertificateVerifier.builder()
        .trustAnchors(TrustAnchors.of("TEST", List.of(PKI.root())))
        .build();
  }

  private static TimestampClient tsa() {
    return TimestampClient.builder()
        .uri(PKI.server().timestampUri())
        .certificateVerifier(verifier())
        .timeout(Duration.ofSeconds(5))
        .build();
  }

  private static byte[] sign(TestPki.Signer s, CadesSigner signer) throws Exception {
    var key = Pkcs12SigningKey.load(s.pkcs12Stream(), TestPki.PASSWORD, "signer");
    return signer.sign(CONTENT, SignatureParameters.builder(key.certificateChain()).build(), key);
  }

  private static CadesValidator validator() {
    return CadesValidator.builder().certificateVerifier(verifier()).build();
  }

  @Test
  void bLevelValidatesWithClaimedTimeOnly() throws Exception {
    ValidationReport r =
        validator().validate(sign(PKI.personSigner("TEST B-B"), CadesSigner.create()), CONTENT);
    assertThat(r.indication()).as(r.toString()).isEqualTo(Indication.PASSED);
    assertThat(r.level()).contains(SignatureLevel.B_B);
    assertThat(r.timestampTime()).isEmpty();
    assertThat(r.revocationChecked()).isTrue();
  }

  @Test
  void bTCarriesAVerifiedSignatureTimestampAsBestSignatureTime() throws Exception {
    CadesSigner signer =
        CadesSigner.builder().level(SignatureLevel.B_T).timestampSource(tsa()).build();
    byte[] p7s = sign(PKI.personSigner("TEST Nguyễn Văn Tâm"), signer);
    Files.write(DIR.resolve("cades-b-t.p7s"), p7s);
    ValidationReport r = validator().validate(p7s, CONTENT);
    assertThat(r.indication()).as(r.toString()).isEqualTo(Indication.PASSED);
    assertThat(r.level()).contains(SignatureLevel.B_T);
    assertThat(r.timestampTime()).isPresent();
    assertThat(r.bestSignatureTime()).isEqualTo(r.timestampTime());
    assertThat(r.timestampTime().get()).isBetween(Instant.now().minusSeconds(120), Instant.now());
    assertThat(r.findings()).contains(ValidationFinding.SIGNATURE_TIMESTAMP_VALID);
  }

  @Test
  void bLtEmbedsValidationDataAndValidatesOffline() throws Exception {
    CadesSigner signer =
        CadesSigner.builder()
            .level(SignatureLevel.B_LT)
            .timestampSource(tsa())
            .certificateVerifier(verifier())
            .build();
    byte[] p7s = sign(PKI.personSigner("TEST B-LT"), signer);
    Files.write(DIR.resolve("cades-b-lt.p7s"), p7s);
    CMSSignedData cms = new CMSSignedData(p7s);
    assertThat(
            cms.getCRLs().getMatches(null).size()
                + cms.getOtherRevocationInfo(
                        org.bouncycastle.asn1.cms.CMSObjectIdentifiers.id_ri_ocsp_response)
                    .getMatches(null)
                    .size())
        .isPositive();
    CadesValidator offline =
        CadesValidator.builder()
            .certificateVerifier(
                CertificateVerifier.builder()
                    .trustAnchors(TrustAnchors.of("TEST", List.of(PKI.root())))
                    .online(false)
                    .build())
            .build();
    ValidationReport r = offline.validate(p7s, CONTENT);
    assertThat(r.indication()).as(r.toString()).isEqualTo(Indication.PASSED);
    assertThat(r.level()).contains(SignatureLevel.B_LT);
    assertThat(r.revocationChecked()).isTrue();
  }

  @Test
  void timestampBeforeRevocationKeepsTheSignatureValid() throws Exception {
    TestPki.Signer s = PKI.personSigner("TEST Revoked Later");
    CadesSigner signer =
        CadesSigner.builder().level(SignatureLevel.B_T).timestampSource(tsa()).build();
    byte[] p7s = sign(s, signer);
    PKI.revoke(s.certificate(), Instant.now().plus(1, ChronoUnit.SECONDS));
    Thread.sleep(1500);
    ValidationReport stamped = validator().validate(p7s, CONTENT);
    assertThat(stamped.indication()).as(stamped.toString()).isEqualTo(Indication.PASSED);
    assertThat(stamped.findings()).contains(ValidationFinding.REVOKED_AFTER_SIGNATURE_TIME);
  }

  @Test
  void revokedBeforeTheTimestampFails() throws Exception {
    TestPki.Signer s = PKI.revokedSigner(Instant.now().minus(1, ChronoUnit.HOURS));
    CadesSigner signer =
        CadesSigner.builder().level(SignatureLevel.B_T).timestampSource(tsa()).build();
    ValidationReport r = validator().validate(sign(s, signer), CONTENT);
    assertThat(r.indication()).isEqualTo(Indication.FAILED);
    assertThat(r.subIndication()).contains(SubIndication.REVOKED);
    ValidationReport b = validator().validate(sign(s, CadesSigner.create()), CONTENT);
    assertThat(b.subIndication()).contains(SubIndication.REVOKED_NO_POE);
  }

  @Test
  void tamperedTimestampIsIgnoredAndReported() throws Exception {
    CadesSigner signer =
        CadesSigner.builder().level(SignatureLevel.B_T).timestampSource(tsa()).build();
    byte[] stamped = sign(PKI.personSigner("TEST Tampered Timestamp"), signer);
    // a token over other data: re-stamp an unrelated digest and swap it in
    byte[] other = tsa().timestamp(new byte[32], vn.lienthong.signature.DigestAlgorithm.SHA256);
    CMSSignedData cms = new CMSSignedData(stamped);
    SignerInformation si = cms.getSignerInfos().getSigners().iterator().next();
    var unsigned =
        si.getUnsignedAttributes()
            .remove(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken)
            .add(
                PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                org.bouncycastle.asn1.cms.ContentInfo.getInstance(
                    org.bouncycastle.asn1.ASN1Primitive.fromByteArray(other)));
    byte[] swapped =
        CMSSignedData.replaceSigners(
                cms,
                new org.bouncycastle.cms.SignerInformationStore(
                    SignerInformation.replaceUnsignedAttributes(si, unsigned)))
            .getEncoded("DER");
    ValidationReport r = validator().validate(swapped, CONTENT);
    assertThat(r.findings()).contains(ValidationFinding.SIGNATURE_TIMESTAMP_INVALID);
    assertThat(r.level()).contains(SignatureLevel.B_B);
    assertThat(r.timestampTime()).isEmpty();
  }

  @Test
  void unavailableTimestampAuthorityIsARetryableError() throws Exception {
    PKI.server().timestampAvailable(false);
    try {
      CadesSigner signer =
          CadesSigner.builder().level(SignatureLevel.B_T).timestampSource(tsa()).build();
      assertThatThrownBy(() -> sign(PKI.personSigner("TEST No TSA"), signer))
          .isInstanceOf(RemoteServiceException.class)
          .satisfies(
              e -> {
                RemoteServiceException r = (RemoteServiceException) e;
                assertThat(r.errorCode()).isEqualTo(SignatureErrorCode.TIMESTAMP_UNAVAILABLE);
                assertThat(r.retryable()).isTrue();
                assertThat(r.statusCode()).isEqualTo(503);
              });
    } finally {
      PKI.server().timestampAvailable(true);
    }
  }

  @Test
  void levelsNeedTheirSources() {
    assertThatThrownBy(() -> CadesSigner.builder().level(SignatureLevel.B_T).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("LT-SIG-0704");
    assertThatThrownBy(
            () -> CadesSigner.builder().level(SignatureLevel.B_LT).timestampSource(tsa()).build())
        .hasMessageContaining("LT-SIG-0704");
  }

  @Test
  void opensslVerifiesTheSignatureTimestampAndTheCmsWithCrls() throws Exception {
    assumeTrue(onPath("openssl"), "openssl is not installed");
    CadesSigner signer =
        CadesSigner.builder()
            .level(SignatureLevel.B_LT)
            .timestampSource(tsa())
            .certificateVerifier(verifier())
            .build();
    byte[] p7s = sign(PKI.personSigner("TEST OpenSSL"), signer);
    Path file = DIR.resolve("cades-b-lt-openssl.p7s");
    Files.write(file, p7s);
    SignerInformation si = new CMSSignedData(p7s).getSignerInfos().getSigners().iterator().next();
    Path value = DIR.resolve("cades-b-lt-signature-value.bin");
    Files.write(value, si.getSignature());
    Path token = DIR.resolve("cades-b-lt-signature-timestamp.tst");
    Files.write(
        token,
        si.getUnsignedAttributes()
            .get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken)
            .getAttrValues()
            .getObjectAt(0)
            .toASN1Primitive()
            .getEncoded("DER"));
    assertThat(
            run(
                "openssl",
                "ts",
                "-verify",
                "-token_in",
                "-in",
                token.toString(),
                "-data",
                value.toString(),
                "-CAfile",
                DIR.resolve("test-ca.pem").toString()))
        .isZero();
    assertThat(
            run(
                "openssl",
                "cms",
                "-verify",
                "-binary",
                "-inform",
                "DER",
                "-in",
                file.toString(),
                "-content",
                DIR.resolve("doc-levels.bin").toString(),
                "-CAfile",
                DIR.resolve("test-ca-and-crls.pem").toString(),
                "-crl_check_all",
                "-purpose",
                "any",
                "-out",
                "/dev/null"))
        .isZero();
    // the timestamp does not cover other data
    Path other = DIR.resolve("other-value.bin");
    Files.write(other, new byte[] {1, 2, 3});
    assertThat(
            run(
                "openssl",
                "ts",
                "-verify",
                "-token_in",
                "-in",
                token.toString(),
                "-data",
                other.toString(),
                "-CAfile",
                DIR.resolve("test-ca.pem").toString()))
        .isNotZero();
  }

  private static int run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    if (p.exitValue() != 0) {
      System.err.println(String.join(" ", command) + ": " + out);
    }
    return p.exitValue();
  }

  private static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }
}
