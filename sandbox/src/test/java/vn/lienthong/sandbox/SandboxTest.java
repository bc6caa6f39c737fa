package vn.lienthong.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.ConfigurationException;

class SandboxTest {

  static Sandbox sandbox;
  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void start() {
    sandbox = Sandbox.builder().build().start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
    return HTTP.send(
        b.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void listensOnLoopbackRandomPort() {
    assertThat(sandbox.baseUri().getHost()).isEqualTo("127.0.0.1");
    assertThat(sandbox.port()).isPositive();
    assertThat(sandbox.uri("/idp")).isEqualTo(URI.create(sandbox.baseUri() + "/idp"));
  }

  @Test
  void mountsIdentityServicesUnderTheirPrefixes() {
    assertThat(sandbox.services()).containsKeys("/idp", "/officer-idp", "/npsp", "/vneid");
  }

  @Test
  void startsInWellUnderASecond() {
    long t0 = System.nanoTime();
    try (Sandbox s = Sandbox.create().start()) {
      assertThat(s.port()).isPositive();
    }
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void unknownPathIsProblemNotFound() throws Exception {
    var r = send(HttpRequest.newBuilder(sandbox.uri("/nowhere")));
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(r.body()).contains("LT-SBX-0005");
  }

  @Test
  void prefixMatchesOnlyAtSegmentBoundary() throws Exception {
    var r = send(HttpRequest.newBuilder(sandbox.uri("/idpx/.well-known/openid-configuration")));
    assertThat(r.statusCode()).isEqualTo(404);
  }

  @Test
  void oversizedBodyIsRejectedWith413() throws Exception {
    byte[] big = new byte[200_000];
    var r =
        send(
            HttpRequest.newBuilder(sandbox.uri("/idp/admin/clients"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(big)));
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(r.body()).contains("LT-SBX-0001");
  }

  @Test
  void oversizedHeadersAreRejectedWith431() throws Exception {
    var r =
        send(
            HttpRequest.newBuilder(sandbox.uri("/idp/jwks"))
                .header("X-Padding", "a".repeat(20_000)));
    assertThat(r.statusCode()).isEqualTo(431);
    assertThat(r.body()).contains("LT-SBX-0002");
  }

  @Test
  void malformedJsonIsAClearProblem() throws Exception {
    var r =
        send(
            HttpRequest.newBuilder(sandbox.uri("/idp/admin/clients"))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString("{\"client_id\": ")));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("LT-SBX-0004").contains("not well-formed JSON");
  }

  @Test
  void problemsAreInVietnameseByDefault() throws Exception {
    var r = send(HttpRequest.newBuilder(sandbox.uri("/nowhere")));
    assertThat(r.body()).contains("Không tìm thấy");
  }

  @Test
  void wrongMethodIs405() throws Exception {
    var r = send(HttpRequest.newBuilder(sandbox.uri("/idp/jwks")).DELETE());
    assertThat(r.statusCode()).isEqualTo(405);
    assertThat(r.body()).contains("LT-SBX-0006");
  }

  @Test
  void fixedPortAlreadyTakenIsAConfigurationError() {
    assertThatThrownBy(() -> Sandbox.builder().port(sandbox.port()).build().start())
        .isInstanceOf(ConfigurationException.class)
        .hasFieldOrPropertyWithValue("errorCode", SandboxErrorCode.PORT_UNAVAILABLE);
  }

  @Test
  void excludedServiceIsNotMounted() {
    try (Sandbox s = Sandbox.builder().exclude("/vneid").build().start()) {
      assertThat(s.services()).doesNotContainKey("/vneid").containsKey("/idp");
    }
  }

  @Test
  void closeIsIdempotentAndEndsUse() {
    Sandbox s = Sandbox.create().start();
    s.close();
    s.close();
    assertThatThrownBy(s::baseUri).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(s::start).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void standaloneDescriptionListsEveryEndpoint() {
    var bytes = new java.io.ByteArrayOutputStream();
    StandaloneSandbox.describe(
        sandbox, new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));
    String text = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text)
        .contains(sandbox.baseUri() + "/idp/.well-known/openid-configuration")
        .contains("/officer-idp", "/npsp", "/vneid", "lienthong-demo");
  }
}
