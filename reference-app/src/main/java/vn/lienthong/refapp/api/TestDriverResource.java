package vn.lienthong.refapp.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.Clock;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.LienThongException;
import vn.lienthong.core.id.DossierCode;
import vn.lienthong.refapp.RefappErrorCode;
import vn.lienthong.refapp.service.DossierService;

/**
 * {@code POST /api/test-driver/dossiers/{code}/actions}: advances a dossier through the officer
 * steps for the conformance kit. Mounted only when {@code conformance.enabled=true}; otherwise the
 * path does not exist (404).
 *
 * <p>A singleton; thread-safe.
 *
 * @since 0.1.0
 */
@Path("/test-driver")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public final class TestDriverResource {

  private final DossierService dossiers;
  private final Clock clock;

  TestDriverResource(DossierService dossiers, Clock clock) {
    this.dossiers = dossiers;
    this.clock = clock;
  }

  /**
   * {@code driveDossier}: performs a step as an officer with every role in the dossier's commune.
   *
   * @param code the dossier code
   * @param body the JSON body ({@code ActionRequest})
   * @return the dossier after the step
   */
  @POST
  @Path("/dossiers/{code}/actions")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response drive(@PathParam("code") String code, InputStream body) {
    DossierCode c;
    try {
      c = dossiers.parseCode(code);
    } catch (RuntimeException e) {
      throw new LienThongException(
          RefappErrorCode.DOSSIER_NOT_FOUND, ErrorDetails.field("code").rejectedValue(code));
    }
    var command = CommuneResource.command(FilingParser.read(body));
    return Response.ok(
            ApiJson.dossier(dossiers.drive(c, command), clock.instant()).toString(),
            MediaType.APPLICATION_JSON + ";charset=UTF-8")
        .build();
  }
}
