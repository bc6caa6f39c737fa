package vn.lienthong.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.identity.StrictLoginTest.rejected;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Hostile and broken input gets a clear error within bounded time. */
class RelyingPartyBadInputTest {

  private final FakeOp op = new FakeOp();

  @AfterEach
  void stop() {
    op.close();
  }

  private FakeOp.Pending started(OidcLogin rp) {
    return op.start(rp);
  }

  @Test
  void rejectsAnOversizedIdToken() {
    OidcLogin rp = op.rp().build();
    FakeOp.Pending p = started(rp);
    String huge = "eyJhbGciOiJFUzI1NiJ9." + "A".repeat(40_000) + ".sig";
    op.tokenResponse(huge, "DPoP");
    rejected(
        IdentityErrorCode.ID_TOKEN_MALFORMED, () -> rp.finish(p.callback(), p.request.state()));
  }

  @Test
  void rejectsGarbageIdToken() {
    OidcLogin rp = op.rp().build();
    FakeOp.Pending p = started(rp);
    op.tokenResponse("not.a.jwt", "DPoP");
    rejected(
        IdentityErrorCode.ID_TOKEN_MALFORMED, () -> rp.finish(p.callback(), p.request.state()));
  }

  @Test
  void rejectsOversizedResponseHeaders() throws Exception {
    // WireMock's Jetty refuses to send headers this large, so a raw socket plays the token
    // endpoint.
    try (java.net.ServerSocket raw =
        new java.net.ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress())) {
      Thread t =
          new Thread(
              () -> {
                try (java.net.Socket s = raw.accept()) {
                  s.getInputStream().read(new byte[65536]);
                  String head =
                      "HTTP/1.1 200 OK\r\nX-Padding: "
                          + "x".repeat(20_000)
                          + "\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}";
                  s.getOutputStream()
                      .write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                } catch (java.io.IOException ignored) {
                  // the client hung up: fine
                }
              });
      t.setDaemon(true);
      t.start();
      OidcLogin rp =
          op.rp()
              .endpoints(
                  URI.create(op.issuer + "/authorize"),
                  URI.create("http://127.0.0.1:" + raw.getLocalPort() + "/token"),
                  URI.create(op.issuer + "/userinfo"))
              .parEndpoint(URI.create(op.issuer + "/par"))
              .jwksUri(URI.create(op.issuer + "/jwks"))
              .build();
      FakeOp.Pending p = started(rp);
      rejected(
          IdentityErrorCode.PROVIDER_RESPONSE_TOO_LARGE,
          () -> rp.finish(p.callback(), p.request.state()));
    }
  }

  @Test
  void rejectsAnOversizedResponseBody() {
    OidcLogin rp = op.rp().build();
    FakeOp.Pending p = started(rp);
    op.server.stubFor(
        post(urlEqualTo("/idp/token"))
            .willReturn(FakeOp.json(200, "{\"x\":\"" + "y".repeat(400_000) + "\"}")));
    rejected(
        IdentityErrorCode.PROVIDER_RESPONSE_TOO_LARGE,
        () -> rp.finish(p.callback(), p.request.state()));
  }

  @Test
  void rejectsMalformedJsonFromTheTokenEndpoint() {
    OidcLogin rp = op.rp().build();
    FakeOp.Pending p = started(rp);
    op.server.stubFor(
        post(urlEqualTo("/idp/token")).willReturn(FakeOp.json(200, "{\"access_token\":")));
    rejected(
        IdentityErrorCode.PROVIDER_RESPONSE_MALFORMED,
        () -> rp.finish(p.callback(), p.request.state()));
  }

  @Test
  void rejectsMalformedDiscovery() {
    op.server.stubFor(
        get(urlEqualTo("/idp/.well-known/openid-configuration"))
            .willReturn(FakeOp.json(200, "[1,2")));
    rejected(IdentityErrorCode.PROVIDER_RESPONSE_MALFORMED, () -> op.rp().build().start());
  }

  private static String jwksOf(int keys) {
    String one =
        "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU\","
            + "\"y\":\"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0\",\"kid\":\"k";
    StringBuilder b = new StringBuilder("{\"keys\":[");
    for (int i = 0; i < keys; i++) {
      b.append(i == 0 ? "" : ",").append(one).append(i).append("\"}");
    }
    return b.append("]}").toString();
  }

  @Test
  void refusesAJwksOfTenThousandKeysQuickly() {
    op.server.stubFor(get(urlEqualTo("/idp/jwks")).willReturn(FakeOp.json(200, jwksOf(10_000))));
    OidcLogin rp = op.rp().build();
    long t0 = System.nanoTime();
    rejected(IdentityErrorCode.PROVIDER_RESPONSE_TOO_LARGE, () -> op.login(rp, c -> {}));
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(15));
  }

  @Test
  void refusesAJwksWithMoreKeysThanTheCapEvenWhenSmall() {
    op.server.stubFor(get(urlEqualTo("/idp/jwks")).willReturn(FakeOp.json(200, jwksOf(150))));
    OidcLogin rp = op.rp().build();
    rejected(IdentityErrorCode.JWKS_TOO_LARGE, () -> op.login(rp, c -> {}));
  }

  @Test
  void aSlowJwksEndpointFailsWithinTheTimeout() {
    op.server.stubFor(
        get(urlEqualTo("/idp/jwks"))
            .willReturn(FakeOp.json(200, "{\"keys\":[]}").withFixedDelay(30_000)));
    OidcLogin rp = op.rp().timeout(Duration.ofMillis(800)).build();
    long t0 = System.nanoTime();
    rejected(IdentityErrorCode.PROVIDER_UNAVAILABLE, () -> op.login(rp, c -> {}));
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void aProviderThatTricklesItsBodyFailsWithinTheTimeout() {
    op.server.stubFor(
        get(urlEqualTo("/idp/jwks"))
            .willReturn(
                FakeOp.json(200, "{\"keys\":[]}" + " ".repeat(2000))
                    .withChunkedDribbleDelay(50, 30_000)));
    OidcLogin rp = op.rp().timeout(Duration.ofMillis(800)).build();
    long t0 = System.nanoTime();
    rejected(IdentityErrorCode.PROVIDER_UNAVAILABLE, () -> op.login(rp, c -> {}));
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void rejectsInjectedCallbackParameters() {
    OidcLogin rp = op.rp().build();
    FakeOp.Pending p = started(rp);
    String base = "https://xa.example.vn/cb?iss=" + op.issuer + "&state=" + p.state;
    for (String bad :
        new String[] {
          base + "&code=a&code=b",
          base + "&state=second&code=a",
          base + "&code=a%0D%0ASet-Cookie:%20x=1",
          base + "&code=" + "c".repeat(3000),
          base + "&code=a" + "&x=1".repeat(40),
          "https://xa.example.vn/cb?" + "a=b&".repeat(3000)
        }) {
      rejected(
          IdentityErrorCode.CALLBACK_MALFORMED,
          () -> rp.finish(URI.create(bad), p.request.state()));
    }
    rejected(
        IdentityErrorCode.CALLBACK_MALFORMED,
        () -> rp.finish(Map.of("state", java.util.List.of(p.state, p.state)), p.request.state()));
  }

  @Test
  void ignoresUnknownCallbackParametersWithinTheCap() {
    OidcLogin rp = op.rp().build();
    FakeOp.Pending p = started(rp);
    op.tokenResponse(op.sign(op.claims(p.nonce).build()), "DPoP");
    op.userInfo(Map.of("sub", "sub-an-0001"));
    URI cb = URI.create(p.callback() + "&utm_source=mail&%3Cscript%3E=1");
    assertThat(rp.finish(cb, p.request.state())).isNotNull();
  }

  @Test
  void anUnreachableProviderIsRetryable() {
    OidcLogin rp =
        op.rp()
            .issuer(URI.create("http://127.0.0.1:9/idp"))
            .timeout(Duration.ofMillis(500))
            .build();
    rejected(IdentityErrorCode.PROVIDER_UNAVAILABLE, rp::start);
  }
}
