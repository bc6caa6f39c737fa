package vn.lienthong.sandbox.internal.lgsp;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.sandbox.internal.http.HttpCall;
import vn.lienthong.sandbox.internal.http.HttpReply;
import vn.lienthong.sandbox.lgsp.NationalService;

/**
 * The checks every national-service call goes through, in the order of {@code
 * contracts/bus/envelope.md}: injected faults, envelope headers (each at most once, present when
 * required, well formed, protocol major version 1), the {@code LT-Service} routing, the LGSP bearer
 * token, the body cap and media type, the request hash, message-id replay, the request body against
 * its contract schema, the handler, and the answer against its schema. Every answer echoes {@code
 * LT-Id}, {@code LT-Request-Hash} and {@code LT-Protocol-Version}. Thread-safe.
 */
public final class BusGateway {

  /** The protocol version the sandbox answers with. */
  public static final String PROTOCOL_VERSION = "1.0";

  private static final ObjectMapper STRICT =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final String ENVELOPE = "bus/envelope";
  private static final List<String> HEADERS =
      List.of(
          "LT-Protocol-Version",
          "LT-Client",
          "LT-Service",
          "LT-Id",
          "LT-UserId",
          "LT-Issue",
          "LT-Request-Hash");

  private final LgspState lgsp;
  private final ReplayCache replays;
  private final Map<NationalService, AtomicLong> replayCounts =
      new EnumMap<>(NationalService.class);

  /**
   * Creates the gateway.
   *
   * @param lgsp the LGSP state (tokens, faults)
   * @param replays the replay cache shared by the services
   */
  public BusGateway(LgspState lgsp, ReplayCache replays) {
    this.lgsp = lgsp;
    this.replays = replays;
    for (NationalService s : NationalService.values()) {
      replayCounts.put(s, new AtomicLong());
    }
  }

  /**
   * Returns how many calls to a service were answered from the replay store.
   *
   * @param service the service
   * @return the count since start
   */
  public long replays(NationalService service) {
    return replayCounts.get(service).get();
  }

  /**
   * Handles one call to a national service.
   *
   * @param service the service
   * @param call the request
   * @param operations the service's operations
   * @return the answer
   */
  public HttpReply handle(NationalService service, HttpCall call, List<BusOperation> operations) {
    FaultPlan plan = lgsp.injector().next(service);
    Faults.sleep(plan.latencyMillis());
    Trace trace = new Trace();
    HttpReply reply;
    if (plan.failure() == FaultPlan.Failure.DROP_BEFORE) {
      return ConnectionDrop.now();
    }
    if (plan.failure() == FaultPlan.Failure.SERVER_ERROR) {
      trace.messageId = validHeader(call, "LT-Id", "MessageId");
      reply =
          new BusProblem(BusCode.UNAVAILABLE, "The provider is temporarily unavailable (fault).")
              .toReply(call.locale(), trace.messageId);
    } else {
      try {
        reply = process(service, call, operations, trace);
      } catch (BusProblem p) {
        reply = p.toReply(call.locale(), trace.messageId);
      }
    }
    reply = reply.header("LT-Protocol-Version", PROTOCOL_VERSION);
    if (trace.messageId != null) {
      reply = reply.header("LT-Id", trace.messageId);
    }
    if (trace.hash != null) {
      reply = reply.header("LT-Request-Hash", trace.hash);
    }
    if (plan.failure() == FaultPlan.Failure.DROP_AFTER) {
      return ConnectionDrop.now();
    }
    return Faults.pace(reply, plan.slowBodyMillis());
  }

  private HttpReply process(
      NationalService service, HttpCall call, List<BusOperation> operations, Trace trace) {
    for (String h : HEADERS) {
      if (call.headerCount(h) > 1) {
        throw new BusProblem(
            BusCode.DUPLICATED_HEADER, "The header " + h + " appears more than once.");
      }
    }
    String id = header(call, "LT-Id", "MessageId");
    trace.messageId = id;
    String version = header(call, "LT-Protocol-Version", "ProtocolVersion");
    if (!version.startsWith("1.")) {
      throw new BusProblem(
          BusCode.PROTOCOL_VERSION, "Protocol version " + version + " is not supported; use 1.0.");
    }
    String client = header(call, "LT-Client", "ClientId");
    String serviceId = header(call, "LT-Service", "ServiceId");
    BusOperation op = route(call, operations);
    @Nullable String userId = header(call, "LT-UserId", "UserId", op.userIdRequired());
    @Nullable String issue = header(call, "LT-Issue", "Issue", false);
    @Nullable String sentHash = header(call, "LT-Request-Hash", "RequestHash", false);
    String[] s = serviceId.split("/");
    if (!s[4].equals(op.serviceCode())) {
      throw new BusProblem(
          BusCode.UNKNOWN_SERVICE,
          "This endpoint serves " + op.serviceCode() + ", not " + s[4] + ".");
    }
    if (!"v1".equals(s[5])) {
      throw new BusProblem(
          BusCode.UNKNOWN_VERSION, "Service version " + s[5] + " is not available; use v1.");
    }
    String member = client.split("/")[2];
    lgsp.checkBearer(call.header("Authorization"), member);
    byte[] body;
    try {
      body = call.body();
    } catch (InvalidInputException e) {
      throw new BusProblem(
          BusCode.TOO_LARGE, "The request body is larger than the sandbox accepts.");
    }
    String hash = hash(body);
    trace.hash = hash;
    if (sentHash != null && !sentHash.equals(hash)) {
      throw new BusProblem(
          BusCode.HASH_MISMATCH,
          "LT-Request-Hash does not match the SHA-256 of the body received.");
    }
    if (op.requestMediaType() != null) {
      checkMediaType(call, op.requestMediaType());
    }
    Map<String, String> query = query(call);
    List<String> params = op.match(call.subPath());
    String messageId = id;
    ReplayCache.Outcome outcome =
        replays.answer(
            client,
            messageId,
            hash,
            () -> {
              try {
                return run(
                    op,
                    call,
                    body,
                    new BusRequest(
                        client,
                        member,
                        messageId,
                        userId,
                        issue,
                        body,
                        null,
                        params == null ? List.of() : params,
                        query,
                        call.locale()));
              } catch (BusProblem p) {
                return p.toReply(call.locale(), messageId);
              }
            });
    if (!outcome.replayed()) {
      return outcome.reply();
    }
    replayCounts.get(service).incrementAndGet();
    return outcome.reply().header("LT-Replayed", "true");
  }

  private static HttpReply run(BusOperation op, HttpCall call, byte[] body, BusRequest r) {
    BusRequest req = r;
    if (op.requestSchema() != null) {
      JsonNode json;
      try {
        json = STRICT.readTree(body);
      } catch (IOException e) {
        throw new BusProblem(
            BusCode.CONTRACT,
            "The body is not well-formed JSON (or repeats a member).",
            List.of(new ContractSchemas.Violation("/", "json")),
            null);
      }
      if (json == null || json.isMissingNode()) {
        throw new BusProblem(
            BusCode.CONTRACT,
            "The body is empty.",
            List.of(new ContractSchemas.Violation("/", "json")),
            null);
      }
      List<ContractSchemas.Violation> v =
          ContractSchemas.shared().validate(op.contract(), op.requestSchema(), json);
      if (!v.isEmpty()) {
        throw new BusProblem(
            BusCode.CONTRACT,
            "The body does not match " + op.contract() + "#" + op.requestSchema() + ".",
            v,
            null);
      }
      req =
          new BusRequest(
              r.client(),
              r.member(),
              r.messageId(),
              r.userId(),
              r.issue(),
              body,
              json,
              r.pathParameters(),
              r.query(),
              r.locale());
    }
    HttpReply reply = op.handler().apply(req);
    if (op.responseSchema() != null && reply.status() < 300) {
      Contracts.checkResponse(op.contract(), op.responseSchema(), reply);
    }
    return reply;
  }

  private static BusOperation route(HttpCall call, List<BusOperation> operations) {
    boolean pathKnown = false;
    for (BusOperation op : operations) {
      if (op.match(call.subPath()) != null) {
        pathKnown = true;
        if (op.method().equals(call.method())) {
          return op;
        }
      }
    }
    throw new BusProblem(
        BusCode.UNKNOWN_SERVICE,
        pathKnown
            ? "The operation does not take the method " + call.method() + "."
            : "No operation has this path.");
  }

  private static Map<String, String> query(HttpCall call) {
    try {
      return call.query();
    } catch (InvalidInputException e) {
      throw new BusProblem(
          BusCode.CONTRACT,
          "The query string is malformed or repeats a parameter.",
          List.of(new ContractSchemas.Violation("query", e.details().rule().orElse("query"))),
          null);
    }
  }

  private static void checkMediaType(HttpCall call, String expected) {
    if (call.headerCount("Content-Type") != 1) {
      throw new BusProblem(BusCode.MEDIA_TYPE, "Send exactly one Content-Type: " + expected + ".");
    }
    String[] parts = call.header("Content-Type").orElse("").split(";");
    boolean ok = parts[0].trim().equalsIgnoreCase(expected);
    for (int i = 1; i < parts.length && ok; i++) {
      String p = parts[i].trim().toLowerCase(Locale.ROOT);
      if (p.startsWith("charset=")) {
        String cs = p.substring(8).replace("\"", "");
        ok = cs.equals("utf-8") || cs.equals("utf8");
      }
    }
    if (!ok) {
      throw new BusProblem(BusCode.MEDIA_TYPE, "The body must be " + expected + " in UTF-8.");
    }
  }

  private static @Nullable String validHeader(HttpCall call, String name, String schema) {
    if (call.headerCount(name) != 1) {
      return null;
    }
    String v = call.header(name).orElse("");
    return ContractSchemas.shared().validate(ENVELOPE, schema, TextNode.valueOf(v)).isEmpty()
        ? v
        : null;
  }

  private static String header(HttpCall call, String name, String schema) {
    String v = header(call, name, schema, true);
    if (v == null) {
      throw new BusProblem(BusCode.MISSING_HEADER, "The header " + name + " is required.");
    }
    return v;
  }

  private static @Nullable String header(
      HttpCall call, String name, String schema, boolean required) {
    Optional<String> v = call.header(name);
    if (v.isEmpty()) {
      if (required) {
        throw new BusProblem(BusCode.MISSING_HEADER, "The header " + name + " is required.");
      }
      return null;
    }
    if (!ContractSchemas.shared().validate(ENVELOPE, schema, TextNode.valueOf(v.get())).isEmpty()) {
      throw new BusProblem(
          BusCode.MALFORMED_HEADER,
          "The header " + name + " is malformed.",
          List.of(new ContractSchemas.Violation("header:" + name, "pattern")),
          null);
    }
    return v.get();
  }

  /**
   * Computes the request hash: SHA-256, base64url without padding.
   *
   * @param body the body bytes
   * @return the hash
   */
  public static String hash(byte[] body) {
    try {
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing", e);
    }
  }

  /** What the answer must echo, filled as the checks pass. */
  private static final class Trace {
    private @Nullable String messageId;
    private @Nullable String hash;
  }
}
