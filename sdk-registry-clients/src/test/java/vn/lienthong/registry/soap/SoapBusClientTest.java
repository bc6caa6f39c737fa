package vn.lienthong.registry.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.xml.XMLConstants;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.lienthong.registry.BusErrorCategory;
import vn.lienthong.registry.BusException;
import vn.lienthong.registry.CallContext;
import vn.lienthong.registry.MessageId;
import vn.lienthong.registry.RegistryErrorCode;
import vn.lienthong.registry.ServiceId;
import vn.lienthong.registry.internal.soap.SoapEnvelope;
import vn.lienthong.registry.testing.Wire;

/** A loopback SOAP endpoint that checks the header blocks against envelope.xsd and echoes them. */
class SoapBusClientTest {

  private static HttpServer server;
  private static final AtomicReference<String> mode = new AtomicReference<>("ok");
  private static final List<String> schemaErrors = new ArrayList<>();
  private static final AtomicReference<List<String>> received = new AtomicReference<>(List.of());
  private static final ServiceId SERVICE = Wire.PROVIDER.service("birth-records", "v1");

  @BeforeAll
  static void start() throws Exception {
    var schema =
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
            .newSchema(
                new StreamSource(
                    SoapBusClientTest.class
                        .getClassLoader()
                        .getResource("contracts/bus/envelope.xsd")
                        .toString()));
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/soap",
        exchange -> {
          String xml;
          try (InputStream in = exchange.getRequestBody()) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          }
          Document doc = SoapEnvelope.parse(xml);
          Element envelope = doc.getDocumentElement();
          Element header = child(envelope, "Header");
          Element body = child(envelope, "Body");
          String id = "";
          List<String> names = new ArrayList<>();
          for (Node n = header.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
              names.add(e.getLocalName());
              try {
                schema.newValidator().validate(new DOMSource(e));
              } catch (Exception ex) {
                schemaErrors.add(e.getLocalName() + ": " + ex.getMessage());
              }
              if (e.getLocalName().equals("id")) {
                id = e.getTextContent();
              }
            }
          }
          received.set(names);
          String hash = SoapEnvelope.hashBody(body);
          String m = mode.get();
          String echoId = m.equals("wrong-id") ? "another-message-id" : id;
          String response;
          int status = 200;
          if (m.equals("fault")) {
            status = 500;
            response =
                "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault>"
                    + "<faultcode>soap:Server</faultcode><faultstring>Provider down</faultstring><detail>"
                    + "<lt:problem xmlns:lt=\"urn:lienthong:bus:1\"><lt:type>urn:lienthong:problem:LT-BUS-0303</lt:type>"
                    + "<lt:title>Provider unavailable</lt:title><lt:status>503</lt:status><lt:code>LT-BUS-0303</lt:code>"
                    + "<lt:category>provider-down</lt:category><lt:messageId>"
                    + id
                    + "</lt:messageId></lt:problem>"
                    + "</detail></soap:Fault></soap:Body></soap:Envelope>";
          } else {
            response = SoapResponses.birthRecord(echoId, hash);
          }
          byte[] out = response.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "text/xml; charset=UTF-8");
          exchange.sendResponseHeaders(status, out.length);
          exchange.getResponseBody().write(out);
          exchange.close();
        });
    server.start();
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
    server.stop(0);
  }

  @BeforeEach
  void reset() {
    mode.set("ok");
    schemaErrors.clear();
  }

  private static SoapBusClient client() {
    return SoapBusClient.builder()
        .client(Wire.CLIENT)
        .endpoint(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/soap"))
        .build();
  }

  private static Element payload() {
    return SoapEnvelope.parse(
            "<q:searchBirthRecords xmlns:q=\"urn:test:ho-tich\"><q:personalId>001090123456</q:personalId></q:searchBirthRecords>")
        .getDocumentElement();
  }

  @Test
  void carriesTheEnvelopeAsSoapHeadersThatMeetTheSchemaAndChecksTheEcho() {
    Element answer =
        client()
            .call(
                SERVICE,
                payload(),
                new CallContext("officer:tran.thi.b@xa-ba-dinh", "000.00.01.H22-250701-0001"),
                new MessageId("soap-msg-0001"));
    assertThat(answer.getLocalName()).isEqualTo("birthRecord");
    assertThat(answer.getTextContent()).isEqualTo("123/2025");
    assertThat(received.get())
        .containsExactly("protocolVersion", "client", "service", "id", "userId", "issue");
    assertThat(schemaErrors).isEmpty();
  }

  @Test
  void rejectsAResponseForAnotherMessage() {
    mode.set("wrong-id");
    BusException e =
        catchThrowableOfType(
            () -> client().call(SERVICE, payload(), CallContext.system()), BusException.class);
    assertThat(e.errorCode()).isEqualTo(RegistryErrorCode.RESPONSE_MESSAGE_ID_MISMATCH);
  }

  @Test
  void mapsAFaultWithABusProblemToTheTaxonomy() {
    mode.set("fault");
    BusException e =
        catchThrowableOfType(
            () ->
                client()
                    .call(SERVICE, payload(), CallContext.system(), new MessageId("soap-msg-0002")),
            BusException.class);
    assertThat(e.category()).isEqualTo(BusErrorCategory.PROVIDER_DOWN);
    assertThat(e.remoteCode()).contains("LT-BUS-0303");
    assertThat(e.messageId()).contains("soap-msg-0002");
    assertThat(e.retryable()).isTrue();
  }
}
