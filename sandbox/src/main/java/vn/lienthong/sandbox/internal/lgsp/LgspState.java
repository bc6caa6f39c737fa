package vn.lienthong.sandbox.internal.lgsp;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.id.AgencyCode;
import vn.lienthong.sandbox.SandboxErrorCode;
import vn.lienthong.sandbox.internal.SandboxContext;
import vn.lienthong.sandbox.lgsp.FaultSettings;
import vn.lienthong.sandbox.lgsp.NationalService;
import vn.lienthong.sandbox.lgsp.SandboxLgsp;

/**
 * The LGSP gateway's state: registered clients, issued tokens, counters, the bearer switch and the
 * fault injector. Thread-safe.
 */
public final class LgspState implements SandboxLgsp {

  /** The shortest token lifetime accepted. */
  public static final Duration MIN_LIFETIME = Duration.ofMillis(100);

  /** The longest token lifetime accepted. */
  public static final Duration MAX_LIFETIME = Duration.ofDays(1);

  /** The most live tokens kept; expired ones are purged beyond it. */
  public static final int MAX_TOKENS = 100_000;

  private static final int TOKEN_BYTES = 32;

  private final SandboxContext context;
  private final Clock clock;
  private final FaultInjector faults = new FaultInjector();
  private final Map<String, Client> clients = new ConcurrentHashMap<>();
  private final Map<String, Token> tokens = new ConcurrentHashMap<>();
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong issued = new AtomicLong();
  private volatile boolean required;
  private volatile Duration lifetime = DEFAULT_TOKEN_LIFETIME;

  /**
   * Creates the state with the demo client registered.
   *
   * @param context the sandbox context
   */
  public LgspState(SandboxContext context) {
    this.context = context;
    this.clock = context.clock();
    registerClient(DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, DEMO_CLIENT_MEMBER);
  }

  @Override
  public URI tokenEndpoint() {
    return context.uri(NationalService.LGSP_TOKEN.prefix() + "/token");
  }

  @Override
  public void requireTokens(boolean on) {
    this.required = on;
  }

  @Override
  public boolean tokensRequired() {
    return required;
  }

  @Override
  public void tokenLifetime(Duration d) {
    Objects.requireNonNull(d, "lifetime");
    if (d.compareTo(MIN_LIFETIME) < 0 || d.compareTo(MAX_LIFETIME) > 0) {
      throw new InvalidInputException(
          SandboxErrorCode.LGSP_CLIENT_INVALID,
          ErrorDetails.field("tokenLifetime").rule("range").rejectedValue(d.toString()));
    }
    this.lifetime = d;
  }

  @Override
  public Duration tokenLifetime() {
    return lifetime;
  }

  @Override
  public void registerClient(String clientId, String secret, String member) {
    check("clientId", clientId, 256);
    check("secret", secret, 512);
    if (!AgencyCode.isValid(member)) {
      throw new InvalidInputException(
          SandboxErrorCode.LGSP_CLIENT_INVALID,
          ErrorDetails.field("member").rule("agency-code").rejectedValue(member));
    }
    clients.put(clientId, new Client(clientId, sha256(secret), AgencyCode.parse(member).value()));
  }

  private static void check(String field, String value, int max) {
    Objects.requireNonNull(value, field);
    if (value.isEmpty()
        || value.length() > max
        || !value.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new InvalidInputException(
          SandboxErrorCode.LGSP_CLIENT_INVALID,
          ErrorDetails.field(field)
              .rule("printable-1-" + max)
              .rejectedValue("[" + value.length() + " chars]"));
    }
  }

  @Override
  public long tokenRequests() {
    return requests.get();
  }

  @Override
  public long tokensIssued() {
    return issued.get();
  }

  @Override
  public void resetCounters() {
    requests.set(0);
    issued.set(0);
  }

  @Override
  public void faults(NationalService service, FaultSettings settings) {
    faults.set(
        Objects.requireNonNull(service, "service"), Objects.requireNonNull(settings, "settings"));
  }

  @Override
  public FaultSettings faults(NationalService service) {
    return faults.get(service);
  }

  @Override
  public Map<NationalService, FaultSettings> activeFaults() {
    return faults.active();
  }

  @Override
  public void clearFaults() {
    faults.clear();
  }

  /**
   * Returns the fault injector.
   *
   * @return the injector
   */
  public FaultInjector injector() {
    return faults;
  }

  /** Counts one request to the token endpoint. */
  void countRequest() {
    requests.incrementAndGet();
  }

  /**
   * Authenticates a client by id and secret, in constant time for the secret.
   *
   * @param clientId the id
   * @param secret the secret
   * @return the client, if the credentials are right
   */
  Optional<Client> authenticate(String clientId, String secret) {
    Client c = clients.get(clientId);
    byte[] given = sha256(secret);
    if (c == null) {
      MessageDigest.isEqual(given, given);
      return Optional.empty();
    }
    return MessageDigest.isEqual(c.secretHash, given) ? Optional.of(c) : Optional.empty();
  }

  /**
   * Issues a token to a client.
   *
   * @param client the client
   * @return the token value and its lifetime
   */
  Issued issue(Client client) {
    byte[] raw = new byte[TOKEN_BYTES];
    context.random().nextBytes(raw);
    String value = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    Duration life = lifetime;
    Instant now = clock.instant();
    if (tokens.size() >= MAX_TOKENS) {
      tokens.values().removeIf(t -> !t.expires.isAfter(now));
    }
    tokens.put(value, new Token(client.member, now.plus(life)));
    issued.incrementAndGet();
    return new Issued(value, Math.max(1, life.toSeconds()));
  }

  /**
   * Checks the bearer token of a national-service call when tokens are required.
   *
   * @param authorization the {@code Authorization} header, if any
   * @param member the member of the {@code LT-Client} header
   * @throws BusProblem with {@code LT-BUS-0101}, {@code 0102} or {@code 0103}
   */
  void checkBearer(Optional<String> authorization, String member) {
    if (!required) {
      return;
    }
    String h = authorization.orElse("");
    if (h.length() < 8 || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new BusProblem(BusCode.CREDENTIALS, "A bearer access token from the LGSP is required.");
    }
    Token t = tokens.get(h.substring(7).trim());
    if (t == null) {
      throw new BusProblem(BusCode.CREDENTIALS, "The access token is not one the LGSP issued.");
    }
    if (!t.expires.isAfter(clock.instant())) {
      throw new BusProblem(
          BusCode.TOKEN_EXPIRED, "The access token has expired; request a new one.");
    }
    if (!t.member.equals(member)) {
      throw new BusProblem(
          BusCode.NOT_ALLOWED,
          "The LT-Client member " + member + " is not the member the token was issued to.");
    }
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing", e);
    }
  }

  /** A registered client. */
  record Client(String id, byte[] secretHash, String member) {}

  /** An issued token's binding. */
  private record Token(String member, Instant expires) {}

  /** A freshly issued token. */
  record Issued(String value, long expiresInSeconds) {}
}
