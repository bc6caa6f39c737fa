package vn.lienthong.sandbox.lgsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienthong.sandbox.BusTestClient.post;
import static vn.lienthong.sandbox.BusTestClient.problem;
import static vn.lienthong.sandbox.BusTestClient.send;
import static vn.lienthong.sandbox.BusTestClient.valid;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.sandbox.BusTestClient;
import vn.lienthong.sandbox.Sandbox;

class LgspTokenTest {

  static Sandbox sandbox;
  static BusTestClient bus;
  static final String BODY = "{\"personalId\":\"001192004521\",\"purpose\":{\"code\":\"prefill\"}}";

  @BeforeAll
  static void start() {
    sandbox = Sandbox.create().start();
    bus = new BusTestClient(sandbox);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @AfterEach
  void defaults() {
    sandbox.lgsp().requireTokens(false);
    sandbox.lgsp().tokenLifetime(SandboxLgsp.DEFAULT_TOKEN_LIFETIME);
  }

  static String basic(String id, String secret) {
    return "Basic "
        + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
  }

  static HttpResponse<String> token(String form, String authorization) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(sandbox.lgsp().tokenEndpoint())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return send(b);
  }

  static String demoToken() throws Exception {
    var r =
        token(
            "grant_type=client_credentials",
            basic(SandboxLgsp.DEMO_CLIENT_ID, SandboxLgsp.DEMO_CLIENT_SECRET));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return valid(r, "lgsp/token", "TokenResponse").path("access_token").asText();
  }

  static HttpRequest.Builder lookup() {
    return bus.request("/registry/population/citizens/lookup", "csdl-dan-cu", "citizen-lookup");
  }

  @Test
  void issuesTokensWithBasicOrPostAuthenticationAndCountsRequests() throws Exception {
    sandbox.lgsp().resetCounters();
    var basic =
        token(
            "grant_type=client_credentials",
            basic(SandboxLgsp.DEMO_CLIENT_ID, SandboxLgsp.DEMO_CLIENT_SECRET));
    JsonNode t = valid(basic, "lgsp/token", "TokenResponse");
    assertThat(t.path("token_type").asText()).isEqualTo("Bearer");
    assertThat(t.path("expires_in").asInt()).isEqualTo(300);
    assertThat(basic.headers().firstValue("Cache-Control")).contains("no-store");
    var form =
        token(
            "grant_type=client_credentials&client_id="
                + SandboxLgsp.DEMO_CLIENT_ID
                + "&client_secret="
                + SandboxLgsp.DEMO_CLIENT_SECRET,
            null);
    assertThat(form.statusCode()).isEqualTo(200);
    var wrong = token("grant_type=client_credentials", basic(SandboxLgsp.DEMO_CLIENT_ID, "nope"));
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(valid(wrong, "lgsp/token", "TokenError").path("error").asText())
        .isEqualTo("invalid_client");
    assertThat(sandbox.lgsp().tokenRequests()).isEqualTo(3);
    assertThat(sandbox.lgsp().tokensIssued()).isEqualTo(2);
  }

  @Test
  void refusesBadTokenRequests() throws Exception {
    String auth = basic(SandboxLgsp.DEMO_CLIENT_ID, SandboxLgsp.DEMO_CLIENT_SECRET);
    assertThat(
            valid(token("grant_type=password", auth), "lgsp/token", "TokenError")
                .path("error")
                .asText())
        .isEqualTo("unsupported_grant_type");
    assertThat(valid(token("scope=a", auth), "lgsp/token", "TokenError").path("error").asText())
        .isEqualTo("invalid_request");
    assertThat(
            valid(
                    token("grant_type=client_credentials&grant_type=client_credentials", auth),
                    "lgsp/token",
                    "TokenError")
                .path("error")
                .asText())
        .isEqualTo("invalid_request");
    var both = token("grant_type=client_credentials&client_id=x&client_secret=y", auth);
    assertThat(both.statusCode()).isEqualTo(400);
    var json =
        send(
            HttpRequest.newBuilder(sandbox.lgsp().tokenEndpoint())
                .header("Content-Type", "application/json")
                .header("Authorization", auth)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"grant_type\":\"client_credentials\"}")));
    assertThat(json.statusCode()).isEqualTo(400);
  }

  @Test
  void bearerCheckRefusesMissingUnknownExpiredAndForeignTokens() throws Exception {
    sandbox.lgsp().requireTokens(true);
    problem(post(lookup(), BODY), 401, "LT-BUS-0101");
    var r = post(lookup(), BODY);
    assertThat(r.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
    problem(post(lookup().header("Authorization", "Bearer forged"), BODY), 401, "LT-BUS-0101");
    String token = demoToken();
    assertThat(post(lookup().header("Authorization", "Bearer " + token), BODY).statusCode())
        .isEqualTo(200);
    var foreign =
        lookup()
            .header("Authorization", "Bearer " + token)
            .setHeader("LT-Client", "VN-TEST/GOV/000.00.00.H41/mot-cua-xa");
    problem(post(foreign, BODY), 403, "LT-BUS-0103");
    sandbox.lgsp().tokenLifetime(Duration.ofMillis(150));
    String shortLived = demoToken();
    Thread.sleep(300);
    JsonNode p =
        problem(
            post(lookup().header("Authorization", "Bearer " + shortLived), BODY),
            401,
            "LT-BUS-0102");
    assertThat(p.path("retryable").asBoolean()).isTrue();
  }

  @Test
  void registeredClientsAreBoundToTheirMember() throws Exception {
    sandbox.lgsp().registerClient("xa-hai-chau", "s3cret-xa-hai-chau", "000.00.00.H41");
    sandbox.lgsp().requireTokens(true);
    var r = token("grant_type=client_credentials", basic("xa-hai-chau", "s3cret-xa-hai-chau"));
    String token = valid(r, "lgsp/token", "TokenResponse").path("access_token").asText();
    problem(post(lookup().header("Authorization", "Bearer " + token), BODY), 403, "LT-BUS-0103");
    assertThatThrownBy(() -> sandbox.lgsp().registerClient("c", "s", "not-an-agency"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("LT-SBX-0105");
    assertThatThrownBy(() -> sandbox.lgsp().tokenLifetime(Duration.ofMillis(1)))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void adminEndpointSwitchesTokensAndReportsCounters() throws Exception {
    var put =
        send(
            HttpRequest.newBuilder(bus.uri("/national-admin/lgsp"))
                .header("Content-Type", "application/json")
                .PUT(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"tokensRequired\":true,\"tokenLifetimeMillis\":2000}")));
    JsonNode s = BusTestClient.tree(put);
    assertThat(s.path("tokensRequired").asBoolean()).isTrue();
    assertThat(sandbox.lgsp().tokensRequired()).isTrue();
    assertThat(sandbox.lgsp().tokenLifetime()).isEqualTo(Duration.ofSeconds(2));
  }
}
