package vn.lienthong.refapp.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.identity.officer.Assignment;
import vn.lienthong.identity.officer.OfficerRole;
import vn.lienthong.identity.officer.UnitLevel;
import vn.lienthong.refapp.RefappErrorCode;

/**
 * Server-side web sessions in the {@code web_session} table, so several app nodes on one database
 * share them. The cookie holds a random 256-bit token; the table holds only its SHA-256. Sessions
 * end after {@link #IDLE_TIMEOUT} without use or {@link #ABSOLUTE_TIMEOUT} after creation.
 *
 * <p>Instances are thread-safe.
 */
final class SessionStore {

  /** A session unused for this long ends. */
  static final Duration IDLE_TIMEOUT = Duration.ofMinutes(30);

  /** A session ends this long after it was created, however busy. */
  static final Duration ABSOLUTE_TIMEOUT = Duration.ofHours(8);

  /** Longest cookie value accepted (a token is 43 characters). */
  static final int MAX_TOKEN_LENGTH = 64;

  /** Last-seen times are written at most this often per session. */
  private static final Duration TOUCH_INTERVAL = Duration.ofSeconds(60);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final DataSource dataSource;
  private final Clock clock;
  private volatile long nextPurge;

  SessionStore(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /** A session as read from the table, with the raw token it was found by. */
  record Session(
      String token,
      String csrfToken,
      @Nullable Principal principal,
      @Nullable String pendingLogin,
      long createdAt,
      long lastSeenAt) {}

  /** Creates a session (a new token and a new CSRF token). */
  Session create(@Nullable Principal principal, @Nullable String pendingLogin) {
    purgeExpiredNow(false);
    String token = randomToken();
    String csrf = randomToken();
    long now = clock.millis();
    sql(
        "INSERT INTO web_session (id_hash, csrf_token, principal, pending_login, created_at,"
            + " last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        hash(token),
        csrf,
        principal == null ? null : write(principal),
        pendingLogin,
        now,
        now,
        now + IDLE_TIMEOUT.toMillis());
    return new Session(token, csrf, principal, pendingLogin, now, now);
  }

  /** Finds a live session by its cookie token, extending its idle deadline. */
  Optional<Session> find(@Nullable String token) {
    if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
      return Optional.empty();
    }
    String idHash = hash(token);
    long now = clock.millis();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT csrf_token, principal, pending_login, created_at, last_seen_at, expires_at"
                    + " FROM web_session WHERE id_hash = ?")) {
      ps.setString(1, idHash);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        long created = rs.getLong(4);
        long lastSeen = rs.getLong(5);
        long expires = rs.getLong(6);
        if (now >= expires || now >= created + ABSOLUTE_TIMEOUT.toMillis()) {
          delete(token);
          return Optional.empty();
        }
        String principal = rs.getString(2);
        Session s =
            new Session(
                token,
                rs.getString(1),
                principal == null ? null : read(principal),
                rs.getString(3),
                created,
                lastSeen);
        if (now - lastSeen >= TOUCH_INTERVAL.toMillis()) {
          sql(
              "UPDATE web_session SET last_seen_at = ?, expires_at = ? WHERE id_hash = ?",
              now,
              now + IDLE_TIMEOUT.toMillis(),
              idHash);
        }
        return Optional.of(s);
      }
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  /** Keeps the state of a login in progress in the session. */
  void pendingLogin(Session session, @Nullable String pending) {
    sql(
        "UPDATE web_session SET pending_login = ? WHERE id_hash = ?",
        pending,
        hash(session.token()));
  }

  /** Ends a session and opens a new one for the principal: a new token at every login. */
  Session rotate(@Nullable Session old, Principal principal) {
    if (old != null) {
      delete(old.token());
    }
    return create(principal, null);
  }

  /** Ends a session. */
  void delete(String token) {
    sql("DELETE FROM web_session WHERE id_hash = ?", hash(token));
  }

  /** Deletes expired sessions (at most once a minute unless forced). */
  int purgeExpiredNow(boolean force) {
    long now = clock.millis();
    if (!force && now < nextPurge) {
      return 0;
    }
    nextPurge = now + 60_000;
    return sql(
        "DELETE FROM web_session WHERE expires_at <= ? OR created_at <= ?",
        now,
        now - ABSOLUTE_TIMEOUT.toMillis());
  }

  private int sql(String statement, @Nullable Object... values) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(statement)) {
      for (int i = 0; i < values.length; i++) {
        Object v = values[i];
        if (v == null) {
          ps.setNull(i + 1, Types.VARCHAR);
        } else if (v instanceof Long l) {
          ps.setLong(i + 1, l);
        } else {
          ps.setString(i + 1, v.toString());
        }
      }
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  private static ConfigurationException unavailable(SQLException e) {
    return new ConfigurationException(
        RefappErrorCode.DATABASE_UNAVAILABLE, ErrorDetails.field("web_session"), e);
  }

  static String randomToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String write(Principal principal) {
    ObjectNode o = JSON.createObjectNode();
    if (principal instanceof Principal.Citizen c) {
      o.put("kind", "citizen")
          .put("sub", c.subject())
          .put("pid", c.personalId())
          .put("name", c.fullName())
          .put("acr", c.assurance());
    } else if (principal instanceof Principal.Staff s) {
      o.put("kind", "officer")
          .put("sub", s.subject())
          .put("officerId", s.officerId())
          .put("name", s.fullName())
          .put("agency", s.agency());
      ArrayNode list = o.putArray("assignments");
      for (Assignment a : s.assignments()) {
        ObjectNode n = list.addObject();
        n.put("unit", a.unit()).put("level", a.level().name()).put("from", a.from().toString());
        if (a.to() != null) {
          n.put("to", a.to().toString());
        }
        ArrayNode roles = n.putArray("roles");
        a.roles().forEach(r -> roles.add(r.name()));
      }
    }
    return o.toString();
  }

  static Principal read(String json) {
    try {
      JsonNode o = JSON.readTree(json);
      if (o.path("kind").asText().equals("citizen")) {
        return new Principal.Citizen(
            o.path("sub").asText(),
            o.path("pid").asText(),
            o.path("name").asText(),
            o.path("acr").asText());
      }
      List<Assignment> assignments = new ArrayList<>();
      for (JsonNode n : o.path("assignments")) {
        Set<OfficerRole> roles = EnumSet.noneOf(OfficerRole.class);
        n.path("roles").forEach(r -> roles.add(OfficerRole.valueOf(r.asText())));
        assignments.add(
            new Assignment(
                n.path("unit").asText(),
                UnitLevel.valueOf(n.path("level").asText()),
                roles,
                LocalDate.parse(n.path("from").asText()),
                n.hasNonNull("to") ? LocalDate.parse(n.path("to").asText()) : null));
      }
      return new Principal.Staff(
          o.path("sub").asText(),
          o.path("officerId").asText(),
          o.path("name").asText(),
          o.path("agency").asText(),
          assignments);
    } catch (java.io.IOException | RuntimeException e) {
      throw new IllegalStateException("unreadable session principal", e);
    }
  }
}
