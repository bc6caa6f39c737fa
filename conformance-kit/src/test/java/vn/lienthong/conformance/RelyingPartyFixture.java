package vn.lienthong.conformance;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import vn.lienthong.sandbox.Sandbox;
import vn.lienthong.sandbox.identity.ClientRegistration;
import vn.lienthong.sandbox.identity.IdentityIssuer;

/**
 * A tiny web relying party on loopback (JDK HttpServer) that logs citizens in through a sandbox
 * NPSP issuer (plain code flow, client secret): {@code /login} starts, {@code /callback} finishes,
 * {@code /private} answers 200 only with a session. The good one validates the ID token fully
 * (signature against the provider's JWKS, issuer, audience, expiry, nonce); the broken one {@link
 * #skipSignature skips the signature} and so accepts forged tokens.
 */
final class RelyingPartyFixture implements AutoCloseable {

  static final String LOGIN_PATH = "/login";
  static final String PROTECTED_PATH = "/private";
  private static final String CLIENT_ID = "kit-fixture-rp";
  private static final String SECRET = "kit-fixture-rp-secret-TEST-ONLY";
  private static final String COOKIE = "rp";

  private final HttpServer server;
  private final URI issuer;
  private final boolean skipSignature;
  private final HttpClient http = HttpClient.newHttpClient();
  private final Map<String, String[]> pending = new ConcurrentHashMap<>();
  private final Set<String> sessions = ConcurrentHashMap.newKeySet();

  private RelyingPartyFixture(HttpServer server, URI issuer, boolean skipSignature) {
    this.server = server;
    this.issuer = issuer;
    this.skipSignature = skipSignature;
  }

  static RelyingPartyFixture start(Sandbox sandbox, boolean skipSignature) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    RelyingPartyFixture rp =
        new RelyingPartyFixture(
            server, sandbox.identity().issuer(IdentityIssuer.NPSP), skipSignature);
    sandbox
        .identity()
        .registerClient(
            ClientRegistration.builder()
                .clientId(CLIENT_ID)
                .clientSecret(SECRET)
                .redirectUri(rp.redirect())
                .build());
    server.createContext("/", rp::handle);
    server.start();
    return rp;
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private URI redirect() {
    return URI.create(uri() + "/callback");
  }

  private void handle(HttpExchange x) throws IOException {
    try (x) {
      String sid = cookie(x);
      switch (x.getRequestURI().getPath()) {
        case LOGIN_PATH -> {
          String state = UUID.randomUUID().toString();
          String nonce = UUID.randomUUID().toString();
          String newSid = UUID.randomUUID().toString();
          pending.put(newSid, new String[] {state, nonce});
          x.getResponseHeaders().add("Set-Cookie", COOKIE + "=" + newSid + "; HttpOnly; Path=/");
          redirect(
              x,
              issuer
                  + "/authorize?response_type=code&scope=openid&acr_values=LoA1&client_id="
                  + CLIENT_ID
                  + "&redirect_uri="
                  + URLEncoder.encode(redirect().toString(), StandardCharsets.UTF_8)
                  + "&state="
                  + state
                  + "&nonce="
                  + nonce);
        }
        case "/callback" -> {
          String[] p = sid == null ? null : pending.remove(sid);
          Map<String, String> q = query(x.getRequestURI().getRawQuery());
          if (p == null || !p[0].equals(q.get("state")) || q.get("code") == null) {
            answer(x, 400, "bad callback");
            return;
          }
          if (accepts(idToken(q.get("code")), p[1])) {
            sessions.add(sid);
            redirect(x, PROTECTED_PATH);
          } else {
            answer(x, 403, "login refused");
          }
        }
        case PROTECTED_PATH -> {
          if (sid != null && sessions.contains(sid)) {
            answer(x, 200, "private page");
          } else {
            redirect(x, LOGIN_PATH);
          }
        }
        default -> answer(x, 404, "not found");
      }
    } catch (RuntimeException | InterruptedException e) {
      answer(x, 500, "error");
    }
  }

  private String idToken(String code) throws IOException, InterruptedException {
    String basic =
        Base64.getEncoder()
            .encodeToString((CLIENT_ID + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(issuer + "/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "grant_type=authorization_code&code="
                            + code
                            + "&redirect_uri="
                            + URLEncoder.encode(redirect().toString(), StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return r.body().replaceAll("(?s).*\"id_token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
  }

  private boolean accepts(String idToken, String nonce) {
    try {
      JWTClaimsSet claims;
      if (skipSignature) {
        claims = JWTParser.parse(idToken).getJWTClaimsSet(); // the fault: any alg, any signature
      } else {
        JWKSet keys = JWKSet.load(URI.create(issuer + "/jwks").toURL());
        DefaultJWTProcessor<SecurityContext> p = new DefaultJWTProcessor<>();
        p.setJWSKeySelector(
            new JWSVerificationKeySelector<>(
                Set.of(JWSAlgorithm.ES256, JWSAlgorithm.PS256), new ImmutableJWKSet<>(keys)));
        p.setJWTClaimsSetVerifier((c, ctx) -> {});
        claims = p.process(idToken, null);
      }
      return issuer.toString().equals(claims.getIssuer())
          && claims.getAudience().equals(List.of(CLIENT_ID))
          && claims.getExpirationTime() != null
          && claims.getExpirationTime().toInstant().isAfter(Instant.now())
          && nonce.equals(claims.getClaim("nonce"));
    } catch (Exception e) {
      return false;
    }
  }

  private static String cookie(HttpExchange x) {
    for (String h : x.getRequestHeaders().getOrDefault("Cookie", List.of())) {
      for (String part : h.split(";")) {
        String[] kv = part.strip().split("=", 2);
        if (kv.length == 2 && kv[0].equals(COOKIE)) {
          return kv[1];
        }
      }
    }
    return null;
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> out = new HashMap<>();
    if (raw != null) {
      for (String part : raw.split("&")) {
        String[] kv = part.split("=", 2);
        out.put(
            URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
            kv.length == 2 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
      }
    }
    return out;
  }

  private static void redirect(HttpExchange x, String location) throws IOException {
    x.getResponseHeaders().add("Location", location);
    x.sendResponseHeaders(302, -1);
  }

  private static void answer(HttpExchange x, int status, String text) throws IOException {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    x.sendResponseHeaders(status, b.length);
    x.getResponseBody().write(b);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
