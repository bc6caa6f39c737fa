package vn.lienthong.benchmarks.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import vn.lienthong.identity.CitizenIdentity;
import vn.lienthong.identity.LoginRequest;
import vn.lienthong.identity.OidcLogin;
import vn.lienthong.sandbox.Sandbox;
import vn.lienthong.sandbox.identity.DemoClient;
import vn.lienthong.sandbox.identity.IdentityIssuer;

/**
 * A whole STRICT citizen login against the embedded sandbox over loopback (PAR, authorize with a
 * persona, token with DPoP and {@code private_key_jwt}, JWE ID token, userinfo), against the
 * baseline of one plain loopback GET of the provider's key set.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar RelyingPartyLogin -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RelyingPartyLoginBenchmark {

  private Sandbox sandbox;
  private OidcLogin rp;
  private HttpClient browser;
  private URI jwks;

  @Setup
  public void setUp() throws JOSEException {
    sandbox = Sandbox.create().start();
    JWKSet keys = DemoClient.privateJwks();
    rp =
        OidcLogin.builder()
            .issuer(sandbox.identity().issuer(IdentityIssuer.CITIZEN))
            .clientId(DemoClient.CLIENT_ID)
            .clientKey(
                keys.getKeyByKeyId("demo-client-sig-TEST-ONLY").toECKey().toKeyPair(),
                "demo-client-sig-TEST-ONLY")
            .idTokenDecryptionKey(
                keys.getKeyByKeyId("demo-client-enc-TEST-ONLY").toRSAKey().toKeyPair())
            .redirectUri(DemoClient.REDIRECT_URIS.get(0))
            .timeout(Duration.ofSeconds(10))
            .build();
    browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    jwks = URI.create(sandbox.identity().issuer(IdentityIssuer.CITIZEN) + "/jwks");
  }

  @TearDown
  public void tearDown() {
    sandbox.close();
  }

  @Benchmark
  public CitizenIdentity loginRoundTrip() throws Exception {
    LoginRequest req = rp.start(Map.of("persona", "citizen-lan"));
    HttpResponse<Void> r =
        browser.send(
            HttpRequest.newBuilder(req.authorizationUri()).build(),
            HttpResponse.BodyHandlers.discarding());
    URI callback = URI.create(r.headers().firstValue("Location").orElseThrow());
    return rp.finish(callback, req.state());
  }

  @Benchmark
  public String oneLoopbackGetBaseline() throws Exception {
    return browser
        .send(HttpRequest.newBuilder(jwks).build(), HttpResponse.BodyHandlers.ofString())
        .body();
  }
}
