package vn.lienthong.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lienthong.registry.testing.EnvelopeEcho;
import vn.lienthong.registry.testing.TestTls;
import vn.lienthong.registry.testing.Wire;

class MutualTlsTest {

  private static final TestTls PKI = new TestTls();
  private static HttpsServer server;
  private static final AtomicReference<String> peer = new AtomicReference<>();

  @BeforeAll
  static void start() throws Exception {
    SSLContext serverContext = PKI.context("CN=127.0.0.1", true);
    server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setHttpsConfigurator(
        new HttpsConfigurator(serverContext) {
          @Override
          public void configure(HttpsParameters params) {
            var p = serverContext.getDefaultSSLParameters();
            p.setNeedClientAuth(true);
            params.setSSLParameters(p);
          }
        });
    server.createContext(
        "/echo",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          peer.set(((HttpsExchange) exchange).getSSLSession().getPeerPrincipal().getName());
          byte[] out = "{\"match\":true}".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.getResponseHeaders().add("LT-Protocol-Version", "1.0");
          exchange
              .getResponseHeaders()
              .add("LT-Id", exchange.getRequestHeaders().getFirst("LT-Id"));
          exchange.getResponseHeaders().add("LT-Request-Hash", EnvelopeEcho.hash(body));
          exchange.sendResponseHeaders(200, out.length);
          exchange.getResponseBody().write(out);
          exchange.close();
        });
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  private static BusRequest request() {
    return BusRequest.builder()
        .uri(URI.create("https://127.0.0.1:" + server.getAddress().getPort() + "/echo"))
        .service(Wire.PROVIDER.service("citizen-verify", "v1"))
        .jsonBody("{}".getBytes(StandardCharsets.UTF_8))
        .build();
  }

  @Test
  void callsAServerThatRequiresAClientCertificate() {
    SSLContext client = PKI.context("CN=mot-cua-xa, O=000.00.01.H22", false);
    try (BusClient bus =
        BusClient.builder()
            .client(Wire.CLIENT)
            .authentication(BusAuthentication.mutualTls(client))
            .build()) {
      assertThat(bus.call(request()).statusCode()).isEqualTo(200);
    }
    assertThat(peer.get()).contains("CN=mot-cua-xa");
  }

  @Test
  void failsWithoutAClientCertificate() {
    try (BusClient bus =
        BusClient.builder()
            .client(Wire.CLIENT)
            .retry(RetryPolicy.none())
            .authentication(BusAuthentication.mutualTls(PKI.trustOnly()))
            .build()) {
      BusException e = catchThrowableOfType(() -> bus.call(request()), BusException.class);
      assertThat(e.errorCode()).isEqualTo(RegistryErrorCode.CONNECTION_FAILED);
    }
  }
}
