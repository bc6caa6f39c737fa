package vn.lienthong.registry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.lienthong.registry.testing.Wire;

class LgspClientCredentialsTest {

  @RegisterExtension static WireMockExtension wm = Wire.server();

  private static final String API = "/population/v1/citizens/verify";

  /** A clock the test moves by hand. */
  static final class MovableClock extends Clock {
    final AtomicReference<Instant> now =
        new AtomicReference<>(Instant.parse("2026-03-02T02:00:00Z"));

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  }

  private static void tokenEndpoint(int delayMs) {
    for (int i = 1; i <= 3; i++) {
      wm.stubFor(
          post(urlEqualTo("/token"))
              .inScenario("tokens")
              .whenScenarioStateIs(i == 1 ? Scenario.STARTED : "issued-" + (i - 1))
              .willSetStateTo("issued-" + i)
              .willReturn(
                  aResponse()
                      .withStatus(200)
                      .withHeader("Content-Type", "application/json")
                      .withHeader("Cache-Control", "no-store")
                      .withFixedDelay(delayMs)
                      .withBody(
                          "{\"access_token\":\"tok-"
                              + i
                              + "\",\"token_type\":\"Bearer\",\"expires_in\":60}")));
    }
  }

  private static void api() {
    wm.stubFor(
        post(urlEqualTo(API))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"match\":true}")));
  }

  private static LgspClientCredentials credentials(Clock clock) {
    return LgspClientCredentials.builder()
        .tokenEndpoint(URI.create(wm.baseUrl() + "/token"))
        .clientId("mot-cua-xa")
        .clientSecret("s3cr3t:with/odd&chars")
        .scope("default")
        .refreshBefore(Duration.ofSeconds(10))
        .clock(clock)
        .build();
  }

  private BusRequest request() {
    return BusRequest.builder()
        .uri(URI.create(wm.baseUrl() + API))
        .service(Wire.PROVIDER.service("citizen-verify", "v1"))
        .jsonBody("{}".getBytes(StandardCharsets.UTF_8))
        .build();
  }

  private static int tokenRequests() {
    return wm.countRequestsMatching(postRequestedFor(urlEqualTo("/token")).build()).getCount();
  }

  @Test
  void twoHundredConcurrentCallsAtTokenExpiryCauseExactlyOneTokenRequest() throws Exception {
    tokenEndpoint(300);
    api();
    MovableClock clock = new MovableClock();
    ExecutorService pool = Executors.newFixedThreadPool(200);
    try (BusClient bus =
        BusClient.builder().client(Wire.CLIENT).authentication(credentials(clock)).build()) {
      bus.call(request());
      assertThat(tokenRequests()).isEqualTo(1);
      clock.now.set(clock.now.get().plusSeconds(55)); // past the refresh point (60 s - 10 s)
      CountDownLatch start = new CountDownLatch(1);
      List<Future<BusResponse>> calls = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        calls.add(
            pool.submit(
                () -> {
                  start.await();
                  return bus.call(request());
                }));
      }
      start.countDown();
      for (Future<BusResponse> f : calls) {
        assertThat(f.get().statusCode()).isEqualTo(200);
      }
      assertThat(tokenRequests()).isEqualTo(2);
      var bearers =
          wm.getAllServeEvents().stream()
              .filter(e -> e.getRequest().getUrl().equals(API))
              .map(e -> e.getRequest().getHeader("Authorization"))
              .distinct()
              .toList();
      assertThat(bearers).hasSize(2).allMatch(b -> b.startsWith("Bearer tok-"));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void sendsClientCredentialsAsTheContractSays() {
    tokenEndpoint(0);
    api();
    try (BusClient bus =
        BusClient.builder()
            .client(Wire.CLIENT)
            .authentication(credentials(new MovableClock()))
            .build()) {
      bus.call(request());
    }
    String basic =
        java.util.Base64.getEncoder()
            .encodeToString(
                "mot-cua-xa:s3cr3t%3Awith%2Fodd%26chars".getBytes(StandardCharsets.UTF_8));
    wm.verify(
        postRequestedFor(urlEqualTo("/token"))
            .withHeader("Authorization", equalTo("Basic " + basic))
            .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
            .withRequestBody(equalTo("grant_type=client_credentials&scope=default")));
    var event =
        wm.getAllServeEvents().stream()
            .filter(e -> e.getRequest().getUrl().equals("/token"))
            .findFirst()
            .orElseThrow();
    var result =
        vn.lienthong.core.contracts.ContractValidator.create()
            .validateRequest(
                "lgsp/token#requestToken",
                java.util.Map.of("Content-Type", List.of("application/x-www-form-urlencoded")),
                event.getRequest().getBodyAsString());
    assertThat(result.violations()).isEmpty();
  }

  @Test
  void fetchesANewTokenOnceWhenTheBusSaysTheTokenExpired() {
    tokenEndpoint(0);
    wm.stubFor(
        post(urlEqualTo(API))
            .inScenario("expiry")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/problem+json")
                    .withBody(
                        "{\"type\":\"about:blank\",\"title\":\"expired\",\"status\":401,\"code\":\"LT-BUS-0102\",\"category\":\"authentication\"}"))
            .willSetStateTo("renewed"));
    wm.stubFor(
        post(urlEqualTo(API))
            .inScenario("expiry")
            .whenScenarioStateIs("renewed")
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"match\":true}")));
    try (BusClient bus =
        BusClient.builder()
            .client(Wire.CLIENT)
            .authentication(credentials(new MovableClock()))
            .build()) {
      assertThat(bus.call(request()).statusCode()).isEqualTo(200);
    }
    assertThat(tokenRequests()).isEqualTo(2);
  }

  @Test
  void aRefusedClientIsAnAuthenticationError() {
    wm.stubFor(
        post(urlEqualTo("/token"))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody(Wire.example("lgsp/requestToken.error.json"))));
    try (BusClient bus =
        BusClient.builder()
            .client(Wire.CLIENT)
            .authentication(credentials(new MovableClock()))
            .build()) {
      BusException e = catchThrowableOfType(() -> bus.call(request()), BusException.class);
      assertThat(e.errorCode()).isEqualTo(RegistryErrorCode.TOKEN_REFUSED);
      assertThat(e.category()).isEqualTo(BusErrorCategory.AUTHENTICATION);
      assertThat(e.remoteCode()).contains("invalid_client");
      assertThat(e.retryable()).isFalse();
    }
  }

  @Test
  void aMalformedTokenResponseIsRefused() {
    wm.stubFor(
        post(urlEqualTo("/token"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"access_token\":\"x\",\"token_type\":\"mac\",\"expires_in\":60}")));
    try (BusClient bus =
        BusClient.builder()
            .client(Wire.CLIENT)
            .authentication(credentials(new MovableClock()))
            .build()) {
      BusException e = catchThrowableOfType(() -> bus.call(request()), BusException.class);
      assertThat(e.errorCode()).isEqualTo(RegistryErrorCode.TOKEN_RESPONSE_MALFORMED);
    }
  }
}
