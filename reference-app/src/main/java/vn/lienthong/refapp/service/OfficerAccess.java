package vn.lienthong.refapp.service;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import vn.lienthong.identity.officer.Officer;
import vn.lienthong.refapp.store.FileStore;
import vn.lienthong.refapp.store.Jdbc;
import vn.lienthong.refapp.store.OfficerStore;

/**
 * Officers and their Commune API bearer tokens. After an officer logs in through the officer SSO
 * ({@code vn.lienthong.identity.officer.OfficerLogin}), the web module calls {@link #remember} and
 * may {@link #issueToken} an opaque bearer token for API calls. Tokens are 256 random bits, stored
 * only as SHA-256 hashes in the database (so any node can check them), and expire after {@link
 * #TOKEN_LIFETIME}. The officer's assignments are those the SSO last reported.
 *
 * <p>Instances are thread-safe; the app creates one and registers it in the {@code AppContext}.
 *
 * <pre>{@code
 * OfficerAccess access = context.require(OfficerAccess.class);
 * access.remember(officer);
 * String token = access.issueToken(officer);       // Authorization: Bearer <token>
 * Optional<Officer> who = access.authenticate(token);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class OfficerAccess {

  /** How long a bearer token is valid. */
  public static final Duration TOKEN_LIFETIME = Duration.ofHours(8);

  /** The longest token accepted for checking. */
  public static final int MAX_TOKEN_LENGTH = 128;

  private final DataSource dataSource;
  private final OfficerStore officers;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  OfficerAccess(DataSource dataSource, OfficerStore officers, Clock clock) {
    this.dataSource = dataSource;
    this.officers = officers;
    this.clock = clock;
  }

  /**
   * Records (or refreshes) an officer and their assignments.
   *
   * @param officer the officer as the SSO reported them
   * @throws vn.lienthong.core.LienThongException {@code LT-APP-0114} if the database fails
   */
  public void remember(Officer officer) {
    Objects.requireNonNull(officer, "officer");
    Jdbc.inTransaction(
        dataSource,
        "saving an officer",
        c -> {
          officers.save(c, officer, clock.instant());
          return null;
        });
  }

  /**
   * Issues a bearer token for an officer (remembering the officer first).
   *
   * @param officer the officer
   * @return the token (43 base64url characters); shown once, never stored in clear
   * @throws vn.lienthong.core.LienThongException {@code LT-APP-0114} if the database fails
   */
  public String issueToken(Officer officer) {
    remember(officer);
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant now = clock.instant();
    Jdbc.inTransaction(
        dataSource,
        "issuing an officer token",
        c -> {
          officers.purgeTokens(c, now);
          officers.saveToken(c, hash(token), officer.officerId(), now, now.plus(TOKEN_LIFETIME));
          return null;
        });
    return token;
  }

  /**
   * Finds the officer of a bearer token.
   *
   * @param token the token
   * @return the officer, if the token is known and unexpired
   * @throws vn.lienthong.core.LienThongException {@code LT-APP-0114} if the database fails
   */
  public Optional<Officer> authenticate(String token) {
    if (token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
      return Optional.empty();
    }
    return Jdbc.inTransaction(
        dataSource,
        "checking an officer token",
        c -> officers.byToken(c, hash(token), clock.instant()));
  }

  /**
   * Finds a known officer by id (for the web module's session).
   *
   * @param officerId the officer id
   * @return the officer, if known
   * @throws vn.lienthong.core.LienThongException {@code LT-APP-0114} if the database fails
   */
  public Optional<Officer> find(String officerId) {
    return Jdbc.inTransaction(dataSource, "reading an officer", c -> officers.find(c, officerId));
  }

  private static String hash(String token) {
    return FileStore.sha256(token.getBytes(StandardCharsets.UTF_8));
  }
}
