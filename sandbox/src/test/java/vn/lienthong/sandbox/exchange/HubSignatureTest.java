package vn.lienthong.sandbox.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.sandbox.BusTestClient.problem;
import static vn.lienthong.sandbox.BusTestClient.valid;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lienthong.sandbox.BusTestClient;
import vn.lienthong.sandbox.Sandbox;
import vn.lienthong.signature.Pkcs12SigningKey;
import vn.lienthong.signature.RsaPadding;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.testpki.TestPki;
import vn.lienthong.signature.xmldsig.XmlDsigSigner;

/**
 * The hub verifies the XML signature of every package it receives (through sdk-signature's
 * validator) and refuses, with a 422 saying which check failed (as edXML status 02 would), the
 * unsigned, the tampered and, once trust anchors are set, the untrusted.
 */
class HubSignatureTest {

  static Sandbox sandbox;
  static BusTestClient bus;
  static String example;
  static final String SENDER = DocumentExchangeTest.SENDER;
  static final String NS = "http://www.mic.gov.vn/TBT/QCVN_102_2016";

  @BeforeAll
  static void start() throws Exception {
    sandbox = Sandbox.create().start();
    bus = new BusTestClient(sandbox);
    try (InputStream in =
        HubSignatureTest.class.getResourceAsStream(
            "/contracts/examples/exchange/sendDocument.request.xml")) {
      example = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @AfterEach
  void reset() {
    sandbox.exchange().reset();
    sandbox.exchange().trustAnchors(List.of());
    sandbox.exchange().requireSignatures(true);
  }

  static HttpResponse<String> sendXml(String client, String xml) throws Exception {
    return BusTestClient.send(
        bus.request("/exchange/documents", "lien-thong-van-ban", "document-exchange")
            .setHeader("LT-Client", client)
            .header("Content-Type", "application/xml")
            .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8)));
  }

  static String sign(String xml, TestPki.Signer s) throws Exception {
    Pkcs12SigningKey key = Pkcs12SigningKey.load(s.pkcs12Stream(), TestPki.PASSWORD, "signer");
    SignatureParameters p =
        SignatureParameters.builder(List.of(s.certificate(), s.issuer()))
            .rsaPadding(RsaPadding.PKCS1_V1_5)
            .build();
    byte[] signed =
        XmlDsigSigner.builder()
            .signatureParent(NS, "edXMLHeader")
            .build()
            .sign(xml.getBytes(StandardCharsets.UTF_8), p, key);
    return new String(signed, StandardCharsets.UTF_8);
  }

  @Test
  void acceptsASignedPackage() throws Exception {
    String signed = sign(example, TestPki.shared().rsaSigner(2048));
    var r = sendXml(SENDER, signed);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
    valid(r, DocumentExchangeTest.CONTRACT, "SendReceipt");
    assertThat(sandbox.exchange().all()).hasSize(1);
  }

  @Test
  void refusesAnUnsignedPackage() throws Exception {
    JsonNode p = problem(sendXml(SENDER, example), 422, "LT-BUS-0501");
    assertThat(p.path("providerCode").asText()).isEqualTo("EDXML-02-UNSIGNED");
    assertThat(p.path("detail").asText()).contains("status 02").contains("no XML signature");
    assertThat(sandbox.exchange().all()).isEmpty();
  }

  @Test
  void refusesATamperedPackage() throws Exception {
    String signed = sign(example, TestPki.shared().rsaSigner(2048));
    String tampered =
        signed.replace("V/v cung cấp thông tin hộ tịch", "V/v cung cấp thông tin khác");
    assertThat(tampered).isNotEqualTo(signed);
    JsonNode p = problem(sendXml(SENDER, tampered), 422, "LT-BUS-0501");
    assertThat(p.path("providerCode").asText()).isEqualTo("EDXML-02-SIGNATURE-INVALID");
    assertThat(p.path("detail").asText())
        .contains("HASH_FAILURE")
        .contains("changed after signing");
    assertThat(sandbox.exchange().all()).isEmpty();
  }

  @Test
  void refusesAnUntrustedSignerOnceAnchorsAreSet() throws Exception {
    String signed = sign(example, TestPki.shared().rsaSigner(2048));
    sandbox.exchange().trustAnchors(List.of(TestPki.shared().rsaSigner(2048).certificate()));
    JsonNode p = problem(sendXml(SENDER, signed), 422, "LT-BUS-0501");
    assertThat(p.path("providerCode").asText()).isEqualTo("EDXML-02-SIGNER-UNTRUSTED");
    sandbox.exchange().trustAnchors(List.of(TestPki.shared().root()));
    assertThat(sendXml(SENDER, signed).statusCode()).isEqualTo(202);
  }

  @Test
  void acceptsUnsignedPackagesWhenTheCheckIsOff() throws Exception {
    sandbox.exchange().requireSignatures(false);
    assertThat(sandbox.exchange().signaturesRequired()).isFalse();
    assertThat(sendXml(SENDER, example).statusCode()).isEqualTo(202);
  }
}
