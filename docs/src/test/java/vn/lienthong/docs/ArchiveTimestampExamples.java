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
import vn.lienthong.signature.cades.CadesExtender;
import vn.lienthong.signature.cades.CadesSigner;
import vn.lienthong.signature.cades.CadesValidator;
import vn.lienthong.signature.jws.JwsSerialization;
import vn.lienthong.signature.jws.JwsSigner;
import vn.lienthong.signature.jws.JwsValidator;
import vn.lienthong.signature.testpki.TestPki;
import vn.lienthong.signature.timestamp.TimestampClient;
import vn.lienthong.signature.trust.CertificateVerifier;
import vn.lienthong.signature.trust.TrustAnchors;

/** Examples of docs/sdk-signature.md: CAdES B-LTA and JAdES B-T. */
class ArchiveTimestampExamples {

  @Test
  void cadesLongTermArchive() throws Exception {
    TestPki pki = TestPki.shared();
    TestPki.Signer officer = pki.personSigner("TEST Trần Thị Lan");
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
    byte[] document = "Quyết định số 04/QĐ-UBND".getBytes(StandardCharsets.UTF_8);

    // tag::cades-lta[]
    CadesSigner signer =
        CadesSigner.builder()
            .level(SignatureLevel.B_LTA) // B-LT plus an archive-time-stamp-v3
            .timestampSource(tsa)
            .certificateVerifier(verifier)
            .build();
    SignatureParameters parameters = SignatureParameters.builder(key.certificateChain()).build();
    byte[] p7s = signer.sign(document, parameters, key);

    // before the timestamp authority's certificate expires: timestamp everything once more
    CadesExtender extender =
        CadesExtender.builder().timestampSource(tsa).certificateVerifier(verifier).build();
    byte[] renewed = extender.extend(p7s, document, SignatureLevel.B_LTA);

    CertificateVerifier offline =
        CertificateVerifier.builder()
            .trustAnchors(TrustAnchors.of("TEST", List.of(pki.root())))
            .online(false)
            .build();
    ValidationReport report =
        CadesValidator.builder().certificateVerifier(offline).build().validate(renewed, document);
    // PASSED, level B-LTA, finding ARCHIVE_TIMESTAMP_VALID
    // end::cades-lta[]

    assertThat(report.indication()).as(report.toString()).isEqualTo(Indication.PASSED);
    assertThat(report.level()).contains(SignatureLevel.B_LTA);
  }

  @Test
  void jadesTimestamped() throws Exception {
    TestPki pki = TestPki.shared();
    TestPki.Signer officer = pki.personSigner("TEST Vũ Minh Đức");
    SigningKey key = Pkcs12SigningKey.load(officer.pkcs12Stream(), TestPki.PASSWORD, "signer");
    TimestampClient tsa = TimestampClient.builder().uri(pki.server().timestampUri()).build();
    byte[] report = "{\"maHoSo\":\"000.00.01.H01-250701-0001\"}".getBytes(StandardCharsets.UTF_8);

    // tag::jades-bt[]
    JwsSigner signer =
        JwsSigner.builder()
            .serialization(JwsSerialization.JSON_FLATTENED) // compact cannot carry etsiU
            .level(SignatureLevel.B_T)
            .timestampSource(tsa)
            .build();
    String jws =
        signer.sign(report, SignatureParameters.builder(key.certificateChain()).build(), key);
    // {"payload":..., "protected":..., "header":{"etsiU":["<base64url sigTst>"]}, "signature":...}

    ValidationReport result =
        JwsValidator.builder().trustAnchors(List.of(pki.root())).build().validate(jws);
    // PASSED, level B-T, best signature time = the timestamp's
    // end::jades-bt[]

    assertThat(result.indication()).as(result.toString()).isEqualTo(Indication.PASSED);
    assertThat(result.level()).contains(SignatureLevel.B_T);
  }
}
