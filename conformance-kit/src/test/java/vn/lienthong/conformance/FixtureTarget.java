package vn.lienthong.conformance;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Small deliberately broken systems under test on loopback (JDK HttpServer): a good one, one whose
 * problem details lack codes, one whose public look-up leaks a personal id. Each has the two
 * endpoints the generic checks probe: {@code POST /api/dossiers} (rejects malformed JSON) and
 * {@code GET /public/dossiers/H12.34-250701-0001} (the public look-up).
 */
public final class FixtureTarget implements AutoCloseable {

  /** The faults a fixture can have. */
  public enum Fault {
    /** None: a conforming system. */
    NONE,
    /** Problem details without {@code code}. */
    PROBLEM_WITHOUT_CODE,
    /** The public look-up shows the applicant's personal id. */
    LEAKS_PERSONAL_ID,
    /** The public look-up shows the applicant's full name. */
    SHOWS_FULL_NAME,
    /** Error answers repeat the request body, personal data included. */
    ECHOES_INPUT,
    /** A hostile target: its answers carry markup and control characters. */
    HOSTILE
  }

  public static final String INVALID_INPUT_PATH = "/api/dossiers";
  public static final String LOOKUP_PATH = "/public/dossiers/H12.34-250701-0001";
  public static final String LEAKED_ID = "001090123456";
  public static final String APPLICANT = "Nguyễn Văn An";

  private final HttpServer server;

  private FixtureTarget(Fault fault) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(INVALID_INPUT_PATH, x -> invalidInput(x, fault));
    server.createContext("/public/dossiers/", x -> lookup(x, fault));
    server.start();
  }

  public static FixtureTarget start(Fault fault) throws IOException {
    return new FixtureTarget(fault);
  }

  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private static void invalidInput(HttpExchange x, Fault fault) throws IOException {
    String request = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String body =
        switch (fault) {
          case ECHOES_INPUT ->
              "{\"status\":400,\"code\":\"LT-APP-0001\",\"detail\":\"cannot parse "
                  + request.replace("\"", "'")
                  + "\"}";
          case PROBLEM_WITHOUT_CODE ->
              "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400}";
          case HOSTILE ->
              "{\"title\":\"<script>alert('x')</script>\",\"status\":400,\"\\u0001\":1}";
          default ->
              "{\"type\":\"https://lienthong.vn/problems/LT-APP-0001\",\"title\":\"Dữ liệu không"
                  + " hợp lệ\",\"status\":400,\"code\":\"LT-APP-0001\"}";
        };
    send(
        x,
        400,
        fault == Fault.HOSTILE
            ? "text/html\"><script>alert(1)</script>"
            : "application/problem+json",
        body);
  }

  private static void lookup(HttpExchange x, Fault fault) throws IOException {
    String id = fault == Fault.LEAKS_PERSONAL_ID ? ",\"soDinhDanh\":\"" + LEAKED_ID + "\"" : "";
    send(
        x,
        200,
        "application/json",
        "{\"maHoSo\":\"H12.34-250701-0001\",\"trangThai\":4,\"nguoiNop\":\""
            + (fault == Fault.SHOWS_FULL_NAME ? "NGUYỄN VĂN AN" : "Nguyễn V. A.")
            + "\""
            + id
            + "}");
  }

  private static void send(HttpExchange x, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().set("Content-Type", type);
    x.sendResponseHeaders(status, bytes.length);
    x.getResponseBody().write(bytes);
    x.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
