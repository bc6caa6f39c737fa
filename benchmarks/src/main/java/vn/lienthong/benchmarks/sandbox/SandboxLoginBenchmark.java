package vn.lienthong.benchmarks.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import vn.lienthong.sandbox.Sandbox;
import vn.lienthong.sandbox.identity.DemoClient;
import vn.lienthong.sandbox.identity.IdentityIssuer;

/**
 * A full login against the embedded sandbox over loopback HTTP, client side written on the JDK
 * HttpClient and Nimbus: the strict FAPI 2.0 flow (PAR with a client assertion, authorize with the
 * persona header, token with a DPoP proof and a second assertion; the provider signs and encrypts
 * the ID token) and the NPSP flow (authorize, token with a client secret). Baseline: one discovery
 * GET, the floor of an HTTP round trip on this server.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SandboxLoginBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REDIRECT = DemoClient.REDIRECT_URIS.get(0).toString();

  private Sandbox sandbox;
  private HttpClient http;
  private String strict;
  private String npsp;
  private ECKey clientKey;
  private ECKey dpopKey;
  private String basic;

  @Setup
  public void setUp() throws Exception {
    sandbox = Sandbox.create().start();
    http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    strict = sandbox.identity().issuer(IdentityIssuer.CITIZEN).toString();
    npsp = sandbox.identity().issuer(IdentityIssuer.NPSP).toString();
    clientKey = (ECKey) DemoClient.privateJwks().getKeyByKeyId("demo-client-sig-TEST-ONLY");
    dpopKey = new ECKeyGenerator(Curve.P_256).generate();
    basic =
        Base64.getEncoder()
            .encodeToString(
                (DemoClient.CLIENT_ID + ":" + DemoClient.CLIENT_SECRET)
                    .getBytes(StandardCharsets.UTF_8));
  }

  @TearDown
  public void tearDown() {
    sandbox.close();
  }

  @Benchmark
  public String baselineDiscovery() throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create(strict + "/.well-known/openid-configuration"))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  @Benchmark
  public String strictLogin() throws Exception {
    String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
    String challenge =
        Base64URL.encode(
                MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)))
            .toString();
    String par =
        post(
            strict + "/par",
            "response_type=code&scope=openid&client_id="
                + DemoClient.CLIENT_ID
                + "&redirect_uri="
                + enc(REDIRECT)
                + "&state=s&nonce="
                + UUID.randomUUID()
                + "&code_challenge="
                + challenge
                + "&code_challenge_method=S256"
                + assertion(),
            null);
    String requestUri = JSON.readTree(par).path("request_uri").asText();
    String location =
        http.send(
                HttpRequest.newBuilder(
                        URI.create(
                            strict
                                + "/authorize?client_id="
                                + DemoClient.CLIENT_ID
                                + "&request_uri="
                                + enc(requestUri)))
                    .header("X-Sandbox-Persona", "citizen-lan")
                    .build(),
                HttpResponse.BodyHandlers.discarding())
            .headers()
            .firstValue("Location")
            .orElseThrow();
    String code = location.replaceAll(".*[?&]code=([^&]+).*", "$1");
    String token =
        post(
            strict + "/token",
            "grant_type=authorization_code&code="
                + code
                + "&redirect_uri="
                + enc(REDIRECT)
                + "&code_verifier="
                + verifier
                + assertion(),
            dpop(strict + "/token"));
    return JSON.readTree(token).path("id_token").asText();
  }

  @Benchmark
  public String npspLogin() throws Exception {
    String location =
        http.send(
                HttpRequest.newBuilder(
                        URI.create(
                            npsp
                                + "/authorize?response_type=code&scope=openid&client_id="
                                + DemoClient.CLIENT_ID
                                + "&redirect_uri="
                                + enc(REDIRECT)
                                + "&state=s&persona=citizen-hoa"))
                    .build(),
                HttpResponse.BodyHandlers.discarding())
            .headers()
            .firstValue("Location")
            .orElseThrow();
    String code = location.replaceAll(".*[?&]code=([^&]+).*", "$1");
    HttpRequest req =
        HttpRequest.newBuilder(URI.create(npsp + "/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Authorization", "Basic " + basic)
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "grant_type=authorization_code&code="
                        + code
                        + "&redirect_uri="
                        + enc(REDIRECT)))
            .build();
    return JSON.readTree(http.send(req, HttpResponse.BodyHandlers.ofString()).body())
        .path("id_token")
        .asText();
  }

  private String post(String url, String body, String dpop) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (dpop != null) {
      b.header("DPoP", dpop);
    }
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() >= 300) {
      throw new IllegalStateException(url + " " + r.statusCode() + " " + r.body());
    }
    return r.body();
  }

  private String assertion() throws Exception {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(clientKey.getKeyID()).build(),
            new JWTClaimsSet.Builder()
                .issuer(DemoClient.CLIENT_ID)
                .subject(DemoClient.CLIENT_ID)
                .audience(strict)
                .issueTime(new Date())
                .expirationTime(new Date(System.currentTimeMillis() + 60_000))
                .jwtID(UUID.randomUUID().toString())
                .build());
    jwt.sign(new ECDSASigner(clientKey));
    return "&client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer&client_assertion="
        + jwt.serialize();
  }

  private String dpop(String url) throws Exception {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.ES256)
                .type(new JOSEObjectType("dpop+jwt"))
                .jwk(dpopKey.toPublicJWK())
                .build(),
            new JWTClaimsSet.Builder()
                .jwtID(UUID.randomUUID().toString())
                .claim("htm", "POST")
                .claim("htu", url)
                .issueTime(new Date())
                .build());
    jwt.sign(new ECDSASigner(dpopKey));
    return jwt.serialize();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
