package vn.lienthong.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.signature.Indication;
import vn.lienthong.signature.Pkcs12SigningKey;
import vn.lienthong.signature.SignatureLevel;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.SigningKey;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.cades.CadesSigner;
import vn.lienthong.signature.cades.CadesValidator;
import vn.lienthong.signature.testpki.TestPki;
import vn.lienthong.signature.timestamp.TimestampClient;
import vn.lienthong.signature.trust.CertificateStatus;
import vn.lienthong.signature.trust.CertificateVerification;
import vn.lienthong.signature.trust.CertificateVerifier;
import vn.lienthong.signature.trust.TrustAnchors;
import vn.lienthong.signature.xades.XadesValidator;

/** Examples of docs/sdk-signature.md: trust anchors, revocation, timestamps and levels. */
class SignatureTrustExamples {

  @Test
  void trustAnchors(@TempDir Path dir) throws Exception {
    TestPki pki = TestPki.shared();
    Path vgcaFile = dir.resolve("vgca-roots.pem");
    Path neacFile = dir.resolve("neac-roots.pem");
    Files.writeString(vgcaFile, pki.rootPem(), StandardCharsets.US_ASCII);
    Files.writeString(neacFile, pki.rootPem(), StandardCharsets.US_ASCII);

    // tag::trust-anchors[]
    // PEM files (or .p12/.jks key stores) obtained from the Government Cipher Committee and NEAC
    TrustAnchors vgca = TrustAnchors.vgca(vgcaFile); // named "VGCA" in reports
    TrustAnchors neac = TrustAnchors.neac(neacFile); // named "NEAC"
    CertificateVerifier verifier =
        CertificateVerifier.builder()
            .trustAnchors(vgca)
            .trustAnchors(neac)
            .timeout(Duration.ofSeconds(5)) // each OCSP / CRL call
            .build(); // OCSP then CRL, online, cached up to 1 h; AIA fetching off
    XadesValidator validator = XadesValidator.builder().certificateVerifier(verifier).build();
    // end::trust-anchors[]

    assertThat(verifier.trustAnchors())
        .extracting(TrustAnchors::name)
        .containsExactly("VGCA", "NEAC");
    assertThat(validator).isNotNull();
  }

  @Test
  void revocation() throws Exception {
    TestPki pki = TestPki.shared();
    TestPki.Signer officer = pki.personSigner("TEST Nguyễn Văn An");
    CertificateVerifier verifier =
        CertificateVerifier.builder()
            .trustAnchors(TrustAnchors.of("TEST", List.of(pki.root())))
            .build();

    // tag::revocation[]
    CertificateVerification v = verifier.verify(officer.certificate(), List.of(officer.issuer()));
    CertificateStatus status = v.status(); // TRUSTED, REVOKED_NO_POE, CA_REVOKED, ...
    boolean checked = v.revocationChecked(); // true: OCSP (or the CRL) answered
    String anchorSet = v.anchorSet().orElse("?"); // which set the chain ends in
    // end::revocation[]

    assertThat(status).isEqualTo(CertificateStatus.TRUSTED);
    assertThat(checked).isTrue();
    assertThat(anchorSet).isEqualTo("TEST");
  }

  @Test
  void timestamps() throws Exception {
    TestPki pki = TestPki.shared();
    TestPki.Signer officer = pki.personSigner("TEST Trần Thị Bình");
    SigningKey key = Pkcs12SigningKey.load(officer.pkcs12Stream(), TestPki.PASSWORD, "signer");
    CertificateVerifier verifier =
        CertificateVerifier.builder()
            .trustAnchors(TrustAnchors.of("TEST", List.of(pki.root())))
            .build();
    java.net.URI tsaUri = pki.server().timestampUri();
    byte[] document = "Quyết định số 01/QĐ-UBND".getBytes(StandardCharsets.UTF_8);

    // tag::timestamps[]
    TimestampClient tsa =
        TimestampClient.builder().uri(tsaUri).certificateVerifier(verifier).build();
    CadesSigner signer =
        CadesSigner.builder()
            .level(SignatureLevel.B_LT) // B_T: timestamp only
            .timestampSource(tsa)
            .certificateVerifier(verifier) // gathers the chain, OCSP responses and CRLs
            .build();
    SignatureParameters parameters = SignatureParameters.builder(key.certificateChain()).build();
    byte[] p7s = signer.sign(document, parameters, key);

    ValidationReport report =
        CadesValidator.builder().certificateVerifier(verifier).build().validate(p7s, document);
    // PASSED, level B-LT, best signature time = the timestamp's time
    // end::timestamps[]

    assertThat(report.indication()).isEqualTo(Indication.PASSED);
    assertThat(report.level()).contains(SignatureLevel.B_LT);
    assertThat(report.bestSignatureTime()).isEqualTo(report.timestampTime());
  }
}
