package vn.lienthong.refapp;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.cxf.jaxrs.servlet.CXFNonSpringJaxrsServlet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.privacy.SafeLogger;
import vn.lienthong.refapp.api.CommuneApiModule;
import vn.lienthong.refapp.documents.DocumentsModule;
import vn.lienthong.refapp.exchange.ExchangeModule;
import vn.lienthong.refapp.service.DossierModule;
import vn.lienthong.refapp.web.WebModule;
import vn.lienthong.sandbox.Sandbox;

/**
 * The reference commune one-stop shop: starts the embedded sandbox (unless configured off), opens
 * and migrates the database, starts the modules and serves them on embedded Jetty.
 *
 * <pre>{@code
 * try (ReferenceApp app = ReferenceApp.start(AppConfig.load())) {
 *   System.out.println(app.baseUrl());
 * }
 * }</pre>
 *
 * <p>Instances are thread-safe; {@link #close()} stops everything.
 */
public final class ReferenceApp implements AutoCloseable {

  private static final SafeLogger LOG = SafeLogger.of(ReferenceApp.class);

  private final AppContext context;
  private final Server server;
  private final List<AppModule> modules;
  private final @Nullable Sandbox sandbox;

  private ReferenceApp(
      AppContext context, Server server, List<AppModule> modules, @Nullable Sandbox sandbox) {
    this.context = context;
    this.server = server;
    this.modules = modules;
    this.sandbox = sandbox;
  }

  /**
   * Runs the app until the process is stopped.
   *
   * @param args {@code --config <file>} and {@code --<setting>=<value>} overrides
   */
  public static void main(String[] args) {
    ReferenceApp app = start(AppConfig.load(args));
    Runtime.getRuntime().addShutdownHook(new Thread(app::close, "lienthong-shutdown"));
  }

  /**
   * Starts the app with the system clock.
   *
   * @param config the settings
   * @return the running app
   * @throws vn.lienthong.core.LienThongException if it cannot start
   */
  public static ReferenceApp start(AppConfig config) {
    return start(config, Clock.systemDefaultZone());
  }

  /**
   * Starts the app.
   *
   * @param config the settings
   * @param clock the clock all modules use
   * @return the running app
   * @throws vn.lienthong.core.LienThongException if it cannot start
   */
  public static ReferenceApp start(AppConfig config, Clock clock) {
    long started = System.nanoTime();
    Sandbox sandbox = null;
    List<AppModule> modules = new ArrayList<>();
    try {
      Files.createDirectories(config.dataDir());
      if (config.getBoolean(AppConfig.SANDBOX_ENABLED, true)) {
        sandbox =
            Sandbox.builder()
                .port(config.getInt(AppConfig.SANDBOX_PORT, 0))
                .clock(clock)
                .build()
                .start();
      }
      DataSource dataSource = Database.open(config);
      AppContext context = new AppContext(config, clock, dataSource, sandbox);

      Server server = new Server();
      ServerConnector connector = new ServerConnector(server);
      connector.setHost(config.require(AppConfig.HTTP_HOST));
      connector.setPort(config.getInt(AppConfig.HTTP_PORT, 8080));
      server.addConnector(connector);
      ServletContextHandler web = new ServletContextHandler("/");
      server.setHandler(web);
      Set<Object> jaxrs = new LinkedHashSet<>();
      AppRoutes routes = routes(web, jaxrs);

      // Order matters: later modules use the services of earlier ones.
      for (AppModule module :
          List.of(
              new DossierModule(),
              new DocumentsModule(),
              new ExchangeModule(),
              new CommuneApiModule(),
              new WebModule())) {
        modules.add(module);
        module.start(context, routes);
      }
      web.addServlet(
          new ServletHolder("api", new CXFNonSpringJaxrsServlet(Set.copyOf(jaxrs))), "/api/*");
      try {
        server.start();
      } catch (Exception e) {
        throw new ConfigurationException(
            RefappErrorCode.SERVER_START_FAILED,
            ErrorDetails.field(String.valueOf(connector.getPort())),
            e);
      }
      String base =
          config.get(AppConfig.PUBLIC_BASE_URL, "http://localhost:" + connector.getLocalPort());
      context.baseUrl(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
      ReferenceApp app = new ReferenceApp(context, server, List.copyOf(modules), sandbox);
      app.logEndpoints(Duration.ofNanos(System.nanoTime() - started));
      return app;
    } catch (java.io.IOException e) {
      closeAll(modules, sandbox);
      throw new ConfigurationException(
          RefappErrorCode.INVALID_SETTING,
          ErrorDetails.field(AppConfig.DATA_DIR).rule("a writable directory"),
          e);
    } catch (RuntimeException e) {
      closeAll(modules, sandbox);
      throw e;
    }
  }

  /**
   * Returns the base URL the app serves, e.g. {@code http://localhost:8080}.
   *
   * @return the base URL, without a trailing slash
   */
  public String baseUrl() {
    return context.baseUrl();
  }

  /**
   * Returns the shared context (settings, database, services), for tests and embedding.
   *
   * @return the context
   */
  public AppContext context() {
    return context;
  }

  /** Stops the server, the modules and the embedded sandbox. */
  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      LOG.warn("stopping the web server failed: {}", e.toString());
    }
    closeAll(modules, sandbox);
    if (context.dataSource() instanceof AutoCloseable pool) {
      try {
        pool.close();
      } catch (Exception e) {
        LOG.warn("closing the database pool failed: {}", e.toString());
      }
    }
  }

  private void logEndpoints(Duration startup) {
    LOG.info(
        "LienThong reference app listening on {} (started in {} ms)",
        baseUrl(),
        startup.toMillis());
    if (sandbox != null) {
      LOG.info(
          "national services are SANDBOX simulators at {} (not real endpoints)", sandbox.baseUri());
    }
    LOG.info(
        "database: {}",
        context.config().get(AppConfig.DB_URL, "embedded H2 under " + context.config().dataDir()));
  }

  private static void closeAll(List<AppModule> modules, @Nullable Sandbox sandbox) {
    for (int i = modules.size() - 1; i >= 0; i--) {
      try {
        modules.get(i).close();
      } catch (RuntimeException e) {
        LOG.warn("closing module {} failed: {}", modules.get(i).name(), e.toString());
      }
    }
    if (sandbox != null) {
      sandbox.close();
    }
  }

  private static AppRoutes routes(ServletContextHandler web, Set<Object> jaxrs) {
    return new AppRoutes() {
      @Override
      public void servlet(String pathSpec, HttpServlet servlet) {
        web.addServlet(new ServletHolder(servlet), pathSpec);
      }

      @Override
      public void filter(String pathSpec, Filter filter) {
        web.addFilter(new FilterHolder(filter), pathSpec, EnumSet.of(DispatcherType.REQUEST));
      }

      @Override
      public void jaxrs(Object resourceOrProvider) {
        jaxrs.add(resourceOrProvider);
      }
    };
  }
}
