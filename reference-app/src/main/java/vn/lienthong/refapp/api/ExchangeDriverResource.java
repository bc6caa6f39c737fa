package vn.lienthong.refapp.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import vn.lienthong.core.id.AgencyCode;
import vn.lienthong.refapp.exchange.ExchangeService;
import vn.lienthong.refapp.service.DossierService;

/**
 * The test driver's document-exchange actions ({@code driveExchange}, {@code driveExchangeInbox}).
 * Mounted only when {@code conformance.enabled=true} and document exchange is configured.
 *
 * <p>A singleton; thread-safe.
 *
 * @since 0.1.0
 */
@Path("/test-driver/dossiers/{code}/exchange")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public final class ExchangeDriverResource {

  private static final String JSON_TYPE = MediaType.APPLICATION_JSON + ";charset=UTF-8";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ExchangeService exchange;
  private final DossierService dossiers;

  ExchangeDriverResource(ExchangeService exchange, DossierService dossiers) {
    this.exchange = exchange;
    this.dossiers = dossiers;
  }

  /**
   * {@code driveExchange}: sends the dossier's signed result as an edXML package.
   *
   * @param code the dossier code
   * @param body the JSON body ({@code ExchangeRequest})
   * @return 202 with {@code ExchangeQueued}
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response send(@PathParam("code") String code, InputStream body) {
    JsonNode n = FilingParser.read(body);
    String document = n.path("document").asText("result");
    if (!document.equals("result")) {
      throw FilingParser.invalid("document", "result");
    }
    AgencyCode to;
    try {
      to = AgencyCode.parse(FilingParser.text(n, "to", "to"));
    } catch (IllegalArgumentException | vn.lienthong.core.InvalidInputException e) {
      throw FilingParser.invalid("to", "an agency code such as 000.00.00.H26");
    }
    ExchangeService.Queued q = exchange.sendResult(ExchangeLogResource.parse(dossiers, code), to);
    ObjectNode out = JSON.createObjectNode();
    out.put("dossierCode", q.dossierCode().toString());
    out.put("documentId", q.documentId());
    out.put("messageId", q.messageId());
    out.put("to", q.to().toString());
    out.put("queuedAt", q.queuedAt().toString());
    return Response.status(202).type(JSON_TYPE).entity(out.toString()).build();
  }

  /**
   * {@code POST /api/test-driver/exchange/inbox} ({@code driveExchangeInbox}): fetches the packages
   * sent to the commune and answers their statuses.
   *
   * <p>A singleton; thread-safe.
   *
   * @since 0.1.0
   */
  @Path("/test-driver/exchange/inbox")
  @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
  public static final class Inbox {

    private final ExchangeService exchange;

    Inbox(ExchangeService exchange) {
      this.exchange = exchange;
    }

    /**
     * Handles the new packages.
     *
     * @return the packages handled ({@code ExchangeInboxReport})
     */
    @POST
    public Response inbox() {
      ObjectNode out = JSON.createObjectNode();
      ArrayNode items = out.putArray("items");
      for (ExchangeService.Handled h : exchange.answerInbox()) {
        ObjectNode i = items.addObject();
        i.put("exchangeId", h.exchangeId());
        i.put("documentId", h.documentId());
        i.put("from", h.from());
        i.put("accepted", h.reason().isEmpty());
        h.reason().ifPresent(r -> i.put("reason", r.length() > 2000 ? r.substring(0, 2000) : r));
        ArrayNode s = i.putArray("statuses");
        h.statuses().forEach(s::add);
      }
      return Response.ok(out.toString(), JSON_TYPE).build();
    }
  }
}
