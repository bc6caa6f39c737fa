package vn.lienthong.registry.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpOutboxTransportTest {

  private final Map<String, String> seen = new ConcurrentHashMap<>();
  private final HttpServer server;
  private final HttpOutboxTransport transport =
      HttpOutboxTransport.builder()
          .connectTimeout(Duration.ofSeconds(2))
          .requestTimeout(Duration.ofSeconds(5))
          .build();

  HttpOutboxTransportTest() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext(
        "/ok",
        ex -> {
          seen.put("id", ex.getRequestHeaders().getFirst("X-LienThong-Message-Id"));
          seen.put("key", ex.getRequestHeaders().getFirst("X-LienThong-Ordering-Key"));
          seen.put("type", ex.getRequestHeaders().getFirst("X-LienThong-Message-Type"));
          seen.put("ct", ex.getRequestHeaders().getFirst("Content-Type"));
          seen.put("body", new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          ex.sendResponseHeaders(204, -1);
          ex.close();
        });
    server.createContext(
        "/busy",
        ex -> {
          ex.getResponseHeaders().add("Retry-After", "7");
          ex.sendResponseHeaders(503, -1);
          ex.close();
        });
    server.createContext(
        "/bad",
        ex -> {
          ex.sendResponseHeaders(422, -1);
          ex.close();
        });
    server.createContext(
        "/slow",
        ex -> {
          try {
            Thread.sleep(1500);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          ex.sendResponseHeaders(200, -1);
          ex.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private OutboxMessage to(String destination) {
    return OutboxMessage.builder()
        .id("m-1")
        .orderingKey("K-1")
        .type("portal.progress")
        .destination(destination)
        .payload("{\"a\":1}".getBytes(StandardCharsets.UTF_8))
        .header("Content-Type", "application/json")
        .build();
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  @Test
  void a2xxAcknowledgesAndTheIdTravelsInHeaders() {
    DeliveryOutcome o = transport.deliver(to(url("/ok")));
    assertThat(o.kind()).as(o.toString()).isEqualTo(DeliveryOutcome.Kind.ACKNOWLEDGED);
    assertThat(seen)
        .containsEntry("id", "m-1")
        .containsEntry("key", "K-1")
        .containsEntry("type", "portal.progress")
        .containsEntry("ct", "application/json")
        .containsEntry("body", "{\"a\":1}");
  }

  @Test
  void a503IsRetriedAfterTheAskedDelay() {
    DeliveryOutcome o = transport.deliver(to(url("/busy")));
    assertThat(o.kind()).isEqualTo(DeliveryOutcome.Kind.RETRY_LATER);
    assertThat(o.retryAfter()).contains(Duration.ofSeconds(7));
    assertThat(o.reason()).isEqualTo("HTTP 503");
  }

  @Test
  void otherClientErrorsArePermanent() {
    assertThat(transport.deliver(to(url("/bad"))).kind())
        .isEqualTo(DeliveryOutcome.Kind.PERMANENT_FAILURE);
  }

  @Test
  void aSlowAnswerTimesOutAndIsRetried() {
    HttpOutboxTransport impatient =
        HttpOutboxTransport.builder().requestTimeout(Duration.ofMillis(300)).build();
    DeliveryOutcome o = impatient.deliver(to(url("/slow")));
    assertThat(o.kind()).isEqualTo(DeliveryOutcome.Kind.RETRY_LATER);
    assertThat(o.reason()).contains("Timeout");
  }

  @Test
  void aClosedPortIsRetried() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    assertThat(transport.deliver(to("http://127.0.0.1:" + port + "/x")).kind())
        .isEqualTo(DeliveryOutcome.Kind.RETRY_LATER);
  }

  @Test
  void aDestinationThatIsNotHttpIsPermanent() {
    assertThat(transport.deliver(to("file:///etc/passwd")).kind())
        .isEqualTo(DeliveryOutcome.Kind.PERMANENT_FAILURE);
    assertThat(transport.deliver(to("portal")).kind())
        .isEqualTo(DeliveryOutcome.Kind.PERMANENT_FAILURE);
  }
}
