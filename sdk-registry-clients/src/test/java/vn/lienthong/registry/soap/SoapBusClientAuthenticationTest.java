package vn.lienthong.registry.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.lienthong.registry.BusAuthentication;
import vn.lienthong.registry.BusErrorCategory;
import vn.lienthong.registry.BusException;
import vn.lienthong.registry.CallContext;
import vn.lienthong.registry.MessageId;
import vn.lienthong.registry.RegistryErrorCode;
import vn.lienthong.registry.ServiceId;
import vn.lienthong.registry.internal.soap.SoapEnvelope;
import vn.lienthong.registry.testing.TestTls;
import vn.lienthong.registry.testing.Wire;

/**
 * The SOAP client authenticates like the REST bus client: mutual TLS through the HTTPS conduit, and
 * bearer tokens (an LGSP gateway's) renewed once when the gateway rejects an expired one.
 */
class SoapBusClientAuthenticationTest {

  private static final TestTls PKI = new TestTls();
  private static final ServiceId SERVICE = Wire.PROVIDER.service("birth-records", "v1");
  private static final String VALID_TOKEN = "Bearer fresh-token";

  private static HttpServer plain;
  private static HttpsServer tls;
  private static final AtomicReference<String> peer = new AtomicReference<>();
  private static final List<String> authorizations = new CopyOnWriteArrayList<>();
  private static final List<String> messageIds = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void start() throws IOException {
    plain = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    plain.createContext(
        "/soap",
        exchange -> {
          String auth = exchange.getRequestHeaders().getFirst("Authorization");
          authorizations.add(String.valueOf(auth));
          if (!VALID_TOKEN.equals(auth)) {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
            return;
          }
          answer(exchange);
        });
    plain.start();
    SSLContext serverContext = PKI.context("CN=127.0.0.1", true);
    tls = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    tls.setHttpsConfigurator(
        new HttpsConfigurator(serverContext) {
          @Override
          public void configure(HttpsParameters params) {
            var p = serverContext.getDefaultSSLParameters();
            p.setNeedClientAuth(true);
            params.setSSLParameters(p);
          }
        });
    tls.createContext(
        "/soap",
        exchange -> {
          peer.set(((HttpsExchange) exchange).getSSLSession().getPeerPrincipal().getName());
          answer(exchange);
        });
    tls.start();
  }

  /** Echoes the envelope of a well-formed call with a birth record. */
  private static void answer(HttpExchange exchange) throws IOException {
    Document doc =
        SoapEnvelope.parse(
            new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    Element header = child(doc.getDocumentElement(), "Header");
    Element id = child(header, "id");
    messageIds.add(id.getTextContent());
    String hash = SoapEnvelope.hashBody(child(doc.getDocumentElement(), "Body"));
    byte[] out =
        SoapResponses.birthRecord(id.getTextContent(), hash).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "text/xml; charset=UTF-8");
    exchange.sendResponseHeaders(200, out.length);
    exchange.getResponseBody().write(out);
    exchange.close();
  }

  private static Element child(Element parent, String localName) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && localName.equals(e.getLocalName())) {
        return e;
      }
    }
    throw new IllegalStateException("no " + localName);
  }

  @AfterAll
  static void stop() {
    plain.stop(0);
    tls.stop(0);
  }

  @BeforeEach
  void reset() {
    authorizations.clear();
    messageIds.clear();
    peer.set(null);
  }

  private static Element payload() {
    return SoapEnvelope.parse(
            "<q:searchBirthRecords xmlns:q=\"urn:test:ho-tich\"><q:personalId>001090123456</q:personalId></q:searchBirthRecords>")
        .getDocumentElement();
  }

  /** A token source that hands out an expired token first, then a fresh one once told. */
  private static final class RotatingToken implements BusAuthentication {
    final AtomicInteger rejected = new AtomicInteger();
    final boolean renews;

    RotatingToken(boolean renews) {
      this.renews = renews;
    }

    @Override
    public String authenticate(HttpRequest.Builder request) {
      String token = rejected.get() > 0 && renews ? VALID_TOKEN : "Bearer expired-token";
      request.header("Authorization", token);
      return token;
    }

    @Override
    public boolean rejected(String credential) {
      rejected.incrementAndGet();
      return renews;
    }
  }

  private static SoapBusClient plainClient(BusAuthentication authentication) {
    return SoapBusClient.builder()
        .client(Wire.CLIENT)
        .endpoint(URI.create("http://127.0.0.1:" + plain.getAddress().getPort() + "/soap"))
        .authentication(authentication)
        .build();
  }

  private static SoapBusClient tlsClient(SSLContext context) {
    return SoapBusClient.builder()
        .client(Wire.CLIENT)
        .endpoint(URI.create("https://127.0.0.1:" + tls.getAddress().getPort() + "/soap"))
        .authentication(BusAuthentication.mutualTls(context))
        .build();
  }

  @Test
  void sendsTheBearerTokenAndRenewsAnExpiredOneOnceWithTheSameMessageId() {
    RotatingToken token = new RotatingToken(true);
    Element answer =
        plainClient(token)
            .call(SERVICE, payload(), CallContext.system(), new MessageId("soap-auth-0001"));
    assertThat(answer.getLocalName()).isEqualTo("birthRecord");
    assertThat(authorizations).containsExactly("Bearer expired-token", VALID_TOKEN);
    assertThat(token.rejected).hasValue(1);
    assertThat(messageIds).containsExactly("soap-auth-0001");
  }

  @Test
  void aTokenTheGatewayKeepsRejectingIsAnAuthenticationFailureAfterOneTry() {
    RotatingToken token = new RotatingToken(false);
    BusException e =
        catchThrowableOfType(
            () -> plainClient(token).call(SERVICE, payload(), CallContext.system()),
            BusException.class);
    assertThat(e.errorCode()).isEqualTo(RegistryErrorCode.REMOTE_AUTHENTICATION_FAILED);
    assertThat(e.category()).isEqualTo(BusErrorCategory.AUTHENTICATION);
    assertThat(e.retryable()).isFalse();
    assertThat(authorizations).hasSize(1);
    assertThat(token.rejected).hasValue(1);
  }

  @Test
  void callsASoapServiceThatRequiresAClientCertificate() {
    Element answer =
        tlsClient(PKI.context("CN=mot-cua-xa, O=000.00.01.H22", false))
            .call(SERVICE, payload(), CallContext.system());
    assertThat(answer.getTextContent()).isEqualTo("123/2025");
    assertThat(peer.get()).contains("CN=mot-cua-xa");
  }

  @Test
  void withoutAClientCertificateTheConnectionFails() {
    BusException e =
        catchThrowableOfType(
            () -> tlsClient(PKI.trustOnly()).call(SERVICE, payload(), CallContext.system()),
            BusException.class);
    assertThat(e.errorCode()).isEqualTo(RegistryErrorCode.CONNECTION_FAILED);
    assertThat(peer.get()).isNull();
  }
}
