package vn.lienthong.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienthong.signature.Indication;
import vn.lienthong.signature.Pkcs12SigningKey;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.SignedScope;
import vn.lienthong.signature.SigningKey;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.testpki.TestPki;
import vn.lienthong.signature.xades.DetachedDocument;
import vn.lienthong.signature.xades.XadesPackaging;
import vn.lienthong.signature.xades.XadesSigner;
import vn.lienthong.signature.xades.XadesValidator;

/** Examples of docs/sdk-signature.md: XAdES enveloping and detached packagings. */
class SignatureXadesPackagingExamples {

  @Test
  void xadesEnvelopingAndDetached() throws Exception {
    TestPki pki = TestPki.shared();
    TestPki.Signer officer = pki.personSigner("TEST Vũ Thị Lan");
    SigningKey key = Pkcs12SigningKey.load(officer.pkcs12Stream(), TestPki.PASSWORD, "signer");
    byte[] xml = "<ToKhai><So>12</So></ToKhai>".getBytes(StandardCharsets.UTF_8);
    byte[] pdfBytes = "%PDF-1.7 Quyết định".getBytes(StandardCharsets.UTF_8);
    InputStream attachmentStream = new ByteArrayInputStream(xml);
    XadesValidator validator = XadesValidator.builder().trustAnchors(List.of(pki.root())).build();

    // tag::xades-enveloping[]
    XadesSigner enveloping =
        XadesSigner.builder()
            .packaging(XadesPackaging.ENVELOPING) // the content goes inside ds:Object
            .base64Content(false) // true: any bytes, base64-encoded
            .build(); // any level, as for enveloped
    SignatureParameters parameters = SignatureParameters.builder(key.certificateChain()).build();
    byte[] signatureWithContent = enveloping.sign(xml, parameters, key);
    ValidationReport report = validator.validate(signatureWithContent);
    // PASSED; report.signedScopes(): [ENVELOPED_OBJECT o-id-...]
    // end::xades-enveloping[]
    assertThat(report.indication()).as(report.toString()).isEqualTo(Indication.PASSED);

    // tag::xades-detached[]
    XadesSigner detached = XadesSigner.builder().packaging(XadesPackaging.DETACHED).build();
    List<DetachedDocument> files =
        List.of(
            DetachedDocument.of("quyet-dinh-02.pdf", pdfBytes), // the name is the reference URI
            DetachedDocument.read("phu-luc.xml", attachmentStream)); // read up to 64 MiB
    byte[] toSign = detached.dataToSign(files, parameters); // same three steps
    byte[] value = key.sign(toSign, parameters.signatureAlgorithm());
    byte[] signatureXml = detached.sign(files, parameters, value); // ds:Signature as the root

    ValidationReport checked = validator.validate(signatureXml, files);
    List<SignedScope> scopes = checked.signedScopes();
    // PASSED; [DETACHED_DOCUMENT quyet-dinh-02.pdf, DETACHED_DOCUMENT phu-luc.xml]
    ValidationReport withoutFiles = validator.validate(signatureXml);
    // INDETERMINATE / SIGNED_DATA_NOT_FOUND, finding REFERENCE_NOT_SUPPLIED: nothing is fetched
    // end::xades-detached[]

    assertThat(checked.indication()).as(checked.toString()).isEqualTo(Indication.PASSED);
    assertThat(scopes)
        .extracting(SignedScope::name)
        .containsExactly("quyet-dinh-02.pdf", "phu-luc.xml");
    assertThat(withoutFiles.indication()).isEqualTo(Indication.INDETERMINATE);
  }
}
