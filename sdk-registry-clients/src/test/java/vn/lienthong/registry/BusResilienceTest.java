package vn.lienthong.registry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.lienthong.registry.testing.Wire;

class BusResilienceTest {

  @RegisterExtension static WireMockExtension wm = Wire.server();

  private static final String PATH = "/dvcqg/v1/DongBoHoSoMC";
  private static final ServiceId SERVICE =
      ClientId.parse("VN-TEST/GOV/000.00.00.G22/dvcqg-sync").service("dong-bo-ho-so", "v1");
  private static final String OK = "{\"error_code\":\"0\",\"message\":\"Thành công\"}";

  private static final RetryPolicy FAST =
      new RetryPolicy(3, Duration.ofMillis(20), 2.0, Duration.ofMillis(100), 0.5);

  private BusRequest request() {
    return BusRequest.builder()
        .uri(URI.create(wm.baseUrl() + PATH))
        .service(SERVICE)
        .jsonBody("{\"a\":1}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .build();
  }

  private static void sequence(
      com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder... steps) {
    String state = Scenario.STARTED;
    for (int i = 0; i < steps.length; i++) {
      String next = "step-" + (i + 1);
      wm.stubFor(
          post(urlEqualTo(PATH))
              .inScenario("s")
              .whenScenarioStateIs(state)
              .willReturn(steps[i])
              .willSetStateTo(next));
      state = next;
    }
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder status(
      int status) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", status < 300 ? "application/json" : "application/problem+json")
        .withBody(
            status < 300
                ? OK
                : "{\"type\":\"about:blank\",\"title\":\"x\",\"status\":"
                    + status
                    + ",\"code\":\"LT-BUS-0303\",\"category\":\"provider-down\"}");
  }

  private static List<String> sentIds() {
    List<String> ids = new ArrayList<>();
    wm.getAllServeEvents().forEach(e -> ids.add(e.getRequest().getHeader("LT-Id")));
    return ids;
  }

  @Test
  void retriesAProviderThatIsDownWithTheSameMessageId() {
    sequence(status(503), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), status(200));
    try (BusClient bus = BusClient.builder().client(Wire.CLIENT).retry(FAST).build()) {
      BusRequest request = request();
      BusResponse response = bus.call(request);
      assertThat(response.attempts()).isEqualTo(3);
      assertThat(sentIds()).hasSize(3).containsOnly(request.messageId().value());
    }
  }

  @Test
  void doesNotRetryClientBusinessOrAuthenticationErrors() {
    for (int status : new int[] {400, 401, 422}) {
      wm.resetAll();
      wm.stubFor(
          post(urlEqualTo(PATH))
              .willReturn(
                  aResponse()
                      .withStatus(status)
                      .withHeader("Content-Type", "application/problem+json")
                      .withBody(
                          "{\"type\":\"about:blank\",\"title\":\"x\",\"status\":" + status + "}")));
      try (BusClient bus = BusClient.builder().client(Wire.CLIENT).retry(FAST).build()) {
        BusException e = catchThrowableOfType(() -> bus.call(request()), BusException.class);
        assertThat(e.retryable()).isFalse();
        assertThat(wm.getAllServeEvents()).as("status %s", status).hasSize(1);
      }
    }
  }

  @Test
  void timesOutASlowProviderAndRetriesIt() {
    wm.stubFor(post(urlEqualTo(PATH)).willReturn(status(200).withFixedDelay(1500)));
    try (BusClient bus =
        BusClient.builder()
            .client(Wire.CLIENT)
            .retry(new RetryPolicy(2, Duration.ofMillis(10), 1.0, Duration.ofMillis(10), 0.0))
            .timeout(Duration.ofMillis(300))
            .build()) {
      long start = System.nanoTime();
      BusException e = catchThrowableOfType(() -> bus.call(request()), BusException.class);
      long elapsedMs = (System.nanoTime() - start) / 1_000_000;
      assertThat(e.errorCode()).isEqualTo(RegistryErrorCode.CALL_TIMED_OUT);
      assertThat(elapsedMs)
          .as("two attempts cut at 300 ms, not two 1.5 s answers")
          .isBetween(600L, 2900L);
      assertThat(e.category()).isEqualTo(BusErrorCategory.PROVIDER_DOWN);
      assertThat(e.retryable()).isTrue();
    }
  }

  @Test
  void opensTheCircuitAfterRepeatedFailuresAndStopsSending() {
    wm.stubFor(post(urlEqualTo(PATH)).willReturn(status(503)));
    try (BusClient bus =
        BusClient.builder()
            .client(Wire.CLIENT)
            .retry(RetryPolicy.none())
            .circuitBreaker(new CircuitBreakerPolicy(50, 4, 4, Duration.ofMinutes(1)))
            .build()) {
      for (int i = 0; i < 4; i++) {
        catchThrowableOfType(() -> bus.call(request()), BusException.class);
      }
      BusException e = catchThrowableOfType(() -> bus.call(request()), BusException.class);
      assertThat(e.errorCode()).isEqualTo(RegistryErrorCode.CIRCUIT_OPEN);
      assertThat(e.retryable()).isTrue();
      assertThat(wm.getAllServeEvents()).hasSize(4);
    }
  }

  @Test
  void bulkheadRefusesCallsBeyondTheLimit() throws Exception {
    wm.stubFor(post(urlEqualTo(PATH)).willReturn(status(200).withFixedDelay(400)));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try (BusClient bus =
        BusClient.builder()
            .client(Wire.CLIENT)
            .retry(RetryPolicy.none())
            .bulkhead(2, Duration.ZERO)
            .build()) {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Object>> results = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  try {
                    return bus.call(request());
                  } catch (BusException e) {
                    return e;
                  }
                }));
      }
      start.countDown();
      long full = 0;
      for (Future<Object> f : results) {
        Object r = f.get();
        if (r instanceof BusException e) {
          assertThat(e.errorCode()).isEqualTo(RegistryErrorCode.BULKHEAD_FULL);
          full++;
        }
      }
      assertThat(full).isEqualTo(2);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void givesUpAfterTheLastAttemptWithTheProvidersError() {
    wm.stubFor(post(urlEqualTo(PATH)).willReturn(status(503)));
    try (BusClient bus = BusClient.builder().client(Wire.CLIENT).retry(FAST).build()) {
      BusException e = catchThrowableOfType(() -> bus.call(request()), BusException.class);
      assertThat(e.errorCode()).isEqualTo(RegistryErrorCode.PROVIDER_DOWN);
      assertThat(e.remoteCode()).contains("LT-BUS-0303");
      assertThat(sentIds()).hasSize(3).containsOnly(e.messageId().orElseThrow());
    }
  }
}
