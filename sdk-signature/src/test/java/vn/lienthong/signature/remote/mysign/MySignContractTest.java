package vn.lienthong.signature.remote.mysign;

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
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienthong.signature.SignatureAlgorithm;
import vn.lienthong.signature.remote.RemoteStubs;
import vn.lienthong.signature.testpki.TestPki;

/**
 * Contract tests of the preview Viettel MySign adapter against stubs of the shapes documented in
 * public integration guides ({@code ras/v1/login}, {@code certificates/info}, {@code signHash},
 * {@code requests/status}).
 */
class MySignContractTest {

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
        post(urlEqualTo("/vtss/service/ras/v1/login"))
            .withRequestBody(matchingJsonPath("$.client_id", equalTo("app")))
            .withRequestBody(matchingJsonPath("$.profile_id", equalTo("adss:ras:profile:001")))
            .willReturn(
                okJson(
                    "{\"access_token\":\"AT\",\"refresh_token\":\"\",\"token_type\":\"Bearer\","
                        + "\"expires_in\":\"3600\"}")));
    wm.stubFor(
        post(urlEqualTo("/vtss/service/certificates/info"))
            .withHeader("Authorization", equalTo("Bearer AT"))
            .willReturn(
                okJson(
                    "[{\"key\":{\"status\":\"enabled\",\"algo\":[\"1.2.840.113549.1.1.1\"],"
                        + "\"len\":\"2048\"},\"cert\":{\"status\":\"valid\",\"certificates\":[\""
                        + RemoteStubs.b64(signer.certificate())
                        + "\",\""
                        + RemoteStubs.b64(signer.issuer())
                        + "\"]},\"authMode\":\"implicit\",\"credential_id\":\"cred-9\","
                        + "\"scal\":\"2\"}]")));
  }

  @AfterEach
  void stop() {
    wm.stop();
  }

  private MySignSigningService.Builder builder() {
    return MySignSigningService.builder(URI.create(wm.baseUrl()))
        .client("app", "app-secret".toCharArray())
        .userId("CMT_0123456789")
        .confirmationTimeout(Duration.ofSeconds(2))
        .pollInterval(Duration.ofMillis(20), Duration.ofMillis(100));
  }

  private void stubSignHash() {
    wm.stubFor(
        post(urlEqualTo("/vtss/service/signHash"))
            .withRequestBody(matchingJsonPath("$.credentialID", equalTo("cred-9")))
            .withRequestBody(matchingJsonPath("$.async", equalTo("1")))
            .withRequestBody(matchingJsonPath("$.signAlgo", equalTo("1.2.840.113549.1.1.1")))
            .willReturn(okJson("{\"transactionId\":\"de67f948\"}")));
  }

  private void stubStatusThen(String finalBody) {
    wm.stubFor(
        post(urlEqualTo("/vtss/service/requests/status"))
            .inScenario("poll")
            .whenScenarioStateIs(STARTED)
            .willReturn(okJson("{\"status\":\"4000\"}"))
            .willSetStateTo("waiting"));
    wm.stubFor(
        post(urlEqualTo("/vtss/service/requests/status"))
            .inScenario("poll")
            .whenScenarioStateIs("waiting")
            .willReturn(okJson("{\"status\":\"6000\"}"))
            .willSetStateTo("done"));
    wm.stubFor(
        post(urlEqualTo("/vtss/service/requests/status"))
            .inScenario("poll")
            .whenScenarioStateIs("done")
            .willReturn(okJson(finalBody)));
  }

  @Test
  void readsTheCredential() {
    try (MySignSigningService s = builder().build()) {
      assertThat(s.credentialId()).isEqualTo("cred-9");
      assertThat(s.certificateChain()).containsExactly(signer.certificate(), signer.issuer());
    }
  }

  @Test
  void signsAndPollsUntilTheSignerConfirms() throws Exception {
    byte[] hash = RemoteStubs.sha256("văn bản");
    stubSignHash();
    stubStatusThen(
        "{\"status\":\"1\",\"signatures\":[\""
            + RemoteStubs.rsaValue(signer.keys().getPrivate(), hash)
            + "\"]}");
    try (MySignSigningService s = builder().build()) {
      assertThat(s.signHashes(List.of(hash), SignatureAlgorithm.RSA_SHA256)).hasSize(1);
    }
    wm.verify(
        postRequestedFor(urlEqualTo("/vtss/service/signHash"))
            .withRequestBody(
                matchingJsonPath("$.hash[0]", equalTo(Base64.getEncoder().encodeToString(hash))))
            .withRequestBody(matchingJsonPath("$.hashAlgo", equalTo("2.16.840.1.101.3.4.2.1"))));
    wm.verify(3, postRequestedFor(urlEqualTo("/vtss/service/requests/status")));
    wm.verify(1, postRequestedFor(urlEqualTo("/vtss/service/ras/v1/login")));
  }

  @Test
  void mapsUserRejectTo0513() throws Exception {
    stubSignHash();
    stubStatusThen("{\"status\":\"4002\"}");
    try (MySignSigningService s = builder().build()) {
      assertThatThrownBy(
              () -> s.signHashes(List.of(RemoteStubs.sha256("x")), SignatureAlgorithm.RSA_SHA256))
          .hasMessageContaining("LT-SIG-0513");
    }
  }

  @Test
  void mapsProviderTimeoutStatusTo0516() throws Exception {
    stubSignHash();
    stubStatusThen("{\"status\":\"4001\"}");
    try (MySignSigningService s = builder().build()) {
      assertThatThrownBy(
              () -> s.signHashes(List.of(RemoteStubs.sha256("x")), SignatureAlgorithm.RSA_SHA256))
          .hasMessageContaining("LT-SIG-0516");
    }
  }

  @Test
  void timesOutWhilePolling() throws Exception {
    stubSignHash();
    wm.stubFor(
        post(urlEqualTo("/vtss/service/requests/status"))
            .willReturn(okJson("{\"status\":\"4000\"}")));
    try (MySignSigningService s = builder().confirmationTimeout(Duration.ofMillis(300)).build()) {
      assertThatThrownBy(
              () -> s.signHashes(List.of(RemoteStubs.sha256("x")), SignatureAlgorithm.RSA_SHA256))
          .hasMessageContaining("LT-SIG-0516")
          .hasMessageContaining("de67f948");
    }
  }

  @Test
  void logsInAgainOnceWhenTheTokenIsRefused() throws Exception {
    byte[] hash = RemoteStubs.sha256("x");
    wm.stubFor(
        post(urlEqualTo("/vtss/service/signHash"))
            .inScenario("token")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(401))
            .willSetStateTo("relogged"));
    wm.stubFor(
        post(urlEqualTo("/vtss/service/signHash"))
            .inScenario("token")
            .whenScenarioStateIs("relogged")
            .willReturn(
                okJson(
                    "{\"signatures\":[\""
                        + RemoteStubs.rsaValue(signer.keys().getPrivate(), hash)
                        + "\"]}")));
    try (MySignSigningService s = builder().build()) {
      assertThat(s.signHashes(List.of(hash), SignatureAlgorithm.RSA_SHA256)).hasSize(1);
    }
    wm.verify(2, postRequestedFor(urlEqualTo("/vtss/service/ras/v1/login")));
  }

  @Test
  void mapsRefusedLoginTo0510WithoutTheSecret() {
    wm.stubFor(
        post(urlEqualTo("/vtss/service/ras/v1/login"))
            .willReturn(aResponse().withStatus(401).withBody("{\"error\":\"59033\"}")));
    assertThatThrownBy(() -> builder().build())
        .hasMessageContaining("LT-SIG-0510")
        .hasMessageNotContaining("app-secret");
  }

  @Test
  void mapsUnknownCredentialTo0511() {
    assertThatThrownBy(() -> builder().credentialId("other").build())
        .hasMessageContaining("LT-SIG-0511");
  }

  @Test
  void mapsMalformedStatusTo0515() throws Exception {
    stubSignHash();
    wm.stubFor(
        post(urlEqualTo("/vtss/service/requests/status")).willReturn(okJson("{\"status\":")));
    try (MySignSigningService s = builder().build()) {
      assertThatThrownBy(
              () -> s.signHashes(List.of(RemoteStubs.sha256("x")), SignatureAlgorithm.RSA_SHA256))
          .hasMessageContaining("LT-SIG-0515");
    }
  }

  @Test
  void mapsOversizedAnswerTo0515() throws Exception {
    stubSignHash();
    wm.stubFor(
        post(urlEqualTo("/vtss/service/requests/status"))
            .willReturn(
                okJson(
                    "{\"status\":\"1\",\"signatures\":[\""
                        + "A".repeat(MySignSigningService.MAX_RESPONSE_BYTES)
                        + "\"]}")));
    try (MySignSigningService s = builder().build()) {
      assertThatThrownBy(
              () -> s.signHashes(List.of(RemoteStubs.sha256("x")), SignatureAlgorithm.RSA_SHA256))
          .hasMessageContaining("LT-SIG-0515");
    }
  }

  @Test
  void mapsProviderInternalErrorToRetryable0514() throws Exception {
    stubSignHash();
    stubStatusThen("{\"status\":\"50000\"}");
    try (MySignSigningService s = builder().build()) {
      assertThatThrownBy(
              () -> s.signHashes(List.of(RemoteStubs.sha256("x")), SignatureAlgorithm.RSA_SHA256))
          .hasMessageContaining("LT-SIG-0514");
    }
  }

  @Test
  void pollsOnThroughAProviderHiccup() throws Exception {
    byte[] hash = RemoteStubs.sha256("x");
    stubSignHash();
    wm.stubFor(
        post(urlEqualTo("/vtss/service/requests/status"))
            .inScenario("hiccup")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("back"));
    wm.stubFor(
        post(urlEqualTo("/vtss/service/requests/status"))
            .inScenario("hiccup")
            .whenScenarioStateIs("back")
            .willReturn(
                okJson(
                    "{\"status\":\"1\",\"signatures\":[\""
                        + RemoteStubs.rsaValue(signer.keys().getPrivate(), hash)
                        + "\"]}")));
    try (MySignSigningService s = builder().build()) {
      assertThat(s.signHashes(List.of(hash), SignatureAlgorithm.RSA_SHA256)).hasSize(1);
    }
  }
}
