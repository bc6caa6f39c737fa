package vn.lienthong.sandbox.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSADecrypter;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A minimal relying party written directly on the JDK HttpClient and Nimbus (not on sdk-identity),
 * used to drive the sandbox in tests. Uses the demo client's test keys.
 */
final class TestRelyingParty {

  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  static final ObjectMapper JSON = new ObjectMapper();
  static final URI REDIRECT = DemoClient.REDIRECT_URIS.get(0);

  final String issuer;
  final JWKSet keys = DemoClient.privateJwks();
  final ECKey clientKey = (ECKey) keys.getKeyByKeyId("demo-client-sig-TEST-ONLY");
  final ECKey dpopKey;

  TestRelyingParty(URI issuer) {
    this.issuer = issuer.toString();
    try {
      this.dpopKey = new ECKeyGenerator(Curve.P_256).generate();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The state of one login in progress. */
  static final class Login {
    final String state = UUID.randomUUID().toString();
    final String nonce = UUID.randomUUID().toString();
    final String verifier =
        Base64URL.encode(UUID.randomUUID() + "-" + UUID.randomUUID()).toString();
    String requestUri;
    URI callback;
    String code;
    JsonNode tokenResponse;
  }

  static String challenge(String verifier) throws Exception {
    return Base64URL.encode(
            MessageDigest.getInstance("SHA-256")
                .digest(verifier.getBytes(StandardCharsets.US_ASCII)))
        .toString();
  }

  String clientAssertion() throws Exception {
    return clientAssertion(Instant.now().plusSeconds(60), UUID.randomUUID().toString());
  }

  String clientAssertion(Instant exp, String jti) throws Exception {
    JWTClaimsSet c =
        new JWTClaimsSet.Builder()
            .issuer(DemoClient.CLIENT_ID)
            .subject(DemoClient.CLIENT_ID)
            .audience(issuer)
            .issueTime(new Date())
            .expirationTime(Date.from(exp))
            .jwtID(jti)
            .build();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(clientKey.getKeyID()).build(), c);
    jwt.sign(new ECDSASigner(clientKey));
    return jwt.serialize();
  }

  String dpop(String method, String url, String accessToken) throws Exception {
    JWTClaimsSet.Builder c =
        new JWTClaimsSet.Builder()
            .jwtID(UUID.randomUUID().toString())
            .claim("htm", method)
            .claim("htu", url)
            .issueTime(new Date());
    if (accessToken != null) {
      c.claim(
          "ath",
          Base64URL.encode(
                  MessageDigest.getInstance("SHA-256")
                      .digest(accessToken.getBytes(StandardCharsets.US_ASCII)))
              .toString());
    }
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.ES256)
                .type(new JOSEObjectType("dpop+jwt"))
                .jwk(dpopKey.toPublicJWK())
                .build(),
            c.build());
    jwt.sign(new ECDSASigner(dpopKey));
    return jwt.serialize();
  }

  static String form(Map<String, String> m) {
    return m.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  static HttpResponse<String> post(String url, String body, String... headers) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> get(String url, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  Map<String, String> parParams(Login l) throws Exception {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("response_type", "code");
    m.put("client_id", DemoClient.CLIENT_ID);
    m.put("redirect_uri", REDIRECT.toString());
    m.put("scope", "openid");
    m.put("state", l.state);
    m.put("nonce", l.nonce);
    m.put("code_challenge", challenge(l.verifier));
    m.put("code_challenge_method", "S256");
    m.put("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
    m.put("client_assertion", clientAssertion());
    return m;
  }

  HttpResponse<String> par(Map<String, String> params) throws Exception {
    return post(issuer + "/par", form(params));
  }

  /** PAR, then authorize with a persona header; returns the login with its callback. */
  Login authorize(String persona, String hostile) throws Exception {
    Login l = new Login();
    Map<String, String> p = parParams(l);
    if (hostile != null) {
      p.put("hostile", hostile);
    }
    HttpResponse<String> par = par(p);
    if (par.statusCode() != 201) {
      throw new AssertionError("PAR failed: " + par.statusCode() + " " + par.body());
    }
    l.requestUri = JSON.readTree(par.body()).path("request_uri").asText();
    HttpResponse<String> a =
        get(
            issuer
                + "/authorize?client_id="
                + DemoClient.CLIENT_ID
                + "&request_uri="
                + URLEncoder.encode(l.requestUri, StandardCharsets.UTF_8),
            "X-Sandbox-Persona",
            persona);
    if (a.statusCode() != 303) {
      throw new AssertionError("authorize failed: " + a.statusCode() + " " + a.body());
    }
    l.callback = URI.create(a.headers().firstValue("Location").orElseThrow());
    l.code = query(l.callback).get("code");
    return l;
  }

  static Map<String, String> query(URI u) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String pair : u.getRawQuery().split("&")) {
      int eq = pair.indexOf('=');
      m.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return m;
  }

  Map<String, String> tokenParams(Login l) throws Exception {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("grant_type", "authorization_code");
    m.put("code", l.code);
    m.put("redirect_uri", REDIRECT.toString());
    m.put("code_verifier", l.verifier);
    m.put("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
    m.put("client_assertion", clientAssertion());
    return m;
  }

  HttpResponse<String> token(Map<String, String> params) throws Exception {
    return post(issuer + "/token", form(params), "DPoP", dpop("POST", issuer + "/token", null));
  }

  /** Full flow up to the token response. */
  Login login(String persona, String hostile) throws Exception {
    Login l = authorize(persona, hostile);
    HttpResponse<String> t = token(tokenParams(l));
    if (t.statusCode() != 200) {
      throw new AssertionError("token failed: " + t.statusCode() + " " + t.body());
    }
    l.tokenResponse = JSON.readTree(t.body());
    return l;
  }

  /** Decrypts the ID token if it is a JWE; returns the inner JWS. */
  SignedJWT idToken(Login l) throws Exception {
    return SignedJWT.parse(innerIdToken(l.tokenResponse.path("id_token").asText()));
  }

  String innerIdToken(String raw) throws Exception {
    if (raw.split("\\.", -1).length == 5) {
      JWEObject jwe = JWEObject.parse(raw);
      jwe.decrypt(new RSADecrypter(keys.getKeyByKeyId("demo-client-enc-TEST-ONLY").toRSAKey()));
      return jwe.getPayload().toString();
    }
    return raw;
  }

  HttpResponse<String> userinfo(Login l) throws Exception {
    String at = l.tokenResponse.path("access_token").asText();
    return get(
        issuer + "/userinfo",
        "Authorization",
        "DPoP " + at,
        "DPoP",
        dpop("GET", issuer + "/userinfo", at));
  }

  JWKSet jwks() throws Exception {
    return JWKSet.parse(get(issuer + "/jwks").body());
  }

  static List<String> list(JsonNode n) {
    return JSON.convertValue(
        n, JSON.getTypeFactory().constructCollectionType(List.class, String.class));
  }
}
