package vn.lienthong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Interop: the STRICT relying party logs in against panva/oidc-provider 9.13.3 (an OpenID Certified
 * implementation that is not ours) run by Node.js on loopback, with PAR, PKCE, DPoP and
 * private_key_jwt. Skipped when {@code node}/{@code npm} are missing or the package cannot be
 * installed (it is fetched into {@code target/oidc-provider} on first run).
 */
class OidcProviderInteropTest {

  private static final Path SOURCE = Path.of("src/test/node/oidc-provider");
  private static final Path WORK = Path.of("target/oidc-provider");
  private static final String REDIRECT = "https://xa.example.vn/cb";

  private static boolean run(Path dir, String... command) {
    try {
      Process p =
          new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
      p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
      return p.waitFor(180, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (Exception e) {
      return false;
    }
  }

  private static boolean installed() throws Exception {
    Files.createDirectories(WORK);
    for (String f : new String[] {"package.json", "server.mjs"}) {
      Files.copy(
          SOURCE.resolve(f), WORK.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    if (Files.isDirectory(WORK.resolve("node_modules/oidc-provider"))) {
      return true;
    }
    return run(WORK, "npm", "install", "--no-audit", "--no-fund");
  }

  @Test
  void logsInAgainstAnIndependentCertifiedProvider() throws Exception {
    assumeTrue(run(Path.of("."), "node", "--version"), "node is not installed");
    assumeTrue(installed(), "oidc-provider could not be installed");
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    ECKey client = new ECKeyGenerator(Curve.P_256).keyID("rp-interop").generate();
    Path config = WORK.resolve("config.json");
    Files.writeString(
        config,
        "{\"port\":"
            + port
            + ",\"clientId\":\"commune-portal\",\"redirectUri\":\""
            + REDIRECT
            + "\",\"clientJwk\":"
            + client.toPublicJWK().toJSONString()
            + "}");
    Process node =
        new ProcessBuilder("node", "server.mjs", "config.json")
            .directory(WORK.toFile())
            .redirectErrorStream(true)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
      String line;
      while ((line = out.readLine()) != null && !line.startsWith("ready")) {
        // warnings about development keys and interactions
      }
      assertThat(line).as("provider started").isNotNull();
      String issuer = "http://127.0.0.1:" + port;
      OidcLogin rp =
          OidcLogin.builder()
              .issuer(URI.create(issuer))
              .clientId("commune-portal")
              .clientKey(client.toKeyPair(), "rp-interop")
              .redirectUri(URI.create(REDIRECT))
              .timeout(Duration.ofSeconds(10))
              .build();
      LoginRequest req = rp.start();
      URI callback = browse(req.authorizationUri(), "sub-an-0001");
      VerifiedLogin login = rp.finishVerified(callback, req.state());

      assertThat(login.subject()).isEqualTo("sub-an-0001");
      assertThat(login.issuer()).isEqualTo(issuer);
      assertThat(login.stringClaim("vn_personal_id")).contains("001090123456");
      assertThat(login.stringClaim("name")).contains("Nguyễn Văn An");
    } finally {
      node.destroy();
      node.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");
  private static final Pattern INPUT =
      Pattern.compile("<input[^>]*name=\"([^\"]+)\"(?:[^>]*value=\"([^\"]*)\")?");

  /** Plays the browser through the provider's development login and consent pages. */
  private static URI browse(URI start, String account) throws Exception {
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    URI at = start;
    HttpResponse<String> r =
        browser.send(HttpRequest.newBuilder(at).build(), HttpResponse.BodyHandlers.ofString());
    for (int step = 0; step < 12; step++) {
      if (r.statusCode() / 100 == 3) {
        URI next = at.resolve(r.headers().firstValue("Location").orElseThrow());
        if (next.toString().startsWith(REDIRECT)) {
          return next;
        }
        at = next;
        r = browser.send(HttpRequest.newBuilder(at).build(), HttpResponse.BodyHandlers.ofString());
        continue;
      }
      Matcher action = FORM_ACTION.matcher(r.body());
      assertThat(action.find()).as("a form at %s: %s", at, r.body()).isTrue();
      Map<String, String> fields = new LinkedHashMap<>();
      Matcher in = INPUT.matcher(r.body());
      while (in.find()) {
        fields.put(in.group(1), in.group(2) == null ? "" : in.group(2));
      }
      fields.put("login", account);
      fields.put("password", "any");
      StringJoiner form = new StringJoiner("&");
      fields.forEach(
          (k, v) ->
              form.add(
                  URLEncoder.encode(k, StandardCharsets.UTF_8)
                      + "="
                      + URLEncoder.encode(v, StandardCharsets.UTF_8)));
      at = at.resolve(action.group(1));
      r =
          browser.send(
              HttpRequest.newBuilder(at)
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    }
    throw new AssertionError("no redirect to the client after 12 steps");
  }
}
