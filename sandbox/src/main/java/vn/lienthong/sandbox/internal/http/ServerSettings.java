package vn.lienthong.sandbox.internal.http;

/**
 * JVM settings of the JDK HTTP server the sandbox needs, applied once before the first server is
 * created.
 *
 * <p>The JDK server writes a response's headers and body in two writes; with Nagle's algorithm on
 * (its default, {@code sun.net.httpserver.nodelay=false}) every response on a keep-alive connection
 * then waits for the client's delayed ACK, about 40 ms on Linux: measured here, 51 ms per discovery
 * request against 4 ms with {@code TCP_NODELAY}. The property is read once per JVM by the JDK, so
 * it is set only if nobody set it and no server was created before.
 */
public final class ServerSettings {

  private static final String NO_DELAY = "sun.net.httpserver.nodelay";

  private ServerSettings() {}

  /** Turns {@code TCP_NODELAY} on for JDK HTTP servers unless the property is already set. */
  public static synchronized void apply() {
    if (System.getProperty(NO_DELAY) == null) {
      System.setProperty(NO_DELAY, "true");
    }
  }
}
