package vn.lienthong.refapp;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.sandbox.Sandbox;

/**
 * What the modules of the reference app share: settings, clock, database, the embedded sandbox when
 * it runs, and a registry of services one module offers to the others (by type).
 *
 * <p>Instances are thread-safe.
 */
public final class AppContext {

  private final AppConfig config;
  private final Clock clock;
  private final DataSource dataSource;
  private final @Nullable Sandbox sandbox;
  private final Map<Class<?>, Object> services = new ConcurrentHashMap<>();
  private volatile String baseUrl = "";

  AppContext(AppConfig config, Clock clock, DataSource dataSource, @Nullable Sandbox sandbox) {
    this.config = config;
    this.clock = clock;
    this.dataSource = dataSource;
    this.sandbox = sandbox;
  }

  /**
   * Returns the settings.
   *
   * @return the settings
   */
  public AppConfig config() {
    return config;
  }

  /**
   * Returns the clock every module uses (tests may fix it).
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * Returns the database (migrated by Flyway before any module starts).
   *
   * @return the data source
   */
  public DataSource dataSource() {
    return dataSource;
  }

  /**
   * Returns the embedded sandbox, when the app runs with one.
   *
   * @return the sandbox, or empty when the app talks to real endpoints
   */
  public Optional<Sandbox> sandbox() {
    return Optional.ofNullable(sandbox);
  }

  /**
   * Returns the app's public base URL, without a trailing slash (known once the server listens).
   *
   * @return the base URL, e.g. {@code http://localhost:8080}
   */
  public String baseUrl() {
    return baseUrl;
  }

  void baseUrl(String url) {
    this.baseUrl = url;
  }

  /**
   * Offers a service to the modules started later.
   *
   * @param <T> the service type
   * @param type the type others look it up by
   * @param service the service
   * @throws IllegalStateException if a service of that type is already registered
   */
  public <T> void register(Class<T> type, T service) {
    if (services.putIfAbsent(type, service) != null) {
      throw new IllegalStateException("a " + type.getSimpleName() + " is already registered");
    }
  }

  /**
   * Returns a service offered by an earlier module.
   *
   * @param <T> the service type
   * @param type the type
   * @return the service, if registered
   */
  public <T> Optional<T> find(Class<T> type) {
    return Optional.ofNullable(type.cast(services.get(type)));
  }

  /**
   * Returns a service offered by an earlier module.
   *
   * @param <T> the service type
   * @param type the type
   * @return the service
   * @throws ConfigurationException if no module registered it
   */
  public <T> T require(Class<T> type) {
    return find(type)
        .orElseThrow(
            () ->
                new ConfigurationException(
                    RefappErrorCode.INVALID_SETTING,
                    ErrorDetails.field(type.getSimpleName()).rule("a module must provide it"),
                    null));
  }
}
