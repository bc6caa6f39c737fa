package vn.lienthong.registry.soap;

import jakarta.xml.ws.Dispatch;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.soap.SOAPBinding;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.namespace.QName;
import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMResult;
import javax.xml.transform.dom.DOMSource;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.configuration.jsse.TLSClientParameters;
import org.apache.cxf.headers.Header;
import org.apache.cxf.jaxws.DispatchImpl;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transport.http.HTTPException;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.lienthong.registry.BusAuthentication;
import vn.lienthong.registry.BusErrorCategory;
import vn.lienthong.registry.BusException;
import vn.lienthong.registry.CallContext;
import vn.lienthong.registry.ClientId;
import vn.lienthong.registry.MessageId;
import vn.lienthong.registry.RegistryErrorCode;
import vn.lienthong.registry.ServiceId;
import vn.lienthong.registry.internal.bus.BusErrors;
import vn.lienthong.registry.internal.bus.Envelope;
import vn.lienthong.registry.internal.bus.Problems;
import vn.lienthong.registry.internal.soap.SoapEnvelope;

/**
 * Calls a legacy WSDL (SOAP 1.1) service through the bus with Apache CXF, the envelope carried as
 * SOAP header blocks in {@code urn:lienthong:bus:1} ({@code contracts/bus/envelope.xsd}): protocol
 * version, client, service, message id, user id, issue. The response must echo the message id and
 * the request hash (SHA-256 of the exclusive canonical form of the request's SOAP {@code Body}); a
 * SOAP fault whose detail holds a bus {@code problem} is mapped to the same {@link
 * BusErrorCategory} taxonomy as REST calls.
 *
 * <p>Instances are thread-safe; create one per endpoint and reuse it.
 *
 * <pre>{@code
 * SoapBusClient soap = SoapBusClient.builder()
 *     .client(ClientId.parse("VN/GOV/000.00.01.H22/mot-cua-xa"))
 *     .endpoint(URI.create("https://lgsp.example.gov.vn/legacy/ho-tich"))
 *     .build();
 * Element answer = soap.call(service, payload, CallContext.officer("officer:an@xa-ba-dinh"));
 * }</pre>
 *
 * <p>Authentication is the same {@link BusAuthentication} as {@link
 * vn.lienthong.registry.BusClient} takes: its TLS context (mutual TLS) configures the HTTPS
 * conduit, the headers it adds (an LGSP gateway's bearer token) are sent as HTTP headers, and a
 * {@code 401} answer to a credential the authentication calls expired repeats the call once, with
 * the same message id and a new credential.
 *
 * @since 0.1.0
 */
public final class SoapBusClient {

  private static final QName SERVICE = new QName(SoapEnvelope.NS, "LienThongBus");
  private static final QName PORT = new QName(SoapEnvelope.NS, "LienThongBusPort");

  private final ClientId client;
  private final URI endpoint;
  private final Duration timeout;
  private final BusAuthentication authentication;
  private final Service service;

  private SoapBusClient(Builder b) {
    this.client = Objects.requireNonNull(b.client);
    this.endpoint = Objects.requireNonNull(b.endpoint);
    this.timeout = b.timeout;
    this.authentication = b.authentication;
    this.service = Service.create(SERVICE);
    service.addPort(PORT, SOAPBinding.SOAP11HTTP_BINDING, endpoint.toString());
  }

  /**
   * Starts a configuration.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Calls the service with a new message id.
   *
   * @param target the service
   * @param payload the body payload element (copied)
   * @param context the user and issue
   * @return the response payload element
   * @throws BusException for a fault, a transport failure, or a response whose header blocks do not
   *     echo the message id and request hash
   */
  public Element call(ServiceId target, Element payload, CallContext context) {
    return call(target, payload, context, MessageId.random());
  }

  /**
   * Calls the service with a given message id (to repeat a call).
   *
   * @param target the service
   * @param payload the body payload element (copied)
   * @param context the user and issue
   * @param messageId the message id
   * @return the response payload element
   * @throws BusException for a fault, a transport failure, or a response whose header blocks do not
   *     echo the message id and request hash
   */
  public Element call(ServiceId target, Element payload, CallContext context, MessageId messageId) {
    String id = messageId.value();
    String hash = SoapEnvelope.hashPayload(payload);
    Dispatch<Source> dispatch = dispatch(target, context, id);
    String credential = authorize(dispatch);
    Source answer;
    try {
      answer = dispatch.invoke(new DOMSource(payload));
    } catch (WebServiceException e) {
      if (!(unauthorized(e) && !credential.isEmpty() && authentication.rejected(credential))) {
        throw failure(e, target, id);
      }
      // The credential expired in flight: once more, same message id, fresh credential.
      dispatch = dispatch(target, context, id);
      authorize(dispatch);
      try {
        answer = dispatch.invoke(new DOMSource(payload));
      } catch (WebServiceException again) {
        throw failure(again, target, id);
      }
    }
    checkEcho(dispatch, target, id, hash);
    return element(answer, target, id);
  }

  private Dispatch<Source> dispatch(ServiceId target, CallContext context, String id) {
    Dispatch<Source> dispatch = service.createDispatch(PORT, Source.class, Service.Mode.PAYLOAD);
    configure(dispatch);
    Document doc = SoapEnvelope.builder().newDocument();
    List<Header> headers = new ArrayList<>();
    headers.add(header(SoapEnvelope.text(doc, "protocolVersion", Envelope.PROTOCOL_VERSION)));
    headers.add(header(SoapEnvelope.client(doc, client)));
    headers.add(header(SoapEnvelope.service(doc, target)));
    headers.add(header(SoapEnvelope.text(doc, "id", id)));
    if (context.userId() != null) {
      headers.add(header(SoapEnvelope.text(doc, "userId", context.userId())));
    }
    if (context.issue() != null) {
      headers.add(header(SoapEnvelope.text(doc, "issue", context.issue())));
    }
    dispatch.getRequestContext().put(Header.HEADER_LIST, headers);
    return dispatch;
  }

  /**
   * Lets the authentication add its HTTP headers (it writes them on a {@code java.net.http} request
   * builder, which is read back here) and returns the credential it used.
   */
  private String authorize(Dispatch<Source> dispatch) {
    HttpRequest.Builder probe = HttpRequest.newBuilder(endpoint);
    String credential = authentication.authenticate(probe);
    Map<String, List<String>> added = probe.build().headers().map();
    if (!added.isEmpty()) {
      dispatch.getRequestContext().put(MessageContext.HTTP_REQUEST_HEADERS, new HashMap<>(added));
    }
    return credential;
  }

  private static boolean unauthorized(WebServiceException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof HTTPException h && h.getResponseCode() == 401) {
        return true;
      }
    }
    return false;
  }

  private void configure(Dispatch<Source> dispatch) {
    if (dispatch instanceof DispatchImpl<?> impl
        && impl.getClient().getConduit() instanceof HTTPConduit conduit) {
      HTTPClientPolicy policy = new HTTPClientPolicy();
      policy.setConnectionTimeout(timeout.toMillis());
      policy.setReceiveTimeout(timeout.toMillis());
      policy.setAutoRedirect(false);
      conduit.setClient(policy);
      authentication
          .sslContext()
          .ifPresent(
              context -> {
                TLSClientParameters tls = new TLSClientParameters();
                tls.setSslContext(context);
                conduit.setTlsClientParameters(tls);
              });
    }
  }

  private static Header header(Element e) {
    // A DOM element as header object is written as it is.
    return new Header(new QName(e.getNamespaceURI(), e.getLocalName()), e);
  }

  private void checkEcho(Dispatch<Source> dispatch, ServiceId target, String id, String hash) {
    Object list = dispatch.getResponseContext().get(Header.HEADER_LIST);
    String echoedId = null;
    String echoedHash = null;
    if (list instanceof List<?> received) {
      for (Object o : received) {
        if (o instanceof Header h
            && h.getObject() instanceof Element e
            && SoapEnvelope.NS.equals(e.getNamespaceURI())) {
          if ("id".equals(e.getLocalName())) {
            echoedId = duplicate(echoedId, e.getTextContent(), "id", target, id);
          } else if ("requestHash".equals(e.getLocalName())) {
            echoedHash =
                duplicate(echoedHash, e.getTextContent().strip(), "requestHash", target, id);
          }
        }
      }
    }
    if (echoedId == null || echoedHash == null) {
      throw BusErrors.error(RegistryErrorCode.RESPONSE_HEADER_MISSING)
          .service(target)
          .messageId(id)
          .field(echoedId == null ? "id" : "requestHash")
          .build();
    }
    if (!echoedId.strip().equals(id)) {
      throw BusErrors.error(RegistryErrorCode.RESPONSE_MESSAGE_ID_MISMATCH)
          .service(target)
          .messageId(id)
          .field("id")
          .value(echoedId)
          .build();
    }
    if (!echoedHash.equals(hash)) {
      throw BusErrors.error(RegistryErrorCode.RESPONSE_REQUEST_HASH_MISMATCH)
          .service(target)
          .messageId(id)
          .field("requestHash")
          .value(echoedHash)
          .build();
    }
  }

  private static String duplicate(
      @Nullable String previous, String value, String name, ServiceId target, String id) {
    if (previous != null) {
      throw BusErrors.error(RegistryErrorCode.RESPONSE_HEADER_DUPLICATED)
          .service(target)
          .messageId(id)
          .field(name)
          .build();
    }
    return value;
  }

  private static Element element(Source answer, ServiceId target, String id) {
    try {
      DOMResult result = new DOMResult();
      javax.xml.transform.TransformerFactory f =
          javax.xml.transform.TransformerFactory.newInstance();
      f.setAttribute(javax.xml.XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(javax.xml.XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
      f.newTransformer().transform(answer, result);
      Node n = result.getNode();
      Element e = n instanceof Document d ? d.getDocumentElement() : (Element) n.getFirstChild();
      if (e == null) {
        throw new IllegalArgumentException("empty body");
      }
      return e;
    } catch (javax.xml.transform.TransformerException | RuntimeException e) {
      throw BusErrors.error(RegistryErrorCode.RESPONSE_MALFORMED)
          .service(target)
          .messageId(id)
          .field("Body")
          .arg("reason", "unreadable SOAP body")
          .cause(e)
          .build();
    }
  }

  private BusException failure(WebServiceException e, ServiceId target, String id) {
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    if (cause instanceof SoapFault fault) {
      Element detail = fault.getDetail();
      Element problem = null;
      if (detail != null) {
        var found = detail.getElementsByTagNameNS(SoapEnvelope.NS, "problem");
        problem = found.getLength() > 0 ? (Element) found.item(0) : null;
      }
      if (problem != null) {
        String status = SoapEnvelope.childText(problem, "status");
        int code =
            status != null && status.strip().matches("[0-9]{3}")
                ? Integer.parseInt(status.strip())
                : 500;
        Problems.Problem p =
            new Problems.Problem(
                SoapEnvelope.childText(problem, "code"),
                SoapEnvelope.childText(problem, "category"),
                SoapEnvelope.childText(problem, "providerCode"),
                vn.lienthong.core.privacy.Scrubber.scrub(
                    String.valueOf(SoapEnvelope.childText(problem, "detail")), 200));
        return Problems.toException(code, p, target, id);
      }
      return BusErrors.error(RegistryErrorCode.SOAP_FAULT)
          .service(target)
          .messageId(id)
          .remoteCode(fault.getFaultCode() == null ? null : fault.getFaultCode().getLocalPart())
          .arg(
              "reason",
              vn.lienthong.core.privacy.Scrubber.scrub(String.valueOf(fault.getMessage()), 200))
          .cause(fault)
          .build();
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof HTTPException h) {
        // An HTTP error without a SOAP fault (a gateway's 401, 404, 503): classified by status.
        return Problems.toException(h.getResponseCode(), Problems.Problem.NONE, target, id);
      }
    }
    boolean timeout =
        cause instanceof java.net.SocketTimeoutException
            || cause instanceof java.net.http.HttpTimeoutException
            || String.valueOf(cause.getMessage())
                .toLowerCase(java.util.Locale.ROOT)
                .contains("timed out");
    if (timeout) {
      return BusErrors.error(RegistryErrorCode.CALL_TIMED_OUT)
          .service(target)
          .messageId(id)
          .arg("limit", this.timeout)
          .cause(cause)
          .build();
    }
    return BusErrors.error(RegistryErrorCode.CONNECTION_FAILED)
        .service(target)
        .messageId(id)
        .value(endpoint.getHost() + ":" + endpoint.getPort())
        .arg("reason", cause.getClass().getSimpleName())
        .cause(cause)
        .build();
  }

  /**
   * Builds a {@link SoapBusClient}.
   *
   * <p>Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable ClientId client;
    private @Nullable URI endpoint;
    private Duration timeout = Duration.ofSeconds(10);
    private BusAuthentication authentication = BusAuthentication.headersOnly();

    private Builder() {}

    /**
     * Sets how the client authenticates (default {@link BusAuthentication#headersOnly()}): mutual
     * TLS, or an LGSP gateway's client-credentials token ({@link
     * vn.lienthong.registry.LgspClientCredentials}).
     *
     * @param authentication the authentication
     * @return this builder
     */
    public Builder authentication(BusAuthentication authentication) {
      this.authentication = Objects.requireNonNull(authentication, "authentication");
      return this;
    }

    /**
     * Sets the calling subsystem (required).
     *
     * @param client the client id
     * @return this builder
     */
    public Builder client(ClientId client) {
      this.client = Objects.requireNonNull(client, "client");
      return this;
    }

    /**
     * Sets the service address (required).
     *
     * @param endpoint the address
     * @return this builder
     */
    public Builder endpoint(URI endpoint) {
      this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
      return this;
    }

    /**
     * Sets the connect and receive timeout (default 10 s).
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      this.timeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws IllegalStateException if the client or endpoint is missing
     */
    public SoapBusClient build() {
      if (client == null || endpoint == null) {
        throw new IllegalStateException("client and endpoint required");
      }
      return new SoapBusClient(this);
    }
  }
}
