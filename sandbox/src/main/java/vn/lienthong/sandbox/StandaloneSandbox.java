package vn.lienthong.sandbox;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import vn.lienthong.core.LienThongException;
import vn.lienthong.sandbox.identity.DemoClient;
import vn.lienthong.sandbox.identity.IdentityIssuer;

/**
 * The standalone sandbox: {@code java -jar sandbox-<version>-standalone.jar [--port 8090]} starts
 * every service on 127.0.0.1 and prints the endpoints until stopped with Ctrl+C.
 *
 * <p>Thread-safe: it only starts one {@link Sandbox}.
 *
 * <pre>{@code
 * java -jar sandbox/target/sandbox-0.1.0-SNAPSHOT-standalone.jar --port 8090
 * }</pre>
 *
 * @since 0.1.0
 */
public final class StandaloneSandbox {

  /** The port used when none is given. */
  public static final int DEFAULT_PORT = 8090;

  private StandaloneSandbox() {}

  /**
   * Starts the sandbox and waits until the JVM is stopped.
   *
   * @param args {@code --port <n>} (0 for a random free port) or {@code --help}
   * @throws InterruptedException if interrupted while waiting
   * @since 0.1.0
   */
  public static void main(String[] args) throws InterruptedException {
    PrintStream out = System.out;
    int port = DEFAULT_PORT;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port" -> {
          if (i + 1 >= args.length) {
            usage(out);
            System.exit(2);
          }
          try {
            port = Integer.parseInt(args[++i]);
          } catch (NumberFormatException e) {
            usage(out);
            System.exit(2);
          }
        }
        case "--help", "-h" -> {
          usage(out);
          return;
        }
        default -> {
          usage(out);
          System.exit(2);
        }
      }
    }
    Sandbox sandbox;
    try {
      sandbox = Sandbox.builder().port(port).build().start();
    } catch (LienThongException | IllegalArgumentException e) {
      System.err.println("LienThong sandbox could not start: " + e.getMessage());
      System.exit(1);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  sandbox.close();
                  stopped.countDown();
                },
                "lienthong-sandbox-shutdown"));
    describe(sandbox, out);
    stopped.await();
  }

  static void describe(Sandbox sandbox, PrintStream out) {
    out.println("LienThong sandbox (test data only) on " + sandbox.baseUri());
    for (Map.Entry<String, String> s : sandbox.services().entrySet()) {
      out.printf("  %-40s %s%n", sandbox.uri(s.getKey()), s.getValue());
    }
    out.println("OpenID discovery:");
    for (IdentityIssuer i : IdentityIssuer.values()) {
      out.println("  " + sandbox.identity().issuer(i) + "/.well-known/openid-configuration");
    }
    out.println(
        "Demo client: "
            + DemoClient.CLIENT_ID
            + " (test keys: "
            + DemoClient.PRIVATE_JWKS_RESOURCE
            + ", redirect "
            + DemoClient.REDIRECT_URIS.get(0)
            + ")");
    out.println("Personas: docs/sandbox.md; automation header X-Sandbox-Persona. Ctrl+C stops.");
  }

  private static void usage(PrintStream out) {
    out.println(
        "usage: java -jar sandbox-standalone.jar [--port <port>]   (default "
            + DEFAULT_PORT
            + ", 0 = random)");
  }
}
