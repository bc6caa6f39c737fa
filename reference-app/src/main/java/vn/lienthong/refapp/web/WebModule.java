package vn.lienthong.refapp.web;

import java.net.URI;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.forms.FormValidator;
import vn.lienthong.core.forms.ProcedureCatalogue;
import vn.lienthong.core.id.AgencyCode;
import vn.lienthong.core.privacy.SafeLogger;
import vn.lienthong.identity.officer.JurisdictionPolicy;
import vn.lienthong.refapp.AppConfig;
import vn.lienthong.refapp.AppContext;
import vn.lienthong.refapp.AppModule;
import vn.lienthong.refapp.AppRoutes;
import vn.lienthong.refapp.service.DossierService;
import vn.lienthong.refapp.uploads.UploadInspector;
import vn.lienthong.registry.BusClient;
import vn.lienthong.registry.ClientId;
import vn.lienthong.registry.population.PopulationClient;

/**
 * The Vietnamese web pages for citizens and officers: procedure catalogue, prefilled e-forms,
 * citizen and officer login, the officer inbox and dossier actions, on server-side sessions with
 * CSRF protection.
 *
 * <p>Settings: {@value AppConfig#COOKIE_SECURE} (default true; turning it off is logged as a
 * warning), {@value #DEFAULT_COMMUNE}, {@value #AGENCY}, {@value #BUS_CLIENT}, {@value
 * #POPULATION_URL}, and the identity settings {@code identity.*} when the sandbox is off.
 *
 * <pre>{@code
 * // Started by ReferenceApp with the other modules:
 * new WebModule().start(context, routes); // pages under "/", sessions in table web_session
 * }</pre>
 *
 * <p>Instances are thread-safe once started.
 *
 * @since 0.1.0
 */
public final class WebModule implements AppModule {

  /** Commune a dossier goes to when the form names none (default {@code 00004}). */
  public static final String DEFAULT_COMMUNE = "web.default-commune";

  /** Agency code used for dossier codes while no dossier service is registered. */
  public static final String AGENCY = "web.agency-code";

  /** This system's bus member id ({@code LT-Client}) for registry look-ups. */
  public static final String BUS_CLIENT = "bus.client-id";

  /** Base URL of the population registry; defaults to the embedded sandbox's. */
  public static final String POPULATION_URL = "registry.population.url";

  private static final SafeLogger LOG = SafeLogger.of(WebModule.class);

  private @Nullable Logins logins;
  private @Nullable BusClient bus;

  /** Creates the module; {@link #start} wires it. */
  public WebModule() {}

  @Override
  public String name() {
    return "web";
  }

  /**
   * Compiles the bundled form schemas and loads the procedure catalogue (both cached for the JVM)
   * off the main thread when {@code ReferenceApp} starts.
   */
  @Override
  public void prepare(AppConfig config, Clock clock) {
    FormValidator.create();
    ProcedureCatalogue.bundled();
  }

  @Override
  public void start(AppContext context, AppRoutes routes) {
    AppConfig config = context.config();
    boolean secure = config.getBoolean(AppConfig.COOKIE_SECURE, true);
    if (!secure) {
      LOG.warn("cookie.secure=false: session cookies are sent over plain HTTP (local demo only)");
    }
    BusClient busClient =
        BusClient.builder()
            .client(ClientId.parse(config.get(BUS_CLIENT, "VN-TEST/GOV/000.04.01.H26/mot-cua-xa")))
            .build();
    this.bus = busClient;
    URI population =
        config
            .get(POPULATION_URL)
            .map(URI::create)
            .orElseGet(
                () ->
                    context
                        .sandbox()
                        .map(s -> s.uri("/registry/population"))
                        .orElse(URI.create("http://127.0.0.1:1/registry/population")));
    PopulationClient populationClient =
        PopulationClient.builder()
            .bus(busClient)
            .endpoint(population)
            .provider(ClientId.parse("VN-TEST/GOV/000.00.00.G01/csdl-dan-cu"))
            .build();
    Logins l = new Logins(context);
    this.logins = l;
    DossierDesk desk =
        context
            .find(DossierService.class)
            .<DossierDesk>map(ServiceDossierDesk::new)
            .orElseGet(
                () -> {
                  LOG.warn("no DossierService registered: the web pages keep dossiers in memory");
                  return new InterimDossierDesk(
                      context.clock(), AgencyCode.parse(config.get(AGENCY, "000.04.01.H26")));
                });
    WebEnvironment env =
        new WebEnvironment(
            secure,
            context::baseUrl,
            context.clock(),
            new SessionStore(context.dataSource(), context.clock()),
            l,
            ProcedureCatalogue.bundled(),
            FormValidator.create(),
            new Prefill(populationClient),
            desk,
            new Attachments(UploadInspector.fromConfig(config)),
            JurisdictionPolicy.create(),
            config.get(DEFAULT_COMMUNE, "00004"));
    routes.servlet("/", new WebServlet(env));
  }

  @Override
  public void close() {
    if (logins != null) {
      logins.close();
    }
    if (bus != null) {
      bus.close();
    }
  }
}
