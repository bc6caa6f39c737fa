package vn.lienthong.signature.xades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienthong.signature.xades.XadesFixtures.DOCUMENT;
import static vn.lienthong.signature.xades.XadesFixtures.bytes;
import static vn.lienthong.signature.xades.XadesFixtures.text;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lienthong.signature.Indication;
import vn.lienthong.signature.SignatureLevel;
import vn.lienthong.signature.SubIndication;
import vn.lienthong.signature.ValidationFinding;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.testpki.TestPki;

/**
 * Attacks on enveloping and detached XAdES, each named for what it tries: signature wrapping with
 * moved or duplicated Ids, signed objects moved out of the signature, detached files not supplied
 * or swapped, references to the network or the file system, XSLT and other transforms, and XXE.
 */
class XadesPackagingAttackTest {

  private static String enveloping;
  private static byte[] detached;
  private static String objectId;

  @BeforeAll
  static void sign() throws Exception {
    TestPki.Signer s = TestPki.shared().personSigner("TEST Packaging attacks");
    enveloping =
        text(
            XadesPackagingTest.signer(XadesPackaging.ENVELOPING, SignatureLevel.B_B, false)
                .sign(DOCUMENT, XadesPackagingTest.params(s), XadesFixtures.key(s)));
    int i = enveloping.indexOf("<ds:Object Id=\"") + "<ds:Object Id=\"".length();
    objectId = enveloping.substring(i, enveloping.indexOf('"', i));
    detached =
        XadesPackagingTest.signer(XadesPackaging.DETACHED, SignatureLevel.B_B, false)
            .sign(
                List.of(XadesPackagingTest.DECISION),
                XadesPackagingTest.params(s),
                XadesFixtures.key(s));
  }

  private static ValidationReport validate(String xml) {
    return XadesFixtures.validator().validate(bytes(xml));
  }

  private static String signedObject() {
    int start = enveloping.indexOf("<ds:Object Id=\"" + objectId);
    return enveloping.substring(start, enveloping.indexOf("</ds:Object>", start) + 12);
  }

  @Test
  void envelopingPassesUntouched() {
    assertThat(validate(enveloping).indication()).isEqualTo(Indication.PASSED);
  }

  @Test
  void wrappingWithADuplicatedObjectIdFails() {
    String forged = signedObject().replace("Nguyễn Văn A", "Kẻ giả mạo");
    String attack = enveloping.replace("<ds:SignedInfo", forged + "<ds:SignedInfo");
    ValidationReport r = validate(attack);
    assertThat(r.indication()).isEqualTo(Indication.FAILED);
    assertThat(r.findings()).contains(ValidationFinding.DUPLICATE_ID);
  }

  @Test
  void wrappingWithTheIdMovedToAForgedObjectFails() {
    String original = signedObject();
    String renamed =
        original
            .replace("Id=\"" + objectId + "\"", "Id=\"hidden\"")
            .replace("Id=\"noi-dung\"", "Id=\"noi-dung-2\"");
    String forged = original.replace("Nguyễn Văn A", "Kẻ giả mạo");
    ValidationReport r = validate(enveloping.replace(original, forged + renamed));
    assertThat(r.indication()).isEqualTo(Indication.FAILED);
    assertThat(r.subIndication()).contains(SubIndication.HASH_FAILURE);
  }

  @Test
  void signedObjectHiddenInsideAnotherObjectFails() {
    String original = signedObject();
    String nested =
        "<ds:Object><HoSo xmlns=\"urn:lienthong:test\"><NguoiNop>Kẻ giả mạo</NguoiNop></HoSo>"
            + original
            + "</ds:Object>";
    ValidationReport r = validate(enveloping.replace(original, nested));
    assertThat(r.indication()).isEqualTo(Indication.FAILED);
    assertThat(r.findings()).contains(ValidationFinding.STRUCTURE_INVALID);
  }

  @Test
  void objectContentMovedOutsideTheSignatureFails() {
    String original = signedObject();
    String body = enveloping.substring(enveloping.indexOf("<ds:Signature"));
    String withNs =
        original.replace(
            "<ds:Object ", "<ds:Object xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\" ");
    String attack =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Envelope>"
            + withNs
            + body.replace(original, "")
            + "</Envelope>";
    ValidationReport r = validate(attack);
    assertThat(r.indication()).isEqualTo(Indication.FAILED);
    assertThat(r.findings()).contains(ValidationFinding.STRUCTURE_INVALID);
    assertThat(r.fullDocumentSigned()).isFalse();
  }

  @Test
  void xsltTransformIsRefusedBeforeAnythingIsTransformed() {
    String c14n = "<ds:Transform Algorithm=\"http://www.w3.org/2001/10/xml-exc-c14n#\"/>";
    int first = enveloping.indexOf(c14n, enveloping.indexOf("<ds:Reference"));
    String attack =
        enveloping.substring(0, first)
            + "<ds:Transform Algorithm=\"http://www.w3.org/TR/1999/REC-xslt-19991116\">"
            + "<xsl:stylesheet xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\" version=\"1.0\">"
            + "<xsl:template match=\"/\">x</xsl:template></xsl:stylesheet></ds:Transform>"
            + enveloping.substring(first + c14n.length());
    assertThat(attack).isNotEqualTo(enveloping);
    ValidationReport r = validate(attack);
    assertThat(r.indication()).isEqualTo(Indication.FAILED);
    assertThat(r.findings()).contains(ValidationFinding.TRANSFORM_NOT_ALLOWED);
  }

  @Test
  void xpathFilterOtherThanSubtractingTheSignatureIsRefused() throws Exception {
    String enveloped = text(XadesFixtures.signRsa());
    String attack =
        enveloped.replace(
            "<ds:Transform Algorithm=\"http://www.w3.org/2000/09/xmldsig#enveloped-signature\"/>",
            "<ds:Transform Algorithm=\"http://www.w3.org/2002/06/xmldsig-filter2\">"
                + "<dsig-xpath:XPath xmlns:dsig-xpath=\"http://www.w3.org/2002/06/xmldsig-filter2\""
                + " Filter=\"subtract\">/descendant::*[local-name()='NguoiNop']</dsig-xpath:XPath>"
                + "</ds:Transform>");
    assertThat(attack).isNotEqualTo(enveloped);
    ValidationReport r = validate(attack);
    assertThat(r.indication()).isEqualTo(Indication.FAILED);
    assertThat(r.findings()).contains(ValidationFinding.TRANSFORM_NOT_ALLOWED);
  }

  @Test
  void detachedReferenceToAFileNotSuppliedIsIndeterminate() {
    ValidationReport none = XadesFixtures.validator().validate(detached);
    assertThat(none.indication()).isEqualTo(Indication.INDETERMINATE);
    assertThat(none.subIndication()).contains(SubIndication.SIGNED_DATA_NOT_FOUND);
    assertThat(none.findings()).contains(ValidationFinding.REFERENCE_NOT_SUPPLIED);
    ValidationReport other =
        XadesFixtures.validator()
            .validate(detached, List.of(DetachedDocument.of("khac.pdf", XadesPackagingTest.PDF)));
    assertThat(other.subIndication()).contains(SubIndication.SIGNED_DATA_NOT_FOUND);
  }

  @Test
  void detachedFileSwappedAfterSigningFails() {
    ValidationReport r =
        XadesFixtures.validator()
            .validate(
                detached,
                List.of(DetachedDocument.of("quyet-dinh-02.pdf", bytes("%PDF-1.7 khác"))));
    assertThat(r.indication()).isEqualTo(Indication.FAILED);
    assertThat(r.subIndication()).contains(SubIndication.HASH_FAILURE);
    assertThat(r.findings()).contains(ValidationFinding.DIGEST_MISMATCH);
  }

  @Test
  void referencesToTheNetworkOrFileSystemAreNeverResolved() throws Exception {
    AtomicInteger hits = new AtomicInteger();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          hits.incrementAndGet();
          exchange.sendResponseHeaders(200, 0);
          exchange.getResponseBody().write(XadesPackagingTest.PDF);
          exchange.close();
        });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/quyet-dinh-02.pdf";
      for (String uri : List.of(url, "file:///etc/hostname", "/etc/hostname")) {
        String attack = text(detached).replace("URI=\"quyet-dinh-02.pdf\"", "URI=\"" + uri + "\"");
        ValidationReport r =
            XadesFixtures.validator().validate(bytes(attack), List.of(XadesPackagingTest.DECISION));
        assertThat(r.findings()).as(uri).contains(ValidationFinding.REFERENCE_NOT_SUPPLIED);
      }
      assertThat(hits).hasValue(0);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void externalEntityInEnvelopingContentIsRefusedBeforeSigning() throws Exception {
    TestPki.Signer s = TestPki.shared().personSigner("TEST Packaging XXE");
    byte[] xxe =
        bytes(
            "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<d>&x;</d>");
    XadesSigner signer =
        XadesPackagingTest.signer(XadesPackaging.ENVELOPING, SignatureLevel.B_B, false);
    assertThatThrownBy(() -> signer.dataToSign(xxe, XadesPackagingTest.params(s)))
        .hasMessageContaining("LT-SIG-0103");
    String attack =
        "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + enveloping.substring(enveloping.indexOf("<ds:Signature"));
    assertThatThrownBy(() -> validate(attack)).hasMessageContaining("LT-SIG-0103");
  }
}
