package vn.lienthong.sandbox.internal.lgsp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.sandbox.SandboxErrorCode;
import vn.lienthong.sandbox.exchange.ReceivedDocument;
import vn.lienthong.sandbox.exchange.SandboxExchange;
import vn.lienthong.sandbox.internal.SandboxService;
import vn.lienthong.sandbox.internal.http.HttpCall;
import vn.lienthong.sandbox.internal.http.HttpReply;
import vn.lienthong.sandbox.lgsp.FaultSettings;
import vn.lienthong.sandbox.lgsp.NationalService;
import vn.lienthong.sandbox.portal.PortalMessage;
import vn.lienthong.sandbox.portal.SandboxPortal;

/**
 * Admin endpoints of the national services under {@value #PREFIX}, for tests in another process:
 * fault switches, LGSP settings and counters, and what the portal and the hub received (without
 * bodies, which hold personal data). Thread-safe.
 */
public final class AdminService implements SandboxService {

  /** The path prefix. */
  public static final String PREFIX = "/national-admin";

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final Set<String> FAULT_FIELDS =
      Set.of("latencyMillis", "serverErrorRate", "dropRate", "slowBodyMillis", "flapping", "seed");

  private final LgspState lgsp;
  private final SandboxPortal portal;
  private final SandboxExchange exchange;

  /**
   * Creates the endpoints.
   *
   * @param lgsp the gateway state
   * @param portal the portal
   * @param exchange the hub
   */
  public AdminService(LgspState lgsp, SandboxPortal portal, SandboxExchange exchange) {
    this.lgsp = lgsp;
    this.portal = portal;
    this.exchange = exchange;
  }

  @Override
  public String prefix() {
    return PREFIX;
  }

  @Override
  public String title() {
    return "National services admin (faults, LGSP counters, portal and hub inspection)";
  }

  @Override
  public HttpReply handle(HttpCall call) {
    String p = call.subPath();
    String m = call.method();
    if (p.equals("/faults") && m.equals("GET")) {
      ObjectNode out = F.objectNode();
      lgsp.activeFaults().forEach((s, f) -> out.set(s.id(), json(f)));
      return HttpReply.json(200, out);
    }
    if (p.equals("/faults") && m.equals("DELETE")) {
      lgsp.clearFaults();
      return new HttpReply(204, Map.of(), new byte[0]);
    }
    if (p.startsWith("/faults/")) {
      NationalService s = NationalService.ofId(p.substring("/faults/".length()));
      switch (m) {
        case "GET":
          return HttpReply.json(200, json(lgsp.faults(s)));
        case "PUT":
          lgsp.faults(s, settings(call.json()));
          return HttpReply.json(200, json(lgsp.faults(s)));
        case "DELETE":
          lgsp.faults(s, FaultSettings.NONE);
          return new HttpReply(204, Map.of(), new byte[0]);
        default:
          throw notAllowed(p, m);
      }
    }
    if (p.equals("/lgsp") && (m.equals("GET") || m.equals("PUT"))) {
      if (m.equals("PUT")) {
        JsonNode b = call.json();
        if (b.has("tokensRequired")) {
          lgsp.requireTokens(b.path("tokensRequired").asBoolean());
        }
        if (b.has("tokenLifetimeMillis")) {
          lgsp.tokenLifetime(Duration.ofMillis(b.path("tokenLifetimeMillis").asLong()));
        }
      }
      ObjectNode out = F.objectNode();
      out.put("tokensRequired", lgsp.tokensRequired());
      out.put("tokenLifetimeMillis", lgsp.tokenLifetime().toMillis());
      out.put("tokenRequests", lgsp.tokenRequests());
      out.put("tokensIssued", lgsp.tokensIssued());
      return HttpReply.json(200, out);
    }
    if (p.equals("/lgsp/reset-counters") && m.equals("POST")) {
      lgsp.resetCounters();
      return new HttpReply(204, Map.of(), new byte[0]);
    }
    if (p.equals("/portal/received") && m.equals("GET")) {
      ArrayNode out = F.arrayNode();
      for (PortalMessage pm : portal.received()) {
        ObjectNode n = out.addObject();
        n.put("sequence", pm.sequence());
        n.put("service", pm.service());
        n.put("messageId", pm.messageId());
        n.put("client", pm.client());
        ArrayNode codes = n.putArray("dossierCodes");
        pm.dossierCodes().forEach(codes::add);
        n.put("errorCode", pm.errorCode());
        n.put("receivedAt", pm.receivedAt().toString());
      }
      return HttpReply.json(200, out);
    }
    if (p.equals("/exchange/received") && m.equals("GET")) {
      String organ = call.query().get("organ");
      ArrayNode out = F.arrayNode();
      for (ReceivedDocument d : organ == null ? exchange.all() : exchange.received(organ)) {
        ObjectNode n = out.addObject();
        n.put("exchangeId", d.exchangeId());
        n.put("documentId", d.documentId());
        n.put("from", d.from());
        ArrayNode to = n.putArray("recipients");
        d.recipients().forEach(to::add);
        n.put("receivedAt", d.receivedAt().toString());
      }
      return HttpReply.json(200, out);
    }
    throw new InvalidInputException(
        SandboxErrorCode.NOT_FOUND,
        ErrorDetails.field("path").rule("route").rejectedValue(PREFIX + p));
  }

  private static InvalidInputException notAllowed(String path, String method) {
    return new InvalidInputException(
        SandboxErrorCode.METHOD_NOT_ALLOWED,
        ErrorDetails.field(PREFIX + path)
            .rule("method")
            .rejectedValue(method)
            .with("allowed", "GET, PUT, DELETE"));
  }

  private static FaultSettings settings(JsonNode b) {
    if (!b.isObject()) {
      throw invalid("body", "object", b.getNodeType().toString());
    }
    b.fieldNames()
        .forEachRemaining(
            f -> {
              if (!FAULT_FIELDS.contains(f)) {
                throw invalid(f, "known-field", f);
              }
            });
    return FaultSettings.builder()
        .latency(Duration.ofMillis(b.path("latencyMillis").asLong(0)))
        .serverErrorRate(b.path("serverErrorRate").asDouble(0))
        .dropRate(b.path("dropRate").asDouble(0))
        .slowBody(Duration.ofMillis(b.path("slowBodyMillis").asLong(0)))
        .flapping(b.path("flapping").asBoolean(false))
        .seed(b.path("seed").asLong(0))
        .build();
  }

  private static InvalidInputException invalid(String field, String rule, String value) {
    return new InvalidInputException(
        SandboxErrorCode.ADMIN_REQUEST_INVALID,
        ErrorDetails.field(field).rule(rule).rejectedValue(value));
  }

  private static ObjectNode json(FaultSettings f) {
    ObjectNode n = F.objectNode();
    n.put("latencyMillis", f.latency().toMillis());
    n.put("serverErrorRate", f.serverErrorRate());
    n.put("dropRate", f.dropRate());
    n.put("slowBodyMillis", f.slowBody().toMillis());
    n.put("flapping", f.flapping());
    n.put("seed", f.seed());
    return n;
  }
}
