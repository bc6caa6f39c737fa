package vn.lienthong.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import vn.lienthong.signature.Indication;
import vn.lienthong.signature.Pkcs12SigningKey;
import vn.lienthong.signature.SignatureLevel;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.SigningKey;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.pades.PadesExtender;
import vn.lienthong.signature.pades.PadesParameters;
import vn.lienthong.signature.pades.PadesSigner;
import vn.lienthong.signature.pades.PadesValidator;
import vn.lienthong.signature.testpki.TestPki;
import vn.lienthong.signature.timestamp.TimestampClient;
import vn.lienthong.signature.trust.CertificateVerifier;
import vn.lienthong.signature.trust.TrustAnchors;

/** Examples of docs/sdk-signature.md: PAdES B-LT and B-LTA. */
class PadesLongTermExamples {

  @Test
  void padesLongTerm() throws Exception {
    TestPki pki = TestPki.shared();
    TestPki.Signer officer = pki.personSigner("TEST Lê Văn Cường");
    SigningKey key = Pkcs12SigningKey.load(officer.pkcs12Stream(), TestPki.PASSWORD, "signer");
    TrustAnchors anchors = TrustAnchors.of("TEST", List.of(pki.root()));
    CertificateVerifier verifier = CertificateVerifier.builder().trustAnchors(anchors).build();
    TimestampClient tsa = TimestampClient.builder().uri(pki.server().timestampUri()).build();
    byte[] pdf = blankPdf();

    // tag::pades-lt[]
    PadesParameters parameters =
        PadesParameters.builder(SignatureParameters.builder(key.certificateChain()).build())
            .level(SignatureLevel.B_LT) // B_LTA: and a document timestamp
            .timestampSource(tsa) // the signature timestamp (B-T)
            .certificateVerifier(verifier) // gathers chains, OCSP responses and CRLs for the DSS
            .build();
    byte[] signed = PadesSigner.create().sign(pdf, parameters, key);

    // later, or on a PDF signed by another tool: add a document timestamp (and re-timestamp)
    PadesExtender extender =
        PadesExtender.builder().certificateVerifier(verifier).timestampSource(tsa).build();
    byte[] archived = extender.extend(signed, SignatureLevel.B_LTA);

    // validates offline from the embedded proofs, even after the certificate is revoked later
    CertificateVerifier offline =
        CertificateVerifier.builder().trustAnchors(anchors).online(false).build();
    List<ValidationReport> reports =
        PadesValidator.builder().certificateVerifier(offline).build().validate(archived);
    // reports.get(0): the signature, PASSED, level B-LTA; reports.get(1): the document timestamp
    // end::pades-lt[]

    assertThat(reports).hasSize(2);
    assertThat(reports.get(0).indication()).isEqualTo(Indication.PASSED);
    assertThat(reports.get(0).level()).contains(SignatureLevel.B_LTA);
    assertThat(reports.get(1).indication()).isEqualTo(Indication.PASSED);
  }

  private static byte[] blankPdf() throws Exception {
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }
}
