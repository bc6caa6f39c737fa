package vn.lienthong.identity.internal;

import java.net.URI;
import java.util.Locale;

/** Checks that endpoints use HTTPS, allowing plain HTTP only on loopback (tests, the sandbox). */
public final class Endpoints {

  private Endpoints() {}

  /**
   * Checks one endpoint.
   *
   * @param uri the endpoint
   * @param name its name for errors
   * @throws IllegalArgumentException if it is neither HTTPS nor loopback HTTP
   */
  public static void requireSecure(URI uri, String name) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    if (scheme.equals("https") && !host.isEmpty()) {
      return;
    }
    if (scheme.equals("http") && isLoopback(host)) {
      return;
    }
    throw new IllegalArgumentException(name + " must be https (plain http only on loopback)");
  }

  private static boolean isLoopback(String host) {
    return host.equals("localhost")
        || host.startsWith("127.")
        || host.equals("[::1]")
        || host.equals("::1");
  }
}
