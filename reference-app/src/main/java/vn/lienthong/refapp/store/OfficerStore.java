package vn.lienthong.refapp.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.lienthong.core.id.AgencyCode;
import vn.lienthong.identity.officer.Assignment;
import vn.lienthong.identity.officer.Officer;
import vn.lienthong.identity.officer.OfficerRole;
import vn.lienthong.identity.officer.UnitLevel;

/**
 * Officers the app knows (from the officer SSO or the demo data) with their assignments, and the
 * hashes of the API bearer tokens issued to them. Kept in the database so every node can check a
 * token another node issued.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * officers.save(c, officer, now);
 * Optional<Officer> o = officers.byToken(c, FileStore.sha256(token.getBytes(UTF_8)), now);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class OfficerStore {

  private static final ObjectMapper JSON = new ObjectMapper();

  private OfficerStore() {}

  /**
   * Returns a store.
   *
   * @return the store
   */
  public static OfficerStore create() {
    return new OfficerStore();
  }

  /**
   * Inserts or replaces an officer (assignments as the SSO last said).
   *
   * @param c the connection
   * @param officer the officer
   * @param now the time
   * @throws SQLException if the database fails
   */
  public void save(Connection c, Officer officer, Instant now) throws SQLException {
    try (PreparedStatement del = c.prepareStatement("DELETE FROM officer WHERE officer_id = ?")) {
      del.setString(1, officer.officerId());
      del.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO officer (officer_id, subject, full_name, agency_code, assignments,"
                + " updated_at) VALUES (?,?,?,?,?,?)")) {
      ps.setString(1, officer.officerId());
      ps.setString(2, officer.subject());
      ps.setString(3, officer.fullName());
      ps.setString(4, officer.agency().value());
      ps.setString(5, assignments(officer));
      Jdbc.setInstant(ps, 6, now);
      ps.executeUpdate();
    }
  }

  /**
   * Reads an officer.
   *
   * @param c the connection
   * @param officerId the officer id
   * @return the officer, if known
   * @throws SQLException if the database fails
   */
  public Optional<Officer> find(Connection c, String officerId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT * FROM officer WHERE officer_id = ?")) {
      ps.setString(1, officerId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(officer(rs)) : Optional.empty();
      }
    }
  }

  /**
   * Records a token's hash.
   *
   * @param c the connection
   * @param tokenSha256 the token's SHA-256 (hex)
   * @param officerId whose token it is
   * @param issuedAt when it was issued
   * @param expiresAt when it expires
   * @throws SQLException if the database fails
   */
  public void saveToken(
      Connection c, String tokenSha256, String officerId, Instant issuedAt, Instant expiresAt)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO officer_token (token_sha256, officer_id, issued_at, expires_at)"
                + " VALUES (?,?,?,?)")) {
      ps.setString(1, tokenSha256);
      ps.setString(2, officerId);
      Jdbc.setInstant(ps, 3, issuedAt);
      Jdbc.setInstant(ps, 4, expiresAt);
      ps.executeUpdate();
    }
  }

  /**
   * Finds the officer of an unexpired token.
   *
   * @param c the connection
   * @param tokenSha256 the token's SHA-256 (hex)
   * @param now the time
   * @return the officer, if the token is known and unexpired
   * @throws SQLException if the database fails
   */
  public Optional<Officer> byToken(Connection c, String tokenSha256, Instant now)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT o.* FROM officer_token t JOIN officer o ON o.officer_id = t.officer_id"
                + " WHERE t.token_sha256 = ? AND t.expires_at > ?")) {
      ps.setString(1, tokenSha256);
      Jdbc.setInstant(ps, 2, now);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(officer(rs)) : Optional.empty();
      }
    }
  }

  /**
   * Deletes expired tokens.
   *
   * @param c the connection
   * @param now the time
   * @return how many were deleted
   * @throws SQLException if the database fails
   */
  public int purgeTokens(Connection c, Instant now) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM officer_token WHERE expires_at <= ?")) {
      Jdbc.setInstant(ps, 1, now);
      return ps.executeUpdate();
    }
  }

  private static String assignments(Officer officer) {
    ArrayNode array = JSON.createArrayNode();
    for (Assignment a : officer.assignments()) {
      ObjectNode n = array.addObject();
      n.put("unit", a.unit()).put("level", a.level().name()).put("from", a.from().toString());
      if (a.to() != null) {
        n.put("to", a.to().toString());
      }
      ArrayNode roles = n.putArray("roles");
      a.roles().forEach(r -> roles.add(r.name()));
    }
    return array.toString();
  }

  private static Officer officer(ResultSet rs) throws SQLException {
    List<Assignment> assignments = new ArrayList<>();
    Set<OfficerRole> all = EnumSet.noneOf(OfficerRole.class);
    try {
      for (JsonNode n : JSON.readTree(rs.getString("assignments"))) {
        Set<OfficerRole> roles = EnumSet.noneOf(OfficerRole.class);
        n.path("roles").forEach(r -> roles.add(OfficerRole.valueOf(r.asText())));
        all.addAll(roles);
        assignments.add(
            new Assignment(
                n.path("unit").asText(),
                UnitLevel.valueOf(n.path("level").asText()),
                roles,
                LocalDate.parse(n.path("from").asText()),
                n.hasNonNull("to") ? LocalDate.parse(n.path("to").asText()) : null));
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new SQLException("corrupt officer assignments", "22000", e);
    }
    return Officer.builder()
        .subject(rs.getString("subject"))
        .officerId(rs.getString("officer_id"))
        .fullName(rs.getString("full_name"))
        .agency(AgencyCode.parse(rs.getString("agency_code")))
        .roles(all)
        .assignments(assignments)
        .build();
  }
}
