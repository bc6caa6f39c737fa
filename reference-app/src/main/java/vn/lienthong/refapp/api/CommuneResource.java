package vn.lienthong.refapp.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.LienThongException;
import vn.lienthong.core.id.DossierCode;
import vn.lienthong.identity.officer.Officer;
import vn.lienthong.refapp.RefappErrorCode;
import vn.lienthong.refapp.service.DossierAction;
import vn.lienthong.refapp.service.DossierService;
import vn.lienthong.refapp.service.OfficerCommand;
import vn.lienthong.refapp.service.Requester;
import vn.lienthong.refapp.service.ResultFile;
import vn.lienthong.refapp.service.Submission;
import vn.lienthong.refapp.service.SubmissionReceipt;
import vn.lienthong.refapp.store.StoredDossier;

/**
 * The Commune API resources under {@code /api/commune/v1} ({@code
 * contracts/commune/commune-api.yaml}): receive a dossier from the portal, status, supplements,
 * results, audit evidence, officer steps and inbox, and the public look-up.
 *
 * <p>A singleton; thread-safe.
 *
 * @since 0.1.0
 */
@Path("/commune/v1")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public final class CommuneResource {

  private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

  private final DossierService dossiers;
  private final ApiAccess access;
  private final Clock clock;

  CommuneResource(DossierService dossiers, ApiAccess access, Clock clock) {
    this.dossiers = dossiers;
    this.access = access;
    this.clock = clock;
  }

  /**
   * {@code receiveDossier}: files a dossier sent by the portal.
   *
   * @param headers the request headers
   * @param body the JSON body
   * @return 201 with the receipt, or 200 when the idempotency key was seen
   */
  @POST
  @Path("/dossiers")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response receive(@Context HttpHeaders headers, InputStream body) {
    access.portal(headers, "receiveDossier");
    header(headers, "LT-Client", 160);
    String messageId = header(headers, "LT-Id", 64);
    String key = headers.getHeaderString("Idempotency-Key");
    JsonNode json = FilingParser.read(checked(headers, body));
    Submission.Builder b = FilingParser.filing(json);
    b.idempotencyKey("portal", key != null && !key.isBlank() ? key : "msg:" + messageId);
    SubmissionReceipt r = dossiers.submit(b.build());
    return Response.status(r.created() ? 201 : 200)
        .type(JSON)
        .entity(ApiJson.receipt(r).toString())
        .build();
  }

  /**
   * {@code getDossier}: the dossier's status, history and due date.
   *
   * @param headers the request headers
   * @param code the dossier code
   * @return the dossier
   */
  @GET
  @Path("/dossiers/{code}")
  public Response dossier(@Context HttpHeaders headers, @PathParam("code") String code) {
    Requester who = access.portalOrOfficer(headers, "getDossier");
    return ok(ApiJson.dossier(dossiers.details(who, parse(code)), clock.instant()));
  }

  /**
   * {@code deliverSupplement}: the applicant's supplement, through the portal.
   *
   * @param headers the request headers
   * @param code the dossier code
   * @param body the JSON body
   * @return the dossier after it
   */
  @POST
  @Path("/dossiers/{code}/supplements")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response supplement(
      @Context HttpHeaders headers, @PathParam("code") String code, InputStream body) {
    Requester who = access.portal(headers, "deliverSupplement");
    DossierCode c = parse(code);
    StoredDossier d =
        dossiers.deliverSupplement(
            who, c, FilingParser.supplement(FilingParser.read(checked(headers, body))));
    return ok(ApiJson.dossier(d, clock.instant()));
  }

  /**
   * {@code getResult}: the signed PDF (base64) and its metadata.
   *
   * @param headers the request headers
   * @param code the dossier code
   * @return the result
   */
  @GET
  @Path("/dossiers/{code}/result")
  public Response result(@Context HttpHeaders headers, @PathParam("code") String code) {
    Requester who = access.portalOrOfficer(headers, "getResult");
    DossierCode c = parse(code);
    ResultFile r = dossiers.result(who, c);
    return ok(ApiJson.result(dossiers.details(who, c), r));
  }

  /**
   * {@code getAuditEvidence}: the dossier's audit trail.
   *
   * @param headers the request headers
   * @param code the dossier code
   * @return the trail
   */
  @GET
  @Path("/dossiers/{code}/audit")
  public Response audit(@Context HttpHeaders headers, @PathParam("code") String code) {
    Requester who = access.portalOrOfficer(headers, "getAuditEvidence");
    DossierCode c = parse(code);
    StoredDossier d = dossiers.details(who, c);
    return ok(ApiJson.audit(d, dossiers.auditTrail(who, c)));
  }

  /**
   * {@code performAction}: an officer step.
   *
   * @param headers the request headers
   * @param code the dossier code
   * @param body the JSON body
   * @return the dossier after the step
   */
  @POST
  @Path("/dossiers/{code}/actions")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response act(
      @Context HttpHeaders headers, @PathParam("code") String code, InputStream body) {
    Officer officer = access.officer(headers, "performAction");
    DossierCode c = parse(code);
    OfficerCommand command = command(FilingParser.read(checked(headers, body)));
    return ok(ApiJson.dossier(dossiers.act(officer, c, command), clock.instant()));
  }

  /**
   * {@code getInbox}: the officer's inbox.
   *
   * @param headers the request headers
   * @return the inbox
   */
  @GET
  @Path("/inbox")
  public Response inbox(@Context HttpHeaders headers) {
    Officer officer = access.officer(headers, "getInbox");
    return ok(ApiJson.inbox(dossiers.inbox(officer)));
  }

  /**
   * {@code lookupPublicStatus}: the public look-up, no personal data beyond the masked name.
   *
   * @param code the dossier code
   * @return the public status
   */
  @GET
  @Path("/public/dossiers/{code}")
  public Response lookup(@PathParam("code") String code) {
    DossierCode c = parse(code);
    return dossiers
        .publicStatus(c)
        .map(p -> ok(ApiJson.publicStatus(p)))
        .orElseThrow(
            () ->
                new LienThongException(
                    RefappErrorCode.DOSSIER_NOT_FOUND,
                    ErrorDetails.field("code").rejectedValue(code)));
  }

  static OfficerCommand command(JsonNode n) {
    String name = FilingParser.text(n, "action", "action");
    DossierAction action =
        DossierAction.ofWireName(name)
            .orElseThrow(
                () ->
                    FilingParser.invalid(
                        "action",
                        "accept, refuse, process, request-supplement, approve-and-sign,"
                            + " agency-seal or hand-over"));
    List<String> items = new ArrayList<>();
    n.path("items").forEach(i -> items.add(i.asText()));
    return new OfficerCommand(
        action,
        n.hasNonNull("transitionId") ? n.path("transitionId").asText() : null,
        n.hasNonNull("reason") ? n.path("reason").asText() : null,
        items);
  }

  private DossierCode parse(String code) {
    try {
      return dossiers.parseCode(code);
    } catch (RuntimeException e) {
      throw new LienThongException(
          RefappErrorCode.DOSSIER_NOT_FOUND,
          ErrorDetails.field("code")
              .rejectedValue(code.length() > 64 ? code.substring(0, 64) : code));
    }
  }

  private static InputStream checked(HttpHeaders headers, InputStream body) {
    FilingParser.checkDeclaredLength(headers.getLength());
    return body;
  }

  private static String header(HttpHeaders headers, String name, int max) {
    String v = headers.getHeaderString(name);
    if (v == null || v.isBlank() || v.length() > max) {
      throw FilingParser.invalid("header:" + name, "required, at most " + max + " characters");
    }
    return v;
  }

  private static Response ok(JsonNode body) {
    return Response.ok(body.toString(), JSON).build();
  }
}
