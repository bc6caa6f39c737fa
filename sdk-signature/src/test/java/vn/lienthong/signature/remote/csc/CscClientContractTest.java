package vn.lienthong.signature.remote.csc;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.RemoteServiceException;
import vn.lienthong.signature.DigestAlgorithm;
import vn.lienthong.signature.SignatureAlgorithm;
import vn.lienthong.signature.remote.RemoteStubs;
import vn.lienthong.signature.testpki.TestPki;

/** Contract tests of {@link CscClient} against stubs of the CSC API v2 request/response shapes. */
class CscClientContractTest {

  private WireMockServer wm;
  private CscClient client;

  @BeforeEach
  void start() {
    wm = RemoteStubs.start();
    client =
        CscClient.builder(URI.create(wm.baseUrl() + "/csc/v2"))
            .accessToken("tok-9f3")
            .timeout(Duration.ofSeconds(2))
            .maxResponseBytes(4096)
            .build();
  }

  @AfterEach
  void stop() {
    client.close();
    wm.stop();
  }

  @Test
  void readsInfoListAndCredentialInfo() throws Exception {
    TestPki.Signer s = TestPki.shared().rsaSigner(2048);
    wm.stubFor(
        post(urlEqualTo("/csc/v2/info"))
            .willReturn(
                okJson(
                    "{\"specs\":\"2.0.0.2\",\"name\":\"CA\",\"authType\":[\"oauth2client\"],"
                        + "\"methods\":[\"credentials/list\",\"signatures/signHash\"]}")));
    wm.stubFor(
        post(urlEqualTo("/csc/v2/credentials/list"))
            .withHeader("Authorization", equalTo("Bearer tok-9f3"))
            .willReturn(okJson("{\"credentialIDs\":[\"c1\",\"c2\"]}")));
    wm.stubFor(
        post(urlEqualTo("/csc/v2/credentials/info"))
            .withRequestBody(matchingJsonPath("$.credentialID", equalTo("c1")))
            .withRequestBody(matchingJsonPath("$.certificates", equalTo("chain")))
            .willReturn(
                okJson(
                    "{\"key\":{\"status\":\"enabled\",\"algo\":[\"1.2.840.113549.1.1.11\"],"
                        + "\"len\":2048},\"cert\":{\"status\":\"valid\",\"certificates\":[\""
                        + RemoteStubs.b64(s.certificate())
                        + "\",\""
                        + RemoteStubs.b64(s.issuer())
                        + "\"]},\"authMode\":\"explicit\",\"SCAL\":\"2\",\"multisign\":5}")));

    assertThat(client.info().methods()).contains("signatures/signHash");
    assertThat(client.credentialIds()).containsExactly("c1", "c2");
    CscCredential c = client.credential("c1");
    assertThat(c.certificateChain()).containsExactly(s.certificate(), s.issuer());
    assertThat(c.keyLength()).isEqualTo(2048);
    assertThat(c.authMode()).isEqualTo("explicit");
    assertThat(c.scal()).isEqualTo("2");
    assertThat(c.multisign()).isEqualTo(5);
  }

  @Test
  void sendsPinInAuthDataAndSadInSignHash() throws Exception {
    byte[] hash = RemoteStubs.sha256("x");
    String b64 = Base64.getEncoder().encodeToString(hash);
    wm.stubFor(
        post(urlEqualTo("/csc/v2/credentials/authorize"))
            .withRequestBody(
                equalToJson(
                    "{\"credentialID\":\"c1\",\"numSignatures\":1,\"hashes\":[\""
                        + b64
                        + "\"],\"hashAlgorithmOID\":\"2.16.840.1.101.3.4.2.1\","
                        + "\"authData\":[{\"id\":\"PIN\",\"value\":\"1234\"}]}"))
            .willReturn(okJson("{\"SAD\":\"S-1\",\"expiresIn\":60}")));
    wm.stubFor(
        post(urlEqualTo("/csc/v2/signatures/signHash"))
            .withRequestBody(
                equalToJson(
                    "{\"credentialID\":\"c1\",\"SAD\":\"S-1\",\"hashes\":[\""
                        + b64
                        + "\"],\"hashAlgorithmOID\":\"2.16.840.1.101.3.4.2.1\","
                        + "\"signAlgo\":\"1.2.840.113549.1.1.11\"}"))
            .willReturn(okJson("{\"signatures\":[\"AQID\"]}")));
    CscAuthorization sad =
        client.authorize(
            "c1", List.of(hash), DigestAlgorithm.SHA256, CscSecrets.of("1234".toCharArray(), null));
    assertThat(sad.toString()).doesNotContain("S-1");
    assertThat(client.signHash("c1", sad, List.of(hash), SignatureAlgorithm.RSA_SHA256))
        .containsExactly(new byte[] {1, 2, 3});
  }

  @Test
  void sendsPssParameters() throws Exception {
    byte[] hash = RemoteStubs.sha256("x");
    wm.stubFor(
        post(urlEqualTo("/csc/v2/signatures/signHash"))
            .withRequestBody(matchingJsonPath("$.signAlgo", equalTo("1.2.840.113549.1.1.10")))
            .withRequestBody(matchingJsonPath("$.signAlgoParams"))
            .willReturn(okJson("{\"signatures\":[\"AQID\"]}")));
    assertThat(
            client.signHash(
                "c1",
                new CscAuthorization("S", java.time.Instant.MAX, false),
                List.of(hash),
                SignatureAlgorithm.RSA_PSS_SHA256))
        .hasSize(1);
  }

  @Test
  void mapsUnauthorisedTo0510() {
    wm.stubFor(
        post(urlEqualTo("/csc/v2/credentials/list"))
            .willReturn(aResponse().withStatus(401).withBody("{\"error\":\"invalid_token\"}")));
    assertThatThrownBy(client::credentialIds)
        .isInstanceOf(RemoteServiceException.class)
        .hasMessageContaining("LT-SIG-0510")
        .hasMessageNotContaining("tok-9f3");
  }

  @Test
  void mapsUnknownCredentialTo0511() {
    wm.stubFor(
        post(urlEqualTo("/csc/v2/credentials/info"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withBody(
                        "{\"error\":\"invalid_request\","
                            + "\"error_description\":\"Invalid parameter credentialID\"}")));
    assertThatThrownBy(() -> client.credential("nope")).hasMessageContaining("LT-SIG-0511");
  }

  @Test
  void mapsWrongPinTo0513WithoutThePin() throws Exception {
    wm.stubFor(
        post(urlEqualTo("/csc/v2/credentials/authorize"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withBody(
                        "{\"error\":\"invalid_request\",\"error_description\":\"Invalid PIN\"}")));
    assertThatThrownBy(
            () ->
                client.authorize(
                    "c1",
                    List.of(RemoteStubs.sha256("x")),
                    DigestAlgorithm.SHA256,
                    CscSecrets.of("24680".toCharArray(), null)))
        .hasMessageContaining("LT-SIG-0513")
        .hasMessageNotContaining("24680");
  }

  @Test
  void mapsSadExpiredTo0512() throws Exception {
    wm.stubFor(
        post(urlEqualTo("/csc/v2/signatures/signHash"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withBody(
                        "{\"error\":\"invalid_request\",\"error_description\":\"SAD expired\"}")));
    assertThatThrownBy(
            () ->
                client.signHash(
                    "c1",
                    new CscAuthorization("secret-sad", java.time.Instant.MAX, false),
                    List.of(RemoteStubs.sha256("x")),
                    SignatureAlgorithm.RSA_SHA256))
        .hasMessageContaining("LT-SIG-0512")
        .hasMessageNotContaining("secret-sad");
  }

  @Test
  void mapsServerErrorToRetryable0514() {
    wm.stubFor(
        post(urlEqualTo("/csc/v2/credentials/list")).willReturn(aResponse().withStatus(503)));
    assertThatThrownBy(client::credentialIds)
        .isInstanceOfSatisfying(
            RemoteServiceException.class,
            e -> {
              assertThat(e.errorCode().code()).isEqualTo("LT-SIG-0514");
              assertThat(e.errorCode().retryable()).isTrue();
              assertThat(e.statusCode()).isEqualTo(503);
            });
  }

  @Test
  void mapsTimeoutTo0514() {
    wm.stubFor(
        post(urlEqualTo("/csc/v2/credentials/list"))
            .willReturn(okJson("{\"credentialIDs\":[]}").withFixedDelay(3000)));
    assertThatThrownBy(client::credentialIds).hasMessageContaining("LT-SIG-0514");
  }

  @Test
  void mapsMalformedJsonTo0515() {
    wm.stubFor(
        post(urlEqualTo("/csc/v2/credentials/list"))
            .willReturn(okJson("{\"credentialIDs\":[\"c1\"")));
    assertThatThrownBy(client::credentialIds).hasMessageContaining("LT-SIG-0515");
  }

  @Test
  void mapsOversizedAnswerTo0515() {
    wm.stubFor(
        post(urlEqualTo("/csc/v2/credentials/list"))
            .willReturn(okJson("{\"credentialIDs\":[\"" + "x".repeat(10_000) + "\"]}")));
    assertThatThrownBy(client::credentialIds)
        .hasMessageContaining("LT-SIG-0515")
        .hasMessageContaining("4096");
  }

  @Test
  void mapsWrongNumberOfSignaturesTo0515() throws Exception {
    wm.stubFor(
        post(urlEqualTo("/csc/v2/signatures/signHash"))
            .willReturn(okJson("{\"signatures\":[\"AQID\",\"AQID\"]}")));
    assertThatThrownBy(
            () ->
                client.signHash(
                    "c1",
                    new CscAuthorization("S", java.time.Instant.MAX, false),
                    List.of(RemoteStubs.sha256("x")),
                    SignatureAlgorithm.RSA_SHA256))
        .hasMessageContaining("LT-SIG-0515");
  }

  @Test
  void obtainsAndCachesAClientCredentialsToken() {
    wm.stubFor(
        post(urlEqualTo("/csc/v2/oauth2/token"))
            .withRequestBody(containing("grant_type=client_credentials"))
            .willReturn(okJson("{\"access_token\":\"T1\",\"expires_in\":3600}")));
    wm.stubFor(
        post(urlEqualTo("/csc/v2/credentials/list"))
            .withHeader("Authorization", equalTo("Bearer T1"))
            .willReturn(okJson("{\"credentialIDs\":[\"c1\"]}")));
    try (CscClient c =
        CscClient.builder(URI.create(wm.baseUrl() + "/csc/v2/"))
            .clientCredentials("app", "s3cret".toCharArray())
            .build()) {
      assertThat(c.credentialIds()).containsExactly("c1");
      assertThat(c.credentialIds()).containsExactly("c1");
    }
    wm.verify(1, postRequestedFor(urlEqualTo("/csc/v2/oauth2/token")));
  }

  @Test
  void buildsTheCredentialScopeUrlAndExchangesTheCode() throws Exception {
    wm.stubFor(
        post(urlEqualTo("/csc/v2/oauth2/token"))
            .withRequestBody(containing("grant_type=authorization_code"))
            .withRequestBody(containing("code=C0DE"))
            .willReturn(okJson("{\"access_token\":\"CRED-TOKEN\",\"expires_in\":300}")));
    wm.stubFor(
        post(urlEqualTo("/csc/v2/signatures/signHash"))
            .withHeader("Authorization", equalTo("Bearer CRED-TOKEN"))
            .willReturn(okJson("{\"signatures\":[\"AQID\"]}")));
    try (CscClient c =
        CscClient.builder(URI.create(wm.baseUrl() + "/csc/v2/"))
            .clientCredentials("app", "s3cret".toCharArray())
            .build()) {
      byte[] hash = RemoteStubs.sha256("x");
      URI url =
          c.credentialAuthorizationUrl(
              "c1", List.of(hash), DigestAlgorithm.SHA256, URI.create("https://app/cb"), "st");
      assertThat(url.toString())
          .startsWith(wm.baseUrl() + "/csc/v2/oauth2/authorize?response_type=code")
          .contains("scope=credential", "credentialID=c1", "numSignatures=1", "state=st");
      CscAuthorization a = c.exchangeCredentialCode("C0DE", URI.create("https://app/cb"));
      assertThat(a.credentialToken()).isTrue();
      assertThat(c.signHash("c1", a, List.of(hash), SignatureAlgorithm.RSA_SHA256)).hasSize(1);
    }
  }

  @Test
  void refusesPlainHttpExceptOnLoopback() {
    assertThatThrownBy(() -> CscClient.builder(URI.create("http://csc.example.vn/csc/v2/")))
        .hasMessageContaining("LT-SIG-0517");
    assertThatThrownBy(() -> CscClient.builder(URI.create("http://cafe/csc/v2/")))
        .hasMessageContaining("LT-SIG-0517");
    assertThatThrownBy(() -> CscClient.builder(URI.create("ftp://127.0.0.1/csc/v2/")))
        .hasMessageContaining("LT-SIG-0517");
    CscClient.builder(URI.create("https://csc.example.vn/csc/v2/")).build().close();
    CscClient.builder(URI.create("http://[::1]:8080/csc/v2/")).build().close();
  }
}
