package vn.lienthong.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
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
import vn.lienthong.signature.trust.CertificateVerifier;
import vn.lienthong.signature.trust.TrustAnchors;
import vn.lienthong.signature.xades.XadesSigner;
import vn.lienthong.signature.xades.XadesValidator;

/** Examples of docs/sdk-signature.md: XAdES B-LT/B-LTA and CAdES attached. */
class SignatureLongTermExamples {

  @Test
  void xadesLongTerm() throws Exception {
    TestPki pki = TestPki.shared();
    TestPki.Signer officer = pki.personSigner("TEST Lê Thị Hoa");
    SigningKey key = Pkcs12SigningKey.load(officer.pkcs12Stream(), TestPki.PASSWORD, "signer");
    CertificateVerifier verifier =
        CertificateVerifier.builder()
            .trustAnchors(TrustAnchors.of("TEST", List.of(pki.root())))
            .build();
    TimestampClient tsa =
        TimestampClient.builder()
            .uri(pki.server().timestampUri())
            .certificateVerifier(verifier)
            .build();
    byte[] xml = "<QuyetDinh><So>03/QĐ-UBND</So></QuyetDinh>".getBytes(StandardCharsets.UTF_8);

    // tag::xades-lt[]
    XadesSigner signer =
        XadesSigner.builder()
            .level(SignatureLevel.B_LTA) // B_LT: without the archive timestamp
            .timestampSource(tsa)
            .certificateVerifier(verifier) // gathers chains, OCSP responses and CRLs
            .build();
    SignatureParameters parameters = SignatureParameters.builder(key.certificateChain()).build();
    byte[] toSign = signer.dataToSign(xml, parameters);
    byte[] value = key.sign(toSign, parameters.signatureAlgorithm());
    byte[] signedXml = signer.sign(xml, parameters, value);

    // years later, without network: the embedded proofs are enough
    CertificateVerifier offline =
        CertificateVerifier.builder()
            .trustAnchors(TrustAnchors.of("TEST", List.of(pki.root())))
            .online(false)
            .build();
    ValidationReport report =
        XadesValidator.builder().certificateVerifier(offline).build().validate(signedXml);
    // PASSED, level B-LTA, best signature time = the signature timestamp's time
    // end::xades-lt[]

    assertThat(report.indication()).as(report.toString()).isEqualTo(Indication.PASSED);
    assertThat(report.level()).contains(SignatureLevel.B_LTA);
  }

  @Test
  void cadesAttached() throws Exception {
    TestPki pki = TestPki.shared();
    TestPki.Signer officer = pki.personSigner("TEST Đỗ Văn Nam");
    SigningKey key = Pkcs12SigningKey.load(officer.pkcs12Stream(), TestPki.PASSWORD, "signer");
    CertificateVerifier verifier =
        CertificateVerifier.builder()
            .trustAnchors(TrustAnchors.of("TEST", List.of(pki.root())))
            .build();
    byte[] document = "Giấy chứng nhận số 7/GCN".getBytes(StandardCharsets.UTF_8);

    // tag::cades-attached[]
    CadesSigner signer = CadesSigner.builder().attached(true).build(); // any level
    SignatureParameters parameters = SignatureParameters.builder(key.certificateChain()).build();
    byte[] p7m = signer.sign(document, parameters, key); // the content travels inside

    ValidationReport report =
        CadesValidator.builder().certificateVerifier(verifier).build().validate(p7m);
    byte[] content = CadesValidator.encapsulatedContent(p7m).orElseThrow();
    // end::cades-attached[]

    assertThat(report.indication()).isEqualTo(Indication.PASSED);
    assertThat(content).isEqualTo(document);
  }
}
