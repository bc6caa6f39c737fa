package vn.lienthong.registry;

import java.net.URI;

/** Tells loopback addresses, where plain http is allowed for tests and local gateways. */
final class Loopback {

  private Loopback() {}

  static boolean is(URI uri) {
    String host = uri.getHost();
    return host != null
        && (host.equals("localhost")
            || host.startsWith("127.")
            || host.equals("[::1]")
            || host.equals("::1"));
  }
}
