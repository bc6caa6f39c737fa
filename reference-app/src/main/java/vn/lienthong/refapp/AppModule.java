package vn.lienthong.refapp;

import java.time.Clock;

/**
 * One part of the reference app (storage and services, documents, the Commune API, the web pages):
 * it registers its services in the {@link AppContext} and its servlets and resources in the {@link
 * AppRoutes}. {@link ReferenceApp} prepares the modules in parallel on background threads, starts
 * them in a fixed order and closes them in reverse.
 */
public interface AppModule extends AutoCloseable {

  /**
   * A short name for logs.
   *
   * @return the name
   */
  String name();

  /**
   * Does the work that needs only the settings (loading keys, fonts, compiling schemas), so that
   * {@link ReferenceApp} can run it on a background thread while the database and the embedded
   * sandbox start; {@link #start} is called after this returned, on another thread. The default
   * does nothing; a module started without it (tests, embedders) must do the same work in {@link
   * #start}.
   *
   * @param config the settings
   * @param clock the clock all modules use
   * @throws vn.lienthong.core.LienThongException if the module cannot start
   * @since 0.1.0
   */
  default void prepare(AppConfig config, Clock clock) {}

  /**
   * Starts the module: registers services (possibly using those of earlier modules) and routes.
   *
   * @param context the shared services and settings
   * @param routes where to mount servlets, filters and JAX-RS resources
   * @throws vn.lienthong.core.LienThongException if the module cannot start
   */
  void start(AppContext context, AppRoutes routes);

  /** Releases the module's threads and resources; the default does nothing. */
  @Override
  default void close() {}
}
