package vn.lienthong.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A contract-test stand-in for an OpenID provider: WireMock on loopback serving discovery, JWKS,
 * PAR, token and userinfo, with ID tokens minted here with Nimbus.
 */
final class FakeOp implements AutoCloseable {

  static final String CLIENT_ID = "commune-portal";
  static final String PERSONAL_ID = "001090123456";

  final WireMockServer server;
  final String issuer;
  final ECKey ecKey;
  final RSAKey rsaKey;
  final KeyPair clientKey;
  List<JWK> published = new ArrayList<>();

  FakeOp() {
    try {
      ecKey = new ECKeyGenerator(Curve.P_256).keyID("op-ec-1").generate();
      rsaKey = new RSAKeyGenerator(2048).keyID("op-rsa-1").generate();
      clientKey = new ECKeyGenerator(Curve.P_256).generate().toKeyPair();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    issuer = "http://127.0.0.1:" + server.port() + "/idp";
    publish(ecKey, rsaKey);
    stubDiscovery(issuer, true);
    server.stubFor(
        post(urlEqualTo("/idp/par"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"request_uri\":\"urn:ietf:params:oauth:request_uri:abc\",\"expires_in\":60}")));
  }

  void stubDiscovery(String namedIssuer, boolean issParameter) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("issuer", namedIssuer);
    d.put("authorization_endpoint", issuer + "/authorize");
    d.put("pushed_authorization_request_endpoint", issuer + "/par");
    d.put("require_pushed_authorization_requests", true);
    d.put("token_endpoint", issuer + "/token");
    d.put("userinfo_endpoint", issuer + "/userinfo");
    d.put("jwks_uri", issuer + "/jwks");
    d.put("authorization_response_iss_parameter_supported", issParameter);
    server.stubFor(
        get(urlEqualTo("/idp/.well-known/openid-configuration"))
            .willReturn(json(200, JSONObjectUtils.toJSONString(d))));
  }

  void publish(JWK... keys) {
    published = new ArrayList<>(List.of(keys));
    server.stubFor(
        get(urlEqualTo("/idp/jwks"))
            .willReturn(json(200, new JWKSet(published).toPublicJWKSet().toString())));
  }

  static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(
      int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  OidcLogin.Builder rp() {
    return OidcLogin.builder()
        .issuer(URI.create(issuer))
        .clientId(CLIENT_ID)
        .clientKey(clientKey, "rp-key-1")
        .redirectUri(URI.create("https://xa.example.vn/cb"))
        .timeout(java.time.Duration.ofSeconds(10));
  }

  /** The form parameters of the last pushed authorization request. */
  Map<String, String> lastPar() {
    List<LoggedRequest> all = server.findAll(postRequestedFor(urlEqualTo("/idp/par")));
    return form(all.get(all.size() - 1).getBodyAsString());
  }

  List<LoggedRequest> tokenRequests() {
    return server.findAll(postRequestedFor(urlEqualTo("/idp/token")));
  }

  static Map<String, String> form(String body) {
    Map<String, String> m = new HashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      m.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return m;
  }

  JWTClaimsSet.Builder claims(String nonce) {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(issuer)
        .subject("sub-an-0001")
        .audience(CLIENT_ID)
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(300)))
        .claim("nonce", nonce)
        .claim("acr", "LoA2")
        .claim("name", "Nguyễn Văn An")
        .claim("birthdate", "1990-05-17")
        .claim("gender", "male")
        .claim("vn_personal_id", PERSONAL_ID)
        .claim("vn_account_type", "citizen");
  }

  String sign(JWTClaimsSet claims, JWK key, JWSAlgorithm alg, boolean withKid) {
    try {
      JWSSigner signer =
          key instanceof ECKey ? new ECDSASigner((ECKey) key) : new RSASSASigner((RSAKey) key);
      JWSHeader.Builder h = new JWSHeader.Builder(alg);
      if (withKid) {
        h.keyID(key.getKeyID());
      }
      SignedJWT jwt = new SignedJWT(h.build(), claims);
      jwt.sign(signer);
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  String sign(JWTClaimsSet claims) {
    return sign(claims, ecKey, JWSAlgorithm.ES256, true);
  }

  void tokenResponse(String idToken, String tokenType) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("access_token", "at-" + System.nanoTime());
    m.put("token_type", tokenType);
    m.put("expires_in", 300);
    if (idToken != null) {
      m.put("id_token", idToken);
    }
    server.stubFor(
        post(urlEqualTo("/idp/token")).willReturn(json(200, JSONObjectUtils.toJSONString(m))));
  }

  void userInfo(Map<String, Object> claims) {
    server.stubFor(
        get(urlPathEqualTo("/idp/userinfo"))
            .willReturn(json(200, JSONObjectUtils.toJSONString(claims))));
  }

  /** A started login at this provider, the tokens not yet chosen. */
  final class Pending {
    final LoginRequest request;
    final String state;
    final String nonce;

    Pending(LoginRequest request) {
      this.request = request;
      Map<String, String> par = lastPar();
      this.state = par.get("state");
      this.nonce = par.get("nonce");
    }

    URI callback() {
      return URI.create("https://xa.example.vn/cb?code=code-1&state=" + state + "&iss=" + issuer);
    }
  }

  Pending start(OidcLogin rp) {
    return new Pending(rp.start());
  }

  /** Logs in with an ID token shaped by {@code shape} (signed ES256 with kid by default). */
  CitizenIdentity login(OidcLogin rp, Consumer<JWTClaimsSet.Builder> shape) {
    Pending p = start(rp);
    JWTClaimsSet.Builder c = claims(p.nonce);
    shape.accept(c);
    tokenResponse(sign(c.build()), "DPoP");
    userInfo(Map.of("sub", "sub-an-0001", "vn_personal_id", PERSONAL_ID));
    return rp.finish(p.callback(), p.request.state());
  }

  @Override
  public void close() {
    server.stop();
  }
}
