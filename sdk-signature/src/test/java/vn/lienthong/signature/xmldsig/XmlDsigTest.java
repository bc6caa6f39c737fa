package vn.lienthong.signature.xmldsig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.keys.content.X509Data;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import vn.lienthong.signature.DigestAlgorithm;
import vn.lienthong.signature.Indication;
import vn.lienthong.signature.Pkcs12SigningKey;
import vn.lienthong.signature.RsaPadding;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.ValidationFinding;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.testpki.TestPki;

class XmlDsigTest {

  static final String NS = "urn:lienthong:test:envelope";
  static final byte[] DOCUMENT =
      ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              + "<e:Envelope xmlns:e=\""
              + NS
              + "\">"
              + "<e:Header><e:From>000.00.01.H22</e:From></e:Header>"
              + "<e:Body><e:Subject>Công văn số 15</e:Subject></e:Body>"
              + "</e:Envelope>")
          .getBytes(StandardCharsets.UTF_8);

  static final XmlDsigSigner SIGNER = XmlDsigSigner.builder().signatureParent(NS, "Header").build();

  static XmlDsigValidator validator() {
    return XmlDsigValidator.builder()
        .trustAnchors(List.of(TestPki.shared().root()))
        .signatureParent(NS, "Header")
        .build();
  }

  static SignatureParameters parameters(TestPki.Signer s) {
    return SignatureParameters.builder(List.of(s.certificate(), s.issuer()))
        .rsaPadding(RsaPadding.PKCS1_V1_5)
        .build();
  }

  static byte[] signed() throws Exception {
    TestPki.Signer s = TestPki.shared().rsaSigner(2048);
    Pkcs12SigningKey key = Pkcs12SigningKey.load(s.pkcs12Stream(), TestPki.PASSWORD, "signer");
    return SIGNER.sign(DOCUMENT, parameters(s), key);
  }

  static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  @Test
  void signsTheWholeDocumentWithRsaSha256InsideTheNamedElement() throws Exception {
    String xml = text(signed());
    assertThat(xml)
        .contains("<ds:Reference URI=\"\">")
        .contains("xmldsig-more#rsa-sha256")
        .contains("xmlenc#sha256")
        .doesNotContain("sha1");
    assertThat(xml.indexOf("<ds:Signature"))
        .isBetween(xml.indexOf("<e:Header>"), xml.indexOf("</e:Header>"));
    ValidationReport r = validator().validate(signed());
    assertThat(r.indication()).isEqualTo(Indication.PASSED);
    assertThat(r.findings())
        .contains(ValidationFinding.FULL_DOCUMENT_SIGNED, ValidationFinding.CHAIN_TRUSTED)
        .doesNotContain(ValidationFinding.WEAK_ALGORITHM_SHA1);
  }

  @Test
  void threeStepSigningGivesTheSameSignature() throws Exception {
    TestPki.Signer s = TestPki.shared().rsaSigner(2048);
    Pkcs12SigningKey key = Pkcs12SigningKey.load(s.pkcs12Stream(), TestPki.PASSWORD, "signer");
    SignatureParameters p = parameters(s);
    byte[] toSign = SIGNER.dataToSign(DOCUMENT, p);
    byte[] value = key.sign(toSign, p.signatureAlgorithm());
    assertThat(validator().validate(SIGNER.sign(DOCUMENT, p, value)).indication())
        .isEqualTo(Indication.PASSED);
  }

  @Test
  void detectsAChangedElement() throws Exception {
    byte[] tampered =
        text(signed()).replace("Công văn số 15", "Công văn số 16").getBytes(StandardCharsets.UTF_8);
    ValidationReport r = validator().validate(tampered);
    assertThat(r.indication()).isEqualTo(Indication.FAILED);
    assertThat(r.findings()).contains(ValidationFinding.DIGEST_MISMATCH);
  }

  @Test
  void detectsASecondSignatureWrappedAroundForgedContent() throws Exception {
    String xml = text(signed());
    String sig = xml.substring(xml.indexOf("<ds:Signature"), xml.indexOf("</ds:Signature>") + 15);
    String wrapped = xml.replace("<e:Body>", "<e:Body><e:Wrapper>" + sig + "</e:Wrapper>");
    ValidationReport r = validator().validate(wrapped.getBytes(StandardCharsets.UTF_8));
    assertThat(r.indication()).isEqualTo(Indication.FAILED);
    assertThat(r.findings()).contains(ValidationFinding.SEVERAL_SIGNATURES);
  }

  @Test
  void detectsASignatureMovedOutOfItsPlace() throws Exception {
    String xml = text(signed());
    String sig = xml.substring(xml.indexOf("<ds:Signature"), xml.indexOf("</ds:Signature>") + 15);
    String moved = xml.replace(sig, "").replace("</e:Body>", sig + "</e:Body>");
    ValidationReport r = validator().validate(moved.getBytes(StandardCharsets.UTF_8));
    assertThat(r.findings()).contains(ValidationFinding.STRUCTURE_INVALID);
  }

  @Test
  void detectsAReferenceToAPartInsteadOfTheWholeDocument() throws Exception {
    String xml =
        text(signed())
            .replace("<ds:Reference URI=\"\">", "<ds:Reference URI=\"#b\">")
            .replace("<e:Body>", "<e:Body Id=\"b\">");
    ValidationReport r = validator().validate(xml.getBytes(StandardCharsets.UTF_8));
    assertThat(r.indication()).isEqualTo(Indication.FAILED);
  }

  @Test
  void refusesDoctypesSoNoEntityIsExpanded() {
    byte[] xxe =
        ("<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<e:Envelope xmlns:e=\""
                + NS
                + "\"><e:Header/>&x;</e:Envelope>")
            .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> validator().validate(xxe)).hasMessageContaining("LT-SIG-0103");
    assertThatThrownBy(() -> SIGNER.dataToSign(xxe, parameters(rsa())))
        .hasMessageContaining("LT-SIG-0103");
  }

  @Test
  void acceptsSha1FromOldSendersOnlyAsWeak() throws Exception {
    TestPki.Signer s = rsa();
    byte[] old = sha1Signed(s);
    ValidationReport r = validator().validate(old);
    assertThat(r.findings()).contains(ValidationFinding.WEAK_ALGORITHM_SHA1);
    assertThat(r.indication()).isEqualTo(Indication.PASSED);
  }

  @Test
  void neverEmitsAnythingButRsaWithSha256() throws Exception {
    TestPki.Signer rsa = rsa();
    SignatureParameters sha512 =
        SignatureParameters.builder(List.of(rsa.certificate()))
            .digestAlgorithm(DigestAlgorithm.SHA512)
            .build();
    assertThatThrownBy(() -> SIGNER.dataToSign(DOCUMENT, sha512))
        .hasMessageContaining("LT-SIG-0301");
    TestPki.Signer ec = TestPki.shared().ecSigner("secp256r1");
    SignatureParameters ecdsa = SignatureParameters.builder(List.of(ec.certificate())).build();
    assertThatThrownBy(() -> SIGNER.dataToSign(DOCUMENT, ecdsa))
        .hasMessageContaining("LT-SIG-0301");
  }

  @Test
  void refusesToSignTwiceOrWithoutThePlaceForTheSignature() throws Exception {
    assertThatThrownBy(() -> SIGNER.dataToSign(signed(), parameters(rsa())))
        .hasMessageContaining("LT-SIG-0303");
    XmlDsigSigner elsewhere = XmlDsigSigner.builder().signatureParent(NS, "Missing").build();
    assertThatThrownBy(() -> elsewhere.dataToSign(DOCUMENT, parameters(rsa())))
        .hasMessageContaining("LT-SIG-0302");
  }

  @Test
  void reportsAnUntrustedSigner() throws Exception {
    XmlDsigValidator other =
        XmlDsigValidator.builder()
            .trustAnchors(List.of(TestPki.shared().expiredSigner().certificate()))
            .signatureParent(NS, "Header")
            .build();
    assertThat(other.validate(signed()).findings())
        .contains(ValidationFinding.NO_CHAIN_TO_TRUST_ANCHOR);
  }

  static TestPki.Signer rsa() throws Exception {
    return TestPki.shared().rsaSigner(2048);
  }

  /** What an old sender produces: RSA-SHA1 and a SHA-1 digest, made with Santuario directly. */
  static byte[] sha1Signed(TestPki.Signer s) throws Exception {
    org.apache.xml.security.Init.init();
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(DOCUMENT));
    XMLSignature sig =
        new XMLSignature(
            d,
            "",
            XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA1,
            Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
    d.getElementsByTagNameNS(NS, "Header").item(0).appendChild(sig.getElement());
    Transforms t = new Transforms(d);
    t.addTransform(Transforms.TRANSFORM_ENVELOPED_SIGNATURE);
    t.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
    sig.addDocument("", t, "http://www.w3.org/2000/09/xmldsig#sha1");
    X509Data data = new X509Data(d);
    data.addCertificate(s.certificate());
    sig.getKeyInfo().add(data);
    sig.sign(s.keys().getPrivate());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TransformerFactory.newInstance()
        .newTransformer()
        .transform(new DOMSource(d), new StreamResult(out));
    return out.toByteArray();
  }
}
