package vn.lienthong.refapp.service;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.id.AgencyCode;
import vn.lienthong.core.id.DossierCodeFormat;
import vn.lienthong.core.id.DossierCodeGenerator;
import vn.lienthong.core.id.JdbcDossierSequenceSource;
import vn.lienthong.core.privacy.SafeLogger;
import vn.lienthong.refapp.AppConfig;
import vn.lienthong.refapp.AppContext;
import vn.lienthong.refapp.AppModule;
import vn.lienthong.refapp.AppRoutes;
import vn.lienthong.refapp.store.AuditStore;
import vn.lienthong.refapp.store.DossierStore;
import vn.lienthong.refapp.store.FileStore;
import vn.lienthong.refapp.store.Jdbc;
import vn.lienthong.refapp.store.OfficerStore;
import vn.lienthong.registry.BusClient;
import vn.lienthong.registry.ClientId;
import vn.lienthong.registry.LgspClientCredentials;
import vn.lienthong.registry.audit.ExchangeLog;
import vn.lienthong.registry.outbox.InboxDeduplicator;
import vn.lienthong.registry.outbox.Outbox;
import vn.lienthong.registry.outbox.OutboxDispatcher;
import vn.lienthong.registry.portal.PortalSyncClient;
import vn.lienthong.sandbox.Sandbox;
import vn.lienthong.sandbox.lgsp.SandboxLgsp;

/**
 * Storage and dossier services: creates the SDK's tables (outbox, inbox, exchange log, dossier code
 * sequence) with their own idempotent DDL, builds the {@link DossierService} and {@link
 * OfficerAccess} and registers them in the {@link AppContext}, starts the outbox dispatcher that
 * delivers status changes to the portal, and loads demo data at first start.
 *
 * <p>Started once by {@code ReferenceApp}; not thread-safe itself, the services it registers are.
 *
 * @since 0.1.0
 */
public final class DossierModule implements AppModule {

  /** The app's own agency code (dossier codes of communes without one of their own). */
  public static final String AGENCY_CODE = "app.agency-code";

  /** Agency codes of communes, {@code 00004=000.04.01.H26,00008=000.08.01.H26}. */
  public static final String COMMUNE_AGENCIES = "commune.agencies";

  /** The dossier code pattern (sdk-core {@code DossierCodeFormat}). */
  public static final String DOSSIER_CODE_PATTERN = "dossier.code-pattern";

  /** The app's bus client id, {@code INSTANCE/CLASS/MEMBER/SUBSYSTEM}. */
  public static final String BUS_CLIENT = "bus.client";

  /** Base URL of the portal sync services (defaults to the embedded sandbox's portal). */
  public static final String PORTAL_ENDPOINT = "portal.endpoint";

  /** The portal's bus member id. */
  public static final String PORTAL_PROVIDER = "portal.provider";

  /** The LGSP token endpoint (defaults to the sandbox's when the sandbox runs). */
  public static final String LGSP_TOKEN_ENDPOINT = "lgsp.token-endpoint";

  /** The LGSP client id. */
  public static final String LGSP_CLIENT_ID = "lgsp.client-id";

  /** The LGSP client secret. */
  public static final String LGSP_CLIENT_SECRET = "lgsp.client-secret";

  /** Outbox dispatcher worker threads (default 4). */
  public static final String OUTBOX_WORKERS = "outbox.workers";

  static final String DEFAULT_AGENCY = "000.00.01.H22";
  static final String DEFAULT_COMMUNE_AGENCIES = "00004=000.04.01.H26,00008=000.08.01.H26";
  static final String DEFAULT_BUS_CLIENT = "VN-TEST/GOV/000.00.01.H22/mot-cua-xa";
  static final String DEFAULT_PORTAL_PROVIDER = "VN-TEST/GOV/000.00.00.G22/dvcqg-sync";

  private static final SafeLogger LOG = SafeLogger.of(DossierModule.class);

  private @Nullable OutboxDispatcher dispatcher;
  private @Nullable BusClient bus;

  /** Creates the module; {@link #start} does the work. */
  public DossierModule() {}

  @Override
  public String name() {
    return "dossiers";
  }

  @Override
  public void start(AppContext context, AppRoutes routes) {
    AppConfig config = context.config();
    DataSource ds = context.dataSource();
    Clock clock = context.clock();
    Outbox.createSchemaIfMissing(ds);
    InboxDeduplicator.createSchemaIfMissing(ds);
    ExchangeLog.createSchemaIfMissing(ds);
    JdbcDossierSequenceSource sequences =
        JdbcDossierSequenceSource.builder(ds).createTable(true).build();
    DossierCodeFormat format =
        DossierCodeFormat.of(config.get(DOSSIER_CODE_PATTERN, DossierCodeFormat.DEFAULT_PATTERN));
    DossierCodeGenerator codes =
        DossierCodeGenerator.builder()
            .sequenceSource(sequences)
            .format(format)
            .clock(clock)
            .build();
    FileStore files = FileStore.create();
    DossierStore store = DossierStore.create(format, files);
    String busClient = config.get(BUS_CLIENT, DEFAULT_BUS_CLIENT);
    Optional<URI> portalEndpoint =
        config
            .get(PORTAL_ENDPOINT)
            .map(URI::create)
            .or(() -> context.sandbox().map(s -> s.uri("/portal")));
    PortalSyncClient portalClient = null;
    if (portalEndpoint.isPresent()) {
      bus = busClient(config, context.sandbox().orElse(null), busClient);
      portalClient =
          PortalSyncClient.builder()
              .bus(bus)
              .endpoint(portalEndpoint.get())
              .provider(ClientId.parse(config.get(PORTAL_PROVIDER, DEFAULT_PORTAL_PROVIDER)))
              .agency(AgencyCode.parse(config.get(AGENCY_CODE, DEFAULT_AGENCY)))
              .build();
    } else {
      LOG.warn("no portal endpoint: status changes stay in the outbox until one is configured");
    }
    PortalOutbox portal =
        new PortalOutbox(
            portalClient,
            portalEndpoint.map(URI::toString).orElse("unconfigured"),
            busClient,
            ds,
            store,
            AuditStore.create(),
            clock);
    Map<String, AgencyCode> agencies = agencies(config);
    AgencyCode own = AgencyCode.parse(config.get(AGENCY_CODE, DEFAULT_AGENCY));
    DossierService service =
        new DossierService(
            ds,
            clock,
            store,
            files,
            portal,
            codes,
            commune -> agencies.getOrDefault(commune, own),
            () -> context.find(ResultIssuer.class));
    OfficerAccess access = new OfficerAccess(ds, OfficerStore.create(), clock);
    context.register(DossierService.class, service);
    context.register(OfficerAccess.class, access);
    OutboxRoutes routesByType = new OutboxRoutes();
    routesByType.route(PortalOutbox.TYPE, portal);
    context.register(OutboxRoutes.class, routesByType);
    if (bus != null) {
      context.register(BusClient.class, bus);
    }
    if (portalClient != null) {
      dispatcher =
          OutboxDispatcher.builder(ds, routesByType)
              .name("portal")
              .workers(config.getInt(OUTBOX_WORKERS, 4))
              .pollInterval(Duration.ofMillis(100))
              .start();
    }
    if (config.getBoolean(AppConfig.DEMO_DATA, true)
        && Jdbc.inTransaction(ds, "counting dossiers", store::count) == 0) {
      DemoData.load(service, access);
    }
  }

  @Override
  public void close() {
    OutboxDispatcher d = dispatcher;
    if (d != null) {
      d.close();
    }
    BusClient b = bus;
    if (b != null) {
      b.close();
    }
  }

  private static BusClient busClient(AppConfig config, @Nullable Sandbox sandbox, String client) {
    BusClient.Builder b =
        BusClient.builder().client(ClientId.parse(client)).timeout(Duration.ofSeconds(5));
    Optional<String> tokenEndpoint =
        config
            .get(LGSP_TOKEN_ENDPOINT)
            .or(() -> Optional.ofNullable(sandbox).map(s -> s.lgsp().tokenEndpoint().toString()));
    if (tokenEndpoint.isPresent()) {
      boolean demo = config.get(LGSP_TOKEN_ENDPOINT).isEmpty();
      b.authentication(
          LgspClientCredentials.builder()
              .tokenEndpoint(URI.create(tokenEndpoint.get()))
              .clientId(config.get(LGSP_CLIENT_ID, demo ? SandboxLgsp.DEMO_CLIENT_ID : ""))
              .clientSecret(
                  config.get(LGSP_CLIENT_SECRET, demo ? SandboxLgsp.DEMO_CLIENT_SECRET : ""))
              .build());
    }
    return b.build();
  }

  private static Map<String, AgencyCode> agencies(AppConfig config) {
    Map<String, AgencyCode> out = new HashMap<>();
    for (String pair : config.get(COMMUNE_AGENCIES, DEFAULT_COMMUNE_AGENCIES).split(",")) {
      String p = pair.strip();
      if (p.isEmpty()) {
        continue;
      }
      int eq = p.indexOf('=');
      if (eq <= 0) {
        throw new vn.lienthong.core.ConfigurationException(
            vn.lienthong.refapp.RefappErrorCode.INVALID_SETTING,
            vn.lienthong.core.ErrorDetails.field(COMMUNE_AGENCIES)
                .rule("commune=agency pairs separated by commas"),
            null);
      }
      out.put(p.substring(0, eq).strip(), AgencyCode.parse(p.substring(eq + 1).strip()));
    }
    return Map.copyOf(out);
  }
}
