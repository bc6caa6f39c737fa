package vn.lienthong.refapp;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import java.nio.file.Files;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Future;
import javax.net.ssl.SSLContext;
import javax.sql.DataSource;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
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
 * and migrates the database and prepares the modules on background threads in parallel, then starts
 * the modules in order and serves them on embedded Jetty. The port opens only when every module has
 * started, so the first page answered is a real one; the log line "started in N ms" names the
 * slowest start-up steps (each step's time at DEBUG, logger {@code
 * vn.lienthong.refapp.StartupTimeline}).
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
    StartupTimeline timeline = StartupTimeline.start();
    // Order matters: later modules use the services of earlier ones.
    List<AppModule> all =
        List.of(
            new DossierModule(),
            new DocumentsModule(),
            new ExchangeModule(),
            new CommuneApiModule(),
            new WebModule());
    StartupTasks tasks = new StartupTasks(timeline);
    try {
      try {
        Files.createDirectories(config.dataDir());
      } catch (java.io.IOException e) {
        throw new ConfigurationException(
            RefappErrorCode.INVALID_SETTING,
            ErrorDetails.field(AppConfig.DATA_DIR).rule("a writable directory"),
            e);
      }
      // The slow independent steps run on background threads; the main thread builds the server.
      Future<Optional<Sandbox>> sandboxStep =
          tasks.submit(
              "sandbox",
              () ->
                  config.getBoolean(AppConfig.SANDBOX_ENABLED, true)
                      ? Optional.of(sandbox(config, clock))
                      : Optional.<Sandbox>empty(),
              started -> started.ifPresent(Sandbox::close));
      Future<DataSource> databaseStep =
          tasks.submit("database", () -> Database.open(config), ReferenceApp::closeDataSource);
      List<Future<?>> prepared = new ArrayList<>();
      for (AppModule module : all) {
        prepared.add(tasks.submit("prepare " + module.name(), () -> module.prepare(config, clock)));
      }
      tasks.submit("tls context", ReferenceApp::warmTls);
      Future<Bus> busStep =
          tasks.submit(
              "api bus", () -> BusFactory.newInstance().createBus(), b -> b.shutdown(false));

      long setup = System.nanoTime();
      Server server = new Server();
      ServerConnector connector = new ServerConnector(server);
      connector.setHost(config.require(AppConfig.HTTP_HOST));
      connector.setPort(config.getInt(AppConfig.HTTP_PORT, 8080));
      server.addConnector(connector);
      ServletContextHandler web = new ServletContextHandler("/");
      server.setHandler(web);
      Set<Object> jaxrs = new LinkedHashSet<>();
      AppRoutes routes = routes(web, jaxrs);
      timeline.record("web server setup", setup, System.nanoTime());

      Sandbox sandbox = tasks.join("sandbox", sandboxStep).orElse(null);
      DataSource dataSource = tasks.join("database", databaseStep);
      AppContext context = new AppContext(config, clock, dataSource, sandbox);
      for (int i = 0; i < all.size(); i++) {
        AppModule module = all.get(i);
        tasks.join("prepare " + module.name(), prepared.get(i));
        timeline.run("module " + module.name(), () -> module.start(context, routes));
      }
      CXFNonSpringJaxrsServlet api = new CXFNonSpringJaxrsServlet(Set.copyOf(jaxrs));
      api.setBus(tasks.join("api bus", busStep));
      web.addServlet(new ServletHolder("api", api), "/api/*");
      try {
        long t0 = System.nanoTime();
        server.start();
        timeline.record("web server", t0, System.nanoTime());
      } catch (Exception e) {
        throw new ConfigurationException(
            RefappErrorCode.SERVER_START_FAILED,
            ErrorDetails.field(String.valueOf(connector.getPort())),
            e);
      }
      String base =
          config.get(AppConfig.PUBLIC_BASE_URL, "http://localhost:" + connector.getLocalPort());
      context.baseUrl(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
      ReferenceApp app = new ReferenceApp(context, server, all, sandbox);
      tasks.keepResults();
      timeline.log(app.baseUrl());
      app.logEndpoints();
      return app;
    } catch (RuntimeException | Error e) {
      // Every module, also those only prepared: a prepared module may hold keys.
      tasks.awaitSteps();
      closeAll(all, null);
      throw e;
    } finally {
      // Waits for background steps still running; after a failure, closes what they started.
      tasks.close();
    }
  }

  /**
   * Builds the JVM's default TLS context (cached for the JVM; every bus and registry client's HTTP
   * client needs it), off the main thread.
   */
  private static void warmTls() {
    try {
      SSLContext.getDefault();
    } catch (NoSuchAlgorithmException e) {
      LOG.debug("no default TLS context yet: {}", e.toString());
    }
  }

  private static Sandbox sandbox(AppConfig config, Clock clock) {
    return Sandbox.builder()
        .port(config.getInt(AppConfig.SANDBOX_PORT, 0))
        .clock(clock)
        .build()
        .start();
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
    closeDataSource(context.dataSource());
  }

  private static void closeDataSource(DataSource dataSource) {
    if (dataSource instanceof AutoCloseable pool) {
      try {
        pool.close();
      } catch (Exception e) {
        LOG.warn("closing the database pool failed: {}", e.toString());
      }
    }
  }

  private void logEndpoints() {
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
