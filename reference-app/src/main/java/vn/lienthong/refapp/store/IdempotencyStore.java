package vn.lienthong.refapp.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * Remembers idempotency keys: which request (by hash) a key was first used for and which dossier it
 * made. The primary key (scope, key) makes the first writer win across nodes; a second writer gets
 * SQLState 23505 and reads the winner's row.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * Optional<IdempotencyStore.Entry> seen = keys.find(c, "portal", key);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class IdempotencyStore {

  /** The longest key accepted. */
  public static final int MAX_KEY_LENGTH = 128;

  /**
   * What a key was used for.
   *
   * @param requestSha256 the hash of the first request
   * @param dossierCode the dossier it made
   * @since 0.1.0
   */
  public record Entry(String requestSha256, String dossierCode) {}

  private IdempotencyStore() {}

  /**
   * Returns a store.
   *
   * @return the store
   */
  public static IdempotencyStore create() {
    return new IdempotencyStore();
  }

  /**
   * Looks a key up.
   *
   * @param c the connection
   * @param scope who issues the keys ({@code portal}, {@code web})
   * @param key the key
   * @return the entry, if the key was used
   * @throws SQLException if the database fails
   */
  public Optional<Entry> find(Connection c, String scope, String key) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT request_sha256, dossier_code FROM idempotency_key WHERE scope = ? AND"
                + " idem_key = ?")) {
      ps.setString(1, scope);
      ps.setString(2, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(new Entry(rs.getString(1), rs.getString(2)))
            : Optional.empty();
      }
    }
  }

  /**
   * Records a key's first use.
   *
   * @param c the connection
   * @param scope who issues the keys
   * @param key the key
   * @param requestSha256 the request's hash
   * @param dossierCode the dossier made
   * @param now the time
   * @throws SQLException if the database fails (SQLState 23505 if another request took the key)
   */
  public void insert(
      Connection c, String scope, String key, String requestSha256, String dossierCode, Instant now)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO idempotency_key (scope, idem_key, request_sha256, dossier_code,"
                + " created_at) VALUES (?,?,?,?,?)")) {
      ps.setString(1, scope);
      ps.setString(2, key);
      ps.setString(3, requestSha256);
      ps.setString(4, dossierCode);
      Jdbc.setInstant(ps, 5, now);
      ps.executeUpdate();
    }
  }
}
