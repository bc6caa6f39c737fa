package vn.lienthong.signature.remote.smartca;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienthong.signature.SignatureAlgorithm;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.cades.CadesSigner;
import vn.lienthong.signature.remote.RemoteStubs;
import vn.lienthong.signature.testpki.TestPki;

/**
 * Contract tests of the preview VNPT SmartCA adapter against stubs of the shapes documented in
 * public integration guides ({@code credentials/get_certificate}, {@code signatures/sign}, {@code
 * signatures/sign/{id}/status}).
 */
class SmartCaContractTest {

  private static final String BASE = "/sca/sp769/v1/";
  private static TestPki.Signer signer;
  private WireMockServer wm;

  @BeforeAll
  static void keys() throws Exception {
    signer = TestPki.shared().rsaSigner(2048);
  }

  @BeforeEach
  void start() throws Exception {
    wm = RemoteStubs.start();
    wm.stubFor(
        post(urlEqualTo(BASE + "credentials/get_certificate"))
            .withRequestBody(matchingJsonPath("$.sp_id", equalTo("sp")))
            .withRequestBody(matchingJsonPath("$.user_id", equalTo("001203004567")))
            .willReturn(
                okJson(
                    "{\"status_code\":200,\"message\":\"OK\",\"data\":{\"user_certificates\":[{"
                        + "\"serial_number\":\"5401ab\",\"cert_status\":\"Đang hoạt động\","
                        + "\"cert_data\":\""
                        + RemoteStubs.b64(signer.certificate())
                        + "\",\"chain_data\":{\"ca_cert\":\""
                        + RemoteStubs.b64(signer.issuer())
                        + "\",\"root_cert\":null}}]}}")));
  }

  @AfterEach
  void stop() {
    wm.stop();
  }

  private SmartCaSigningService.Builder builder() {
    return SmartCaSigningService.builder(URI.create(wm.baseUrl() + BASE))
        .servicePartner("sp", "sp-pass".toCharArray())
        .userId("001203004567")
        .confirmationTimeout(Duration.ofSeconds(2))
        .pollInterval(Duration.ofMillis(20), Duration.ofMillis(100));
  }

  private void stubSign(String tx) {
    wm.stubFor(
        post(urlEqualTo(BASE + "signatures/sign"))
            .withRequestBody(matchingJsonPath("$.sign_files[0].sign_type", equalTo("hash")))
            .withRequestBody(matchingJsonPath("$.serial_number", equalTo("5401ab")))
            .willReturn(
                okJson(
                    "{\"status_code\":200,\"message\":\"OK\",\"data\":{\"transaction_id\":\""
                        + tx
                        + "\",\"tran_code\":\"T1\"}}")));
  }

  private void stubPendingThen(String tx, String finalBody) {
    String url = BASE + "signatures/sign/" + tx + "/status";
    wm.stubFor(
        post(urlEqualTo(url))
            .inScenario("poll")
            .whenScenarioStateIs(STARTED)
            .willReturn(
                okJson(
                    "{\"status_code\":200,\"message\":\"Chờ xác nhận\","
                        + "\"data\":{\"transaction_id\":\""
                        + tx
                        + "\",\"signatures\":null}}"))
            .willSetStateTo("confirmed"));
    wm.stubFor(
        post(urlEqualTo(url))
            .inScenario("poll")
            .whenScenarioStateIs("confirmed")
            .willReturn(okJson(finalBody)));
  }

  @Test
  void readsTheCertificateChain() {
    try (SmartCaSigningService s = builder().build()) {
      assertThat(s.certificateChain()).containsExactly(signer.certificate(), signer.issuer());
      assertThat(s.serialNumber()).isEqualTo("5401ab");
      assertThat(s.toString()).doesNotContain("001203004567");
    }
  }

  @Test
  void signsHashInHexAndPollsUntilConfirmed() throws Exception {
    byte[] hash = RemoteStubs.sha256("quyết định");
    stubSign("tx-1");
    stubPendingThen(
        "tx-1",
        "{\"status_code\":200,\"message\":\"OK\",\"data\":{\"transaction_id\":\"tx-1\","
            + "\"signatures\":[{\"doc_id\":\"0\",\"signature_value\":\""
            + RemoteStubs.rsaValue(signer.keys().getPrivate(), hash)
            + "\"}]}}");
    try (SmartCaSigningService s = builder().build()) {
      List<byte[]> v = s.signHashes(List.of(hash), SignatureAlgorithm.RSA_SHA256);
      assertThat(v).hasSize(1);
    }
    wm.verify(
        postRequestedFor(urlEqualTo(BASE + "signatures/sign"))
            .withRequestBody(
                matchingJsonPath(
                    "$.sign_files[0].data_to_be_signed", equalTo(HexFormat.of().formatHex(hash)))));
    wm.verify(2, postRequestedFor(urlEqualTo(BASE + "signatures/sign/tx-1/status")));
  }

  @Test
  void producesACadesSignatureThroughTheSigningKey() throws Exception {
    byte[] content = "Giấy khai sinh".getBytes(StandardCharsets.UTF_8);
    try (SmartCaSigningService s = builder().build()) {
      SignatureParameters p =
          SignatureParameters.builder(s.certificateChain())
              .signatureAlgorithm(SignatureAlgorithm.RSA_SHA256)
              .build();
      byte[] hash =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(CadesSigner.create().dataToSign(content, p));
      stubSign("tx-2");
      stubPendingThen(
          "tx-2",
          "{\"status_code\":200,\"data\":{\"signatures\":[{\"doc_id\":\"0\",\"signature_value\":\""
              + RemoteStubs.rsaValue(signer.keys().getPrivate(), hash)
              + "\"}]}}");
      assertThat(CadesSigner.create().sign(content, p, s.signingKey())).isNotEmpty();
    }
  }

  @Test
  void rejectsAValueFromAnotherKey() throws Exception {
    TestPki.Signer other = TestPki.shared().rsaSigner(2048);
    byte[] content = "Giấy khai sinh".getBytes(StandardCharsets.UTF_8);
    try (SmartCaSigningService s = builder().build()) {
      SignatureParameters p =
          SignatureParameters.builder(s.certificateChain())
              .signatureAlgorithm(SignatureAlgorithm.RSA_SHA256)
              .build();
      byte[] hash =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(CadesSigner.create().dataToSign(content, p));
      stubSign("tx-3");
      stubPendingThen(
          "tx-3",
          "{\"status_code\":200,\"data\":{\"signatures\":[{\"doc_id\":\"0\",\"signature_value\":\""
              + RemoteStubs.rsaValue(other.keys().getPrivate(), hash)
              + "\"}]}}");
      assertThatThrownBy(() -> CadesSigner.create().sign(content, p, s.signingKey()))
          .hasMessageContaining("LT-SIG-0006");
    }
  }

  @Test
  void mapsUserRefusalTo0513() throws Exception {
    stubSign("tx-4");
    stubPendingThen("tx-4", "{\"status_code\":4003,\"message\":\"Người dùng từ chối\"}");
    try (SmartCaSigningService s = builder().build()) {
      assertThatThrownBy(
              () -> s.signHashes(List.of(RemoteStubs.sha256("x")), SignatureAlgorithm.RSA_SHA256))
          .hasMessageContaining("LT-SIG-0513");
    }
  }

  @Test
  void timesOutWhileThePhoneDoesNotConfirm() throws Exception {
    stubSign("tx-5");
    wm.stubFor(
        post(urlEqualTo(BASE + "signatures/sign/tx-5/status"))
            .willReturn(okJson("{\"status_code\":200,\"data\":{\"signatures\":null}}")));
    try (SmartCaSigningService s = builder().confirmationTimeout(Duration.ofMillis(300)).build()) {
      assertThatThrownBy(
              () -> s.signHashes(List.of(RemoteStubs.sha256("x")), SignatureAlgorithm.RSA_SHA256))
          .hasMessageContaining("LT-SIG-0516")
          .hasMessageContaining("tx-5");
    }
  }

  @Test
  void mapsUnauthorisedPartnerTo0510() {
    wm.stubFor(
        post(urlEqualTo(BASE + "credentials/get_certificate"))
            .willReturn(aResponse().withStatus(401).withBody("{\"status_code\":401}")));
    assertThatThrownBy(() -> builder().build())
        .hasMessageContaining("LT-SIG-0510")
        .hasMessageNotContaining("sp-pass");
  }

  @Test
  void mapsUnknownSerialTo0511() {
    assertThatThrownBy(() -> builder().serialNumber("ffff").build())
        .hasMessageContaining("LT-SIG-0511");
  }

  @Test
  void mapsMalformedAndOversizedAnswersTo0515() {
    wm.stubFor(
        post(urlEqualTo(BASE + "credentials/get_certificate"))
            .willReturn(okJson("{\"status_code\":200,\"data\":{")));
    assertThatThrownBy(() -> builder().build()).hasMessageContaining("LT-SIG-0515");
    wm.stubFor(
        post(urlEqualTo(BASE + "credentials/get_certificate"))
            .willReturn(
                okJson(
                    "{\"pad\":\"" + "x".repeat(SmartCaSigningService.MAX_RESPONSE_BYTES) + "\"}")));
    assertThatThrownBy(() -> builder().build()).hasMessageContaining("LT-SIG-0515");
  }

  @Test
  void refusesAlgorithmsOtherThanRsaSha256() {
    try (SmartCaSigningService s = builder().build()) {
      assertThatThrownBy(
              () ->
                  s.signHashes(List.of(RemoteStubs.sha256("x")), SignatureAlgorithm.RSA_PSS_SHA256))
          .hasMessageContaining("LT-SIG-0518");
    }
  }
}
