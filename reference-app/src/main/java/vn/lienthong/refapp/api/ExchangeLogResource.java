package vn.lienthong.refapp.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.format.DateTimeFormatter;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.LienThongException;
import vn.lienthong.core.id.DossierCode;
import vn.lienthong.refapp.RefappErrorCode;
import vn.lienthong.refapp.exchange.ExchangeService;
import vn.lienthong.refapp.service.DossierService;
import vn.lienthong.refapp.service.Requester;
import vn.lienthong.registry.audit.ExchangeEntry;

/**
 * {@code GET /api/commune/v1/dossiers/{code}/exchange-log} ({@code getExchangeLogEvidence}): the
 * dossier's exchange-log segment, for the portal or an officer in jurisdiction.
 *
 * <p>A singleton; thread-safe.
 *
 * @since 0.1.0
 */
@Path("/commune/v1/dossiers/{code}/exchange-log")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public final class ExchangeLogResource {

  static final String HASH_ALGORITHM = "LT-EXCHANGE-LOG-1";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ExchangeService exchange;
  private final DossierService dossiers;
  private final ApiAccess access;

  ExchangeLogResource(ExchangeService exchange, DossierService dossiers, ApiAccess access) {
    this.exchange = exchange;
    this.dossiers = dossiers;
    this.access = access;
  }

  /**
   * {@code getExchangeLogEvidence}.
   *
   * @param headers the request headers
   * @param code the dossier code
   * @return the evidence
   */
  @GET
  public Response evidence(@Context HttpHeaders headers, @PathParam("code") String code) {
    Requester who = access.portalOrOfficer(headers, "getExchangeLogEvidence");
    ExchangeService.Evidence e = exchange.evidence(who, parse(dossiers, code));
    ObjectNode n = JSON.createObjectNode();
    n.put("dossierCode", e.dossierCode().toString());
    n.put("hashAlgorithm", HASH_ALGORITHM);
    n.put("firstSequence", e.firstSequence());
    n.put("previousHash", e.previousHash());
    ArrayNode own = n.putArray("dossierSequences");
    e.dossierSequences().forEach(own::add);
    ArrayNode entries = n.putArray("entries");
    for (ExchangeEntry x : e.entries()) {
      entries
          .addObject()
          .put("seq", x.sequence())
          .put("messageId", x.messageId())
          .put("client", x.client())
          .put("service", x.service())
          .put("time", DateTimeFormatter.ISO_INSTANT.format(x.time()))
          .put("status", x.status())
          .put("payloadSha256", x.payloadSha256())
          .put("user", x.user())
          .put("note", x.note())
          .put("previousHash", x.previousHash())
          .put("hash", x.hash());
    }
    n.putObject("head").put("sequence", e.headSequence()).put("hash", e.headHash());
    return Response.ok(n.toString(), MediaType.APPLICATION_JSON + ";charset=UTF-8").build();
  }

  static DossierCode parse(DossierService dossiers, String code) {
    try {
      return dossiers.parseCode(code);
    } catch (RuntimeException e) {
      throw new LienThongException(
          RefappErrorCode.DOSSIER_NOT_FOUND,
          ErrorDetails.field("code")
              .rejectedValue(code.length() > 64 ? code.substring(0, 64) : code));
    }
  }
}
