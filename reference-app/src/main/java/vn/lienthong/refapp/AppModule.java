package vn.lienthong.refapp;

/**
 * One part of the reference app (storage and services, documents, the Commune API, the web pages):
 * it registers its services in the {@link AppContext} and its servlets and resources in the {@link
 * AppRoutes}. {@link ReferenceApp} starts the modules in a fixed order and closes them in reverse.
 */
public interface AppModule extends AutoCloseable {

  /**
   * A short name for logs.
   *
   * @return the name
   */
  String name();

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
