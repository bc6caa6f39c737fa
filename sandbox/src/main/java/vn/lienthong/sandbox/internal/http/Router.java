package vn.lienthong.sandbox.internal.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.LienThongException;
import vn.lienthong.core.privacy.SafeLogger;
import vn.lienthong.sandbox.SandboxErrorCode;
import vn.lienthong.sandbox.internal.SandboxService;

/**
 * The one JDK handler of the sandbox server: checks the request caps, hands the request to the
 * service whose prefix matches longest, and turns failures into RFC 9457 problems (or the reply a
 * {@link ReplyException} carries). Thread-safe: the service list is fixed at construction.
 */
public final class Router implements HttpHandler {

  private static final SafeLogger LOG = SafeLogger.of(Router.class);

  private final URI baseUri;
  private final List<SandboxService> services;

  /**
   * Creates the router.
   *
   * @param baseUri the server's base URI
   * @param services the mounted services; prefixes must be distinct
   * @throws IllegalArgumentException if two services share a prefix or a prefix is malformed
   */
  public Router(URI baseUri, List<SandboxService> services) {
    this.baseUri = baseUri;
    List<SandboxService> sorted = new ArrayList<>(services);
    sorted.sort(Comparator.comparingInt((SandboxService s) -> s.prefix().length()).reversed());
    for (int i = 0; i < sorted.size(); i++) {
      String p = sorted.get(i).prefix();
      if (!p.startsWith("/") || p.endsWith("/") || p.length() < 2) {
        throw new IllegalArgumentException("service prefix must start and not end with /: " + p);
      }
      for (int j = 0; j < i; j++) {
        if (sorted.get(j).prefix().equals(p)) {
          throw new IllegalArgumentException("two services share prefix " + p);
        }
      }
    }
    this.services = List.copyOf(sorted);
  }

  /**
   * Returns the mounted services, longest prefix first.
   *
   * @return the services
   */
  public List<SandboxService> services() {
    return services;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    HttpReply reply;
    Locale locale = Locale.forLanguageTag("vi");
    try {
      checkHeaders(exchange);
      String path = exchange.getRequestURI().getRawPath();
      SandboxService service = route(path == null ? "" : path);
      HttpCall call = new HttpCall(exchange, baseUri, service.prefix());
      locale = call.locale();
      reply = service.handle(call);
    } catch (ReplyException e) {
      reply = e.reply();
    } catch (LienThongException e) {
      reply = HttpReply.problem(e, locale);
    } catch (RuntimeException e) {
      LOG.error("sandbox request failed: {} {}", exchange.getRequestMethod(), e.toString(), e);
      reply =
          HttpReply.problem(
              new LienThongException(
                  SandboxErrorCode.INTERNAL_ERROR,
                  ErrorDetails.none().with("reason", e.getClass().getSimpleName())),
              locale);
    }
    send(exchange, reply);
  }

  private SandboxService route(String path) {
    for (SandboxService s : services) {
      String p = s.prefix();
      if (path.equals(p) || path.startsWith(p + "/")) {
        return s;
      }
    }
    throw new InvalidInputException(
        SandboxErrorCode.NOT_FOUND, ErrorDetails.field("path").rule("route").rejectedValue(path));
  }

  private static void checkHeaders(HttpExchange exchange) {
    String target = exchange.getRequestURI().toString();
    if (target.length() > HttpLimits.MAX_TARGET_CHARS) {
      throw new InvalidInputException(
          SandboxErrorCode.TARGET_TOO_LONG,
          ErrorDetails.field("target")
              .rule("max-chars")
              .with("size", target.length())
              .with("max", HttpLimits.MAX_TARGET_CHARS));
    }
    int count = 0;
    long chars = 0;
    for (Map.Entry<String, List<String>> e : exchange.getRequestHeaders().entrySet()) {
      for (String v : e.getValue()) {
        count++;
        chars += e.getKey().length() + (v == null ? 0 : v.length());
      }
    }
    if (count > HttpLimits.MAX_HEADERS || chars > HttpLimits.MAX_HEADER_CHARS) {
      throw new InvalidInputException(
          SandboxErrorCode.HEADERS_TOO_LARGE,
          ErrorDetails.field("headers")
              .rule("max-size")
              .with("size", chars)
              .with("count", count)
              .with("max", HttpLimits.MAX_HEADER_CHARS));
    }
  }

  private static final int PACE_PIECES = 10;

  private static void writeSlowly(OutputStream out, byte[] body, long millis) throws IOException {
    int piece = Math.max(1, (body.length + PACE_PIECES - 1) / PACE_PIECES);
    for (int off = 0; off < body.length; off += piece) {
      out.write(body, off, Math.min(piece, body.length - off));
      out.flush();
      try {
        Thread.sleep(millis / PACE_PIECES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while pacing", e);
      }
    }
  }

  static void send(HttpExchange exchange, HttpReply reply) throws IOException {
    try (exchange) {
      var h = exchange.getResponseHeaders();
      h.set("Cache-Control", "no-store");
      h.set("X-Content-Type-Options", "nosniff");
      String pace = reply.headers().get(HttpReply.PACE_HEADER);
      reply
          .headers()
          .forEach(
              (k, v) -> {
                if (!k.equals(HttpReply.PACE_HEADER)) {
                  h.set(k, v);
                }
              });
      byte[] body = reply.body();
      boolean head = "HEAD".equalsIgnoreCase(exchange.getRequestMethod());
      exchange.sendResponseHeaders(reply.status(), body.length == 0 || head ? -1 : body.length);
      if (body.length > 0 && !head) {
        try (OutputStream out = exchange.getResponseBody()) {
          if (pace == null) {
            out.write(body);
          } else {
            writeSlowly(out, body, Long.parseLong(pace));
          }
        }
      }
    }
  }
}
