package vn.lienthong.refapp.exchange;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.LienThongException;
import vn.lienthong.refapp.RefappErrorCode;
import vn.lienthong.registry.BusClient;
import vn.lienthong.registry.BusException;
import vn.lienthong.registry.BusRequest;
import vn.lienthong.registry.BusResponse;
import vn.lienthong.registry.CallContext;
import vn.lienthong.registry.MessageId;
import vn.lienthong.registry.ServiceId;

/**
 * The document-exchange hub's five operations ({@code contracts/exchange/document-exchange.yaml})
 * over the app's bus client. Thread-safe.
 */
final class ExchangeHub {

  static final String SEND = "document-exchange/v1#sendDocument";
  static final String GET = "document-exchange/v1#getDocument";
  static final String STATUS = "document-exchange/v1#updateDocumentStatus";

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final BusClient bus;
  private final URI endpoint;
  private final ServiceId service;

  ExchangeHub(BusClient bus, URI endpoint, ServiceId service) {
    this.bus = bus;
    String e = endpoint.toString();
    this.endpoint = URI.create(e.endsWith("/") ? e.substring(0, e.length() - 1) : e);
    this.service = service;
  }

  String client() {
    return bus.client().toString();
  }

  String endpoint() {
    return endpoint.toString();
  }

  /** {@code sendDocument}; throws {@link BusException} so the outbox can tell retryable apart. */
  BusResponse send(MessageId id, CallContext context, byte[] edxml) {
    return bus.call(
        BusRequest.builder()
            .uri(URI.create(endpoint + "/documents"))
            .service(service)
            .method("POST")
            .messageId(id)
            .context(context)
            .body(edxml, "application/xml")
            .timeout(TIMEOUT)
            .build());
  }

  /** {@code listReceivedDocuments} of new packages, the JSON text. */
  String listNew(int limit) {
    return call("listReceivedDocuments", "GET", "/documents?state=new&limit=" + limit, null, null)
        .bodyText();
  }

  /** {@code getDocument}, the package's bytes. */
  byte[] get(String exchangeId) {
    return call("getDocument", "GET", "/documents/" + exchangeId, null, null).body();
  }

  /** {@code updateDocumentStatus}. */
  BusResponse status(String exchangeId, MessageId id, String json) {
    return call(
        "updateDocumentStatus",
        "POST",
        "/documents/" + exchangeId + "/status",
        id,
        json.getBytes(StandardCharsets.UTF_8));
  }

  private BusResponse call(
      String operation,
      String method,
      String path,
      @org.jspecify.annotations.Nullable MessageId id,
      byte @org.jspecify.annotations.Nullable [] json) {
    BusRequest.Builder b =
        BusRequest.builder()
            .uri(URI.create(endpoint + path))
            .service(service)
            .method(method)
            .timeout(TIMEOUT)
            .messageId(id != null ? id : MessageId.random());
    if (json != null) {
      b.jsonBody(json);
    }
    if (operation.equals("getDocument")) {
      b.accept("application/xml");
    }
    try {
      return bus.call(b.build());
    } catch (BusException e) {
      throw new LienThongException(
          RefappErrorCode.EXCHANGE_HUB_FAILED, ErrorDetails.field(operation).rule(e.code()), e);
    }
  }
}
