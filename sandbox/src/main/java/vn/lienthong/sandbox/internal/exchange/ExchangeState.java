package vn.lienthong.sandbox.internal.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.lienthong.sandbox.exchange.DocumentStatus;
import vn.lienthong.sandbox.exchange.ReceivedDocument;
import vn.lienthong.sandbox.exchange.SandboxExchange;
import vn.lienthong.sandbox.internal.http.HttpReply;
import vn.lienthong.sandbox.internal.lgsp.BusCode;
import vn.lienthong.sandbox.internal.lgsp.BusProblem;
import vn.lienthong.sandbox.internal.lgsp.BusRequest;
import vn.lienthong.sandbox.internal.lgsp.ContractSchemas;

/** The hub's packages, mailboxes and status histories. Thread-safe (one lock). */
public final class ExchangeState implements SandboxExchange {

  /** The most packages held; further ones are refused with 503. */
  public static final int MAX_PACKAGES = 100_000;

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final ZoneOffset VIET_NAM = ZoneOffset.ofHours(7);
  private static final Pattern EXCHANGE_ID =
      Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");
  private static final Pattern CURSOR = Pattern.compile("^[A-Za-z0-9_-]{1,256}$");
  private static final Set<String> QUERY = Set.of("since", "state", "limit", "cursor");
  private static final Map<String, Set<String>> NEXT =
      Map.of(
          "", Set.of("01"),
          "01", Set.of("02", "03"),
          "03", Set.of("04", "05", "06"),
          "04", Set.of("05", "06"),
          "05", Set.of("05", "06"));

  private final Clock clock;
  private final EdxmlReader reader = new EdxmlReader();
  private final HubSignatures signatures = new HubSignatures();
  private final Map<String, Entry> packages = new LinkedHashMap<>();

  /**
   * Creates the hub.
   *
   * @param clock the clock
   */
  public ExchangeState(Clock clock) {
    this.clock = clock;
  }

  private static final class Entry {
    final long seq;
    final ReceivedDocument doc;
    final Map<String, Boolean> fetched = new HashMap<>();
    final Map<String, String> last = new HashMap<>();
    final List<DocumentStatus> history = new ArrayList<>();

    Entry(long seq, ReceivedDocument doc) {
      this.seq = seq;
      this.doc = doc;
    }
  }

  @Override
  public synchronized List<ReceivedDocument> all() {
    return packages.values().stream().map(e -> e.doc).toList();
  }

  @Override
  public synchronized List<ReceivedDocument> received(String organId) {
    return packages.values().stream()
        .filter(e -> e.doc.recipients().contains(organId))
        .map(e -> e.doc)
        .toList();
  }

  @Override
  public synchronized List<DocumentStatus> statusHistory(String exchangeId) {
    Entry e = packages.get(exchangeId);
    return e == null ? List.of() : List.copyOf(e.history);
  }

  @Override
  public void trustAnchors(Collection<X509Certificate> anchors) {
    signatures.trustAnchors(List.copyOf(anchors));
  }

  @Override
  public void requireSignatures(boolean required) {
    signatures.required(required);
  }

  @Override
  public boolean signaturesRequired() {
    return signatures.required();
  }

  @Override
  public synchronized void reset() {
    packages.clear();
  }

  /**
   * {@code sendDocument}.
   *
   * @param r the call
   * @return 202 with the receipt
   */
  public HttpReply send(BusRequest r) {
    EdxmlReader.Header h = reader.read(r.body());
    signatures.check(r.body());
    if (!h.from().equals(r.member())) {
      throw new BusProblem(
          BusCode.NOT_ALLOWED,
          "The package's From organ "
              + h.from()
              + " is not the calling member "
              + r.member()
              + ".");
    }
    Instant now = clock.instant();
    String id = UUID.randomUUID().toString();
    synchronized (this) {
      if (packages.size() >= MAX_PACKAGES) {
        throw new BusProblem(BusCode.UNAVAILABLE, "The sandbox hub is full; reset it.");
      }
      ReceivedDocument doc =
          new ReceivedDocument(
              id,
              h.documentId(),
              h.from(),
              h.to(),
              h.subject(),
              now,
              new String(r.body(), StandardCharsets.UTF_8));
      packages.put(id, new Entry(packages.size() + 1L, doc));
    }
    ObjectNode out = F.objectNode();
    out.put("exchangeId", id);
    out.put("documentId", h.documentId());
    out.put("receivedAt", time(now));
    ArrayNode to = out.putArray("recipients");
    h.to().forEach(to::add);
    return HttpReply.json(202, out);
  }

  /**
   * {@code listReceivedDocuments}.
   *
   * @param r the call
   * @return one page
   */
  public synchronized HttpReply list(BusRequest r) {
    Map<String, String> q = r.query();
    for (String k : q.keySet()) {
      if (!QUERY.contains(k)) {
        throw badQuery(k, "unknown");
      }
    }
    String state = q.getOrDefault("state", "new");
    if (!Set.of("new", "fetched", "all").contains(state)) {
      throw badQuery("state", "enum");
    }
    int limit = 50;
    if (q.containsKey("limit")) {
      try {
        limit = Integer.parseInt(q.get("limit"));
      } catch (NumberFormatException e) {
        throw badQuery("limit", "type");
      }
      if (limit < 1 || limit > 200) {
        throw badQuery("limit", "range");
      }
    }
    Instant since = Instant.MIN;
    if (q.containsKey("since")) {
      try {
        since = OffsetDateTime.parse(q.get("since")).toInstant();
      } catch (DateTimeParseException e) {
        throw badQuery("since", "format");
      }
    }
    long after = 0;
    if (q.containsKey("cursor")) {
      after = cursor(q.get("cursor"));
    }
    ObjectNode out = F.objectNode();
    ArrayNode items = out.putArray("items");
    long lastSeq = 0;
    boolean more = false;
    for (Entry e : packages.values()) {
      if (e.seq <= after
          || !e.doc.recipients().contains(r.member())
          || e.doc.receivedAt().isBefore(since)) {
        continue;
      }
      boolean fetched = e.fetched.getOrDefault(r.member(), false);
      if ((state.equals("new") && fetched) || (state.equals("fetched") && !fetched)) {
        continue;
      }
      if (items.size() == limit) {
        more = true;
        break;
      }
      items.add(summary(e, r.member(), fetched));
      lastSeq = e.seq;
    }
    if (more) {
      out.put(
          "nextCursor",
          Base64.getUrlEncoder()
              .withoutPadding()
              .encodeToString(Long.toString(lastSeq).getBytes(StandardCharsets.US_ASCII)));
    }
    return HttpReply.json(200, out);
  }

  private static long cursor(String c) {
    if (!CURSOR.matcher(c).matches()) {
      throw badQuery("cursor", "pattern");
    }
    try {
      return Long.parseLong(
          new String(Base64.getUrlDecoder().decode(c), StandardCharsets.US_ASCII));
    } catch (IllegalArgumentException e) {
      throw badQuery("cursor", "pattern");
    }
  }

  private static ObjectNode summary(Entry e, String member, boolean fetched) {
    ObjectNode s = F.objectNode();
    s.put("exchangeId", e.doc.exchangeId());
    s.put("documentId", e.doc.documentId());
    s.putObject("from").put("code", e.doc.from());
    s.put("subject", e.doc.subject());
    s.put("receivedAt", time(e.doc.receivedAt()));
    s.put("sizeBytes", e.doc.xml().getBytes(StandardCharsets.UTF_8).length);
    s.put("state", fetched ? "fetched" : "new");
    String last = e.last.get(member);
    if (last != null) {
      s.put("lastStatus", last);
    }
    return s;
  }

  /**
   * {@code getDocument}: the package as sent; marks it fetched for a receiver.
   *
   * @param r the call
   * @return the XML
   */
  public synchronized HttpReply get(BusRequest r) {
    Entry e = visible(r);
    if (e.doc.recipients().contains(r.member())) {
      e.fetched.put(r.member(), true);
    }
    return new HttpReply(
        200,
        Map.of("Content-Type", "application/xml; charset=utf-8"),
        e.doc.xml().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * {@code updateDocumentStatus}: a receiver reports a status; illegal steps are 409.
   *
   * @param r the call
   * @return the history
   */
  public synchronized HttpReply updateStatus(BusRequest r) {
    Entry e = visible(r);
    if (!e.doc.recipients().contains(r.member())) {
      throw new BusProblem(
          BusCode.NOT_ALLOWED, "Only a receiver of the package reports its status.");
    }
    JsonNode u = r.jsonBody();
    String code = u.path("statusCode").asText();
    String last = e.last.getOrDefault(r.member(), "");
    if (!NEXT.getOrDefault(last, Set.of()).contains(code)) {
      throw new BusProblem(
          BusCode.STATE_CONFLICT,
          "Status " + code + " cannot follow " + (last.isEmpty() ? "nothing" : last) + ".");
    }
    e.last.put(r.member(), code);
    e.history.add(
        new DocumentStatus(
            r.member(),
            code,
            u.has("description") ? u.path("description").asText() : null,
            u.path("timestamp").asText()));
    return history(e, u.path("staff"));
  }

  /**
   * {@code getDocumentStatus}.
   *
   * @param r the call
   * @return the history
   */
  public synchronized HttpReply status(BusRequest r) {
    return history(visible(r), null);
  }

  private HttpReply history(Entry e, @Nullable JsonNode lastStaff) {
    ObjectNode out = F.objectNode();
    out.put("exchangeId", e.doc.exchangeId());
    ArrayNode entries = out.putArray("entries");
    for (int i = 0; i < e.history.size(); i++) {
      DocumentStatus s = e.history.get(i);
      ObjectNode n = entries.addObject();
      n.put("from", s.from());
      n.put("statusCode", s.statusCode());
      if (s.description() != null) {
        n.put("description", s.description());
      }
      n.put("timestamp", s.timestamp());
      if (i == e.history.size() - 1 && lastStaff != null && lastStaff.isObject()) {
        n.set("staff", lastStaff);
      }
    }
    return HttpReply.json(200, out);
  }

  private Entry visible(BusRequest r) {
    String id = r.pathParameters().get(0);
    Entry e = EXCHANGE_ID.matcher(id).matches() ? packages.get(id) : null;
    if (e == null
        || !(e.doc.from().equals(r.member()) || e.doc.recipients().contains(r.member()))) {
      throw new BusProblem(BusCode.NO_RECORD, "No package with this exchange id for the caller.");
    }
    return e;
  }

  private static BusProblem badQuery(String name, String rule) {
    return new BusProblem(
        BusCode.CONTRACT,
        "The query parameter " + name + " is not valid.",
        List.of(new ContractSchemas.Violation("query:" + name, rule)),
        null);
  }

  private static String time(Instant i) {
    return OffsetDateTime.ofInstant(i, VIET_NAM).toString();
  }
}
