package vn.lienthong.refapp.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/health}: liveness for operators and load balancers. */
@Path("/health")
public final class HealthResource {

  /**
   * Reports that the app is up.
   *
   * @return a small JSON document
   */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public String health() {
    return "{\"status\":\"UP\"}";
  }
}
