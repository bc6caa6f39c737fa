package vn.lienthong.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import vn.lienthong.sandbox.Sandbox;

/**
 * A minimal commune system on loopback (JDK HttpServer) implementing the Commune API contract just
 * enough for the kit's scenario, with one deliberate fault at a time: a wrong status sequence
 * (accepting jumps 1 to 4), a duplicate dossier on redelivery (no idempotency), or a portal-sync
 * fault ({@link FixturePortal}) when started with a sandbox.
 */
public final class CommuneFixture implements AutoCloseable {

  /** The faults. */
  public enum Fault {
    /** A conforming system. */
    NONE,
    /** Accepting moves the dossier from 1 straight to 4 (processing), skipping 2. */
    WRONG_STATUS_SEQUENCE,
    /** Every delivery makes a new dossier, even the same key or message again. */
    DUPLICATE_ON_REDELIVERY,
    /** The due date counts calendar days, not working days. */
    CALENDAR_DAYS,
    /** No test driver (404), as a production system. */
    NO_TEST_DRIVER,
    /** Portal sync: the change from accepted (2) to in progress (4) is never sent. */
    MISSING_UPDATE,
    /** Portal sync: dates in UTC instead of Viet Nam time. */
    UTC_DATES,
    /** Portal sync: the acceptance (2) is sent late, after the next step's update. */
    OUT_OF_ORDER,
    /** Portal sync: every retry goes under a new message id. */
    RETRY_NEW_ID,
    /** Portal sync: an update the portal answers 503 is given up, not kept for later. */
    LOSES_IN_OUTAGE,
    /** An officer of another commune reads and acts on the dossiers of every commune. */
    OFFICER_OUTSIDE_JURISDICTION,
    /** Document exchange: the edXML package is sent without a signature. */
    UNSIGNED_EDXML,
    /** Document exchange: the edXML package is signed with RSA-SHA1 and a SHA-1 digest. */
    SHA1_EDXML,
    /** Document exchange: statuses answered out of order (03, 01, 06, 04). */
    STATUSES_OUT_OF_ORDER,
    /** The exchange-log evidence has an entry edited after it was chained. */
    BROKEN_EXCHANGE_LOG
  }

  static final String TOKEN = "fixture-portal-token";

  /** The bearer token of an officer of commune 00008, who is outside the dossiers' commune. */
  static final String FOREIGN_OFFICER_TOKEN = "fixture-officer-00008-token";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ZoneOffset VN = ZoneOffset.ofHours(7);

  private final HttpServer server;
  private final Fault fault;
  private final AtomicInteger seq = new AtomicInteger();
  private final Map<String, String> byKey = new ConcurrentHashMap<>();
  private final Map<String, ObjectNode> dossiers = new ConcurrentHashMap<>();
  private final Map<String, List<String>> audit = new ConcurrentHashMap<>();
  private final @org.jspecify.annotations.Nullable FixturePortal portal;
  private final @org.jspecify.annotations.Nullable FixtureExchange exchange;

  private CommuneFixture(Fault fault, @org.jspecify.annotations.Nullable Sandbox sandbox)
      throws IOException {
    this.fault = fault;
    this.portal = sandbox == null ? null : new FixturePortal(sandbox, fault);
    try {
      this.exchange = sandbox == null ? null : new FixtureExchange(sandbox, fault);
    } catch (Exception e) {
      throw new IOException(e);
    }
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/api/commune/v1/dossiers", this::dossiers);
    server.createContext("/api/test-driver/dossiers/", this::drive);
    server.createContext("/api/commune/v1/inbox", this::inbox);
    server.createContext("/api/test-driver/exchange/inbox", this::exchangeInbox);
    server.start();
  }

  public static CommuneFixture start(Fault fault) throws IOException {
    return new CommuneFixture(fault, null);
  }

  /** Starts a fixture that syncs its dossiers to the sandbox's portal. */
  public static CommuneFixture start(Fault fault, Sandbox sandbox) throws IOException {
    return new CommuneFixture(fault, sandbox);
  }

  /** The base URL to give the kit as target. */
  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api");
  }

  /** How many dossiers were made. */
  public int dossierCount() {
    return dossiers.size();
  }

  @Override
  public void close() {
    server.stop(0);
    if (portal != null) {
      portal.close();
    }
    if (exchange != null) {
      exchange.close();
    }
  }

  private void exchangeInbox(HttpExchange x) throws IOException {
    if (exchange == null) {
      x.sendResponseHeaders(404, -1);
      x.close();
      return;
    }
    try {
      send(x, 200, exchange.inbox());
    } catch (Exception e) {
      problem(x, 503, "LT-APP-0702");
    }
  }

  private static String now() {
    return OffsetDateTime.now(VN).truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private synchronized void dossiers(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getPath().substring("/api/commune/v1/dossiers".length());
    boolean foreignOfficer =
        ("Bearer " + FOREIGN_OFFICER_TOKEN).equals(x.getRequestHeaders().getFirst("Authorization"));
    if (foreignOfficer && fault != Fault.OFFICER_OUTSIDE_JURISDICTION) {
      problem(x, 403, "LT-APP-0104");
      return;
    }
    if (foreignOfficer && path.endsWith("/actions")) {
      ObjectNode d = dossiers.get(path.substring(1, path.length() - "/actions".length()));
      send(x, 200, d == null ? JSON.createObjectNode() : d);
      return;
    }
    if (!foreignOfficer
        && !("Bearer " + TOKEN).equals(x.getRequestHeaders().getFirst("Authorization"))) {
      problem(x, 401, "LT-APP-0107");
      return;
    }
    JsonNode body = x.getRequestMethod().equals("POST") ? JSON.readTree(x.getRequestBody()) : null;
    if (path.isEmpty() && body != null) {
      receive(x, body);
      return;
    }
    String[] parts = path.substring(1).split("/");
    ObjectNode d = dossiers.get(parts[0]);
    if (d == null) {
      problem(x, 404, "LT-APP-0103");
      return;
    }
    if (parts.length == 1) {
      send(x, 200, d);
    } else if (parts[1].equals("supplements") && body != null) {
      ArrayNode requests = (ArrayNode) d.get("supplementRequests");
      ObjectNode last = (ObjectNode) requests.get(requests.size() - 1);
      last.put("open", false).put("answeredAt", now());
      move(d, 4, "portal");
      send(x, 200, d);
    } else if (parts[1].equals("result")) {
      byte[] pdf =
          "%PDF-1.7\n1 0 obj <</Type/Sig/ByteRange [0 10 20 30]/Contents <00>>> endobj\n%%EOF\n"
              .getBytes(StandardCharsets.US_ASCII);
      ObjectNode r = JSON.createObjectNode();
      r.put("dossierCode", parts[0]).put("title", "Giấy khai sinh").put("issuedAt", now());
      r.set("file", file(pdf));
      r.put("contentBase64", Base64.getEncoder().encodeToString(pdf));
      send(x, 200, r);
    } else if (parts[1].equals("exchange-log") && exchange != null) {
      send(x, 200, exchange.evidence(parts[0]));
    } else if (parts[1].equals("audit")) {
      ObjectNode a = JSON.createObjectNode();
      a.put("dossierCode", parts[0]).put("intact", true);
      ArrayNode events = a.putArray("events");
      String previous = "0".repeat(64);
      int i = 0;
      for (String e : audit.get(parts[0])) {
        String hash = sha256((previous + e).getBytes(StandardCharsets.UTF_8));
        events
            .addObject()
            .put("seq", i++)
            .put("at", now())
            .put("actor", "fixture")
            .put("type", "status")
            .put("detail", e)
            .put("previousHash", previous)
            .put("hash", hash);
        previous = hash;
      }
      send(x, 200, a);
    } else {
      problem(x, 404, "LT-APP-0103");
    }
  }

  private synchronized void inbox(HttpExchange x) throws IOException {
    if (!("Bearer " + FOREIGN_OFFICER_TOKEN)
        .equals(x.getRequestHeaders().getFirst("Authorization"))) {
      problem(x, 401, "LT-APP-0107");
      return;
    }
    ObjectNode inbox = JSON.createObjectNode();
    ArrayNode items = inbox.putArray("items");
    if (fault == Fault.OFFICER_OUTSIDE_JURISDICTION) {
      dossiers.keySet().forEach(code -> items.addObject().put("dossierCode", code));
    }
    send(x, 200, inbox);
  }

  private void receive(HttpExchange x, JsonNode body) throws IOException {
    String key = x.getRequestHeaders().getFirst("Idempotency-Key");
    if (key == null) {
      key = "msg:" + x.getRequestHeaders().getFirst("LT-Id");
    }
    String known = fault == Fault.DUPLICATE_ON_REDELIVERY ? null : byKey.get(key);
    if (known != null) {
      send(x, 200, receipt(dossiers.get(known), false));
      return;
    }
    OffsetDateTime received = OffsetDateTime.now(VN).truncatedTo(ChronoUnit.SECONDS);
    String code =
        String.format(
            "000.00.01.H22-%s-%04d",
            received.format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd")),
            seq.incrementAndGet());
    var deadline =
        vn.lienthong.core.forms.ProcedureCatalogue.bundled()
            .find(vn.lienthong.core.id.ProcedureCode.parse(body.path("procedureCode").asText()))
            .orElseThrow()
            .deadline();
    OffsetDateTime due =
        fault == Fault.CALENDAR_DAYS
            ? received.plusDays(deadline.workingDays() + 7)
            : vn.lienthong.core.calendar.WorkingCalendar.create()
                .dueAt(received.toInstant(), deadline)
                .toOffsetDateTime();
    ObjectNode d = JSON.createObjectNode();
    d.put("dossierCode", code);
    d.put("procedureCode", body.path("procedureCode").asText());
    d.put("procedureName", "Đăng ký khai sinh");
    d.put("status", 1).put("statusLabel", "Mới tiếp nhận");
    d.put("receivedAt", received.toString());
    d.put("dueAt", due.toString());
    d.put("overdue", false);
    d.put("competentCommune", body.path("competentCommune").asText());
    d.put("receivingOffice", body.path("receivingOffice").asText());
    d.put("channel", body.path("channel").asInt(2));
    d.put("applicantName", body.path("applicant").path("fullName").asText());
    d.putArray("history");
    d.putArray("supplementRequests");
    d.putArray("attachments");
    d.putArray("results");
    dossiers.put(code, d);
    audit.put(code, new ArrayList<>(List.of("received")));
    byKey.put(key, code);
    if (portal != null) {
      portal.changed(d, 0);
    }
    send(x, 201, receipt(d, true));
  }

  private static ObjectNode receipt(ObjectNode d, boolean created) {
    ObjectNode r = JSON.createObjectNode();
    for (String f : List.of("dossierCode", "status", "statusLabel", "receivedAt", "dueAt")) {
      r.set(f, d.get(f));
    }
    r.put("created", created);
    return r;
  }

  private synchronized void drive(HttpExchange x) throws IOException {
    if (fault == Fault.NO_TEST_DRIVER) {
      problem(x, 404, "LT-APP-0000");
      return;
    }
    String code = x.getRequestURI().getPath().split("/")[4];
    ObjectNode d = dossiers.get(code);
    if (d == null) {
      problem(x, 404, "LT-APP-0103");
      return;
    }
    JsonNode body = JSON.readTree(x.getRequestBody());
    if (x.getRequestURI().getPath().endsWith("/exchange")) {
      if (exchange == null) {
        x.sendResponseHeaders(404, -1);
        x.close();
        return;
      }
      try {
        byte[] pdf = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        send(x, 202, exchange.send(code, body.path("to").asText(), pdf));
      } catch (Exception e) {
        problem(x, 503, "LT-APP-0702");
      }
      return;
    }
    String action = body.path("action").asText();
    int to =
        switch (action) {
          case "accept" -> fault == Fault.WRONG_STATUS_SEQUENCE ? 4 : 2;
          case "process" -> 4;
          case "request-supplement" -> 5;
          case "approve-and-sign" -> 9;
          case "hand-over" -> 10;
          default -> 3;
        };
    if (action.equals("process") && d.get("status").asInt() == 4) {
      send(x, 200, d);
      return;
    }
    if (to == 5) {
      ((ArrayNode) d.get("supplementRequests"))
          .addObject()
          .put("requestedAt", now())
          .put("reason", body.path("reason").asText("Bổ sung"))
          .put("open", true)
          .putArray("items")
          .add("Bản sao");
    }
    move(d, to, "officer");
    send(x, 200, d);
  }

  private void move(ObjectNode d, int to, String actor) {
    int from = d.get("status").asInt();
    ((ArrayNode) d.get("history"))
        .addObject()
        .put("id", "h" + d.get("history").size())
        .put("from", from)
        .put("to", to)
        .put("actor", actor)
        .put("at", now());
    d.put("status", to);
    audit.get(d.get("dossierCode").asText()).add(from + "->" + to);
    if (portal != null) {
      portal.changed(d, from);
    }
  }

  private static ObjectNode file(byte[] pdf) {
    ObjectNode f = JSON.createObjectNode();
    f.put("name", "ket-qua.pdf").put("mediaType", "application/pdf").put("size", pdf.length);
    f.put("sha256", sha256(pdf));
    return f;
  }

  private static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void problem(HttpExchange x, int status, String code) throws IOException {
    ObjectNode p = JSON.createObjectNode();
    p.put("type", "about:blank").put("title", "Lỗi").put("status", status).put("code", code);
    byte[] b = p.toString().getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().set("Content-Type", "application/problem+json");
    x.sendResponseHeaders(status, b.length);
    x.getResponseBody().write(b);
    x.close();
  }

  private static void send(HttpExchange x, int status, JsonNode body) throws IOException {
    byte[] b = body.toString().getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().set("Content-Type", "application/json");
    x.sendResponseHeaders(status, b.length);
    x.getResponseBody().write(b);
    x.close();
  }
}
