package vn.lienthong.refapp.api;

import java.util.ArrayList;
import java.util.List;
import vn.lienthong.core.privacy.SafeLogger;
import vn.lienthong.refapp.AppConfig;
import vn.lienthong.refapp.AppContext;
import vn.lienthong.refapp.AppModule;
import vn.lienthong.refapp.AppRoutes;
import vn.lienthong.refapp.exchange.ExchangeService;
import vn.lienthong.refapp.service.DossierService;
import vn.lienthong.refapp.service.OfficerAccess;

/**
 * The Commune API under {@code /api} ({@code contracts/commune/commune-api.yaml}): health, the
 * Commune API resources, the problem-details mapper, and the test driver when {@code
 * conformance.enabled=true}.
 *
 * <p>Started once by {@code ReferenceApp}; the resources it mounts are thread-safe.
 *
 * @since 0.1.0
 */
public final class CommuneApiModule implements AppModule {

  /**
   * The bearer token(s) the portal's channel presents, comma-separated; with the embedded sandbox
   * and nothing set, {@link #SANDBOX_PORTAL_TOKEN}.
   */
  public static final String PORTAL_INBOUND_TOKEN = "portal.inbound-token";

  /** The portal channel's token with the embedded sandbox (test only; never in production). */
  public static final String SANDBOX_PORTAL_TOKEN = "sandbox-portal-token-TEST-ONLY";

  private static final SafeLogger LOG = SafeLogger.of(CommuneApiModule.class);

  /** Creates the module; {@link #start} does the work. */
  public CommuneApiModule() {}

  @Override
  public String name() {
    return "commune-api";
  }

  @Override
  public void start(AppContext context, AppRoutes routes) {
    AppConfig config = context.config();
    List<String> tokens = new ArrayList<>();
    for (String t : config.get(PORTAL_INBOUND_TOKEN, "").split(",")) {
      if (!t.isBlank()) {
        tokens.add(t.strip());
      }
    }
    if (tokens.isEmpty() && context.sandbox().isPresent()) {
      tokens.add(SANDBOX_PORTAL_TOKEN);
      LOG.info("Commune API: the portal channel uses the SANDBOX token (not for production)");
    } else if (tokens.isEmpty()) {
      LOG.warn("Commune API: no {} set, portal calls are refused", PORTAL_INBOUND_TOKEN);
    }
    DossierService dossiers = context.require(DossierService.class);
    ApiAccess access = new ApiAccess(context.require(OfficerAccess.class), tokens);
    routes.jaxrs(new HealthResource());
    routes.jaxrs(new ProblemMapper());
    routes.jaxrs(new CommuneResource(dossiers, access, context.clock()));
    var exchange = context.find(ExchangeService.class);
    exchange.ifPresent(x -> routes.jaxrs(new ExchangeLogResource(x, dossiers, access)));
    if (config.getBoolean(AppConfig.CONFORMANCE_ENABLED, false)) {
      routes.jaxrs(new TestDriverResource(dossiers, context.clock()));
      exchange.ifPresent(
          x -> {
            routes.jaxrs(new ExchangeDriverResource(x, dossiers));
            routes.jaxrs(new ExchangeDriverResource.Inbox(x));
          });
      LOG.warn("Commune API: the conformance TEST DRIVER is on (/api/test-driver)");
    }
  }
}
