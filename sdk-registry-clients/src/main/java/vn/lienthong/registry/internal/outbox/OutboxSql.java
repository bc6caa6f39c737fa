package vn.lienthong.registry.internal.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.lienthong.registry.outbox.OutboxMessage;

/**
 * The outbox table's SQL, shared by H2 and PostgreSQL. A message is claimable when it is pending,
 * due, not leased (or its lease expired) and the head of its ordering key: no earlier row, pending
 * or dead, has the same key. Claiming locks the row with {@code FOR UPDATE SKIP LOCKED} and writes
 * a lease (owner and expiry) on it, so another node neither waits for it nor takes it.
 */
public final class OutboxSql {

  /** Status of a pending message. */
  public static final String PENDING = "PENDING";

  /** Status of a dead letter. */
  public static final String DEAD = "DEAD";

  private static final String COLUMNS =
      "seq, message_id, ordering_key, message_type, destination, payload, headers, created_at,"
          + " attempts, retry_since_ms";

  private static final String INSERT =
      "INSERT INTO lt_outbox (message_id, ordering_key, message_type, destination, payload,"
          + " headers, created_at, status, attempts, next_attempt_ms, retry_since_ms)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)";

  private static final String CLAIMABLE =
      " o.status = 'PENDING' AND o.next_attempt_ms <= ?"
          + " AND (o.lease_until_ms IS NULL OR o.lease_until_ms < ?)"
          + " AND NOT EXISTS (SELECT 1 FROM lt_outbox p"
          + " WHERE p.ordering_key = o.ordering_key AND p.seq < o.seq)";

  private static final String CLAIM_HEADS =
      "SELECT "
          + COLUMNS
          + " FROM lt_outbox o WHERE"
          + CLAIMABLE
          + " ORDER BY o.seq LIMIT ? FOR UPDATE SKIP LOCKED";

  private static final String CLAIM_NEXT =
      "SELECT "
          + COLUMNS
          + " FROM lt_outbox o WHERE o.ordering_key = ? AND"
          + CLAIMABLE
          + " ORDER BY o.seq LIMIT 1 FOR UPDATE SKIP LOCKED";

  private static final String LEASE =
      "UPDATE lt_outbox SET lease_owner = ?, lease_until_ms = ? WHERE seq = ?";

  private static final String DELETE = "DELETE FROM lt_outbox WHERE seq = ? AND lease_owner = ?";

  private static final String RESCHEDULE =
      "UPDATE lt_outbox SET status = ?, attempts = attempts + 1, next_attempt_ms = ?,"
          + " last_error = ?, lease_owner = NULL, lease_until_ms = NULL"
          + " WHERE seq = ? AND lease_owner = ?";

  private OutboxSql() {}

  /** A message claimed by this node: its row number, the message, and its retry state. */
  public record Claimed(long seq, OutboxMessage message, int attempts, long retrySinceMs) {}

  /**
   * Inserts a new pending message, due at once.
   *
   * @param c the caller's connection
   * @param m the message
   * @throws SQLException if the insert fails (state {@value Jdbc#UNIQUE_VIOLATION} for a duplicate
   *     id)
   */
  public static void insert(Connection c, OutboxMessage m) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
      ps.setString(1, m.id());
      ps.setString(2, m.orderingKey());
      ps.setString(3, m.type());
      ps.setString(4, m.destination());
      ps.setBytes(5, m.payload());
      ps.setString(6, Headers.encode(m.headers()));
      ps.setObject(7, OffsetDateTime.ofInstant(m.createdAt(), ZoneOffset.UTC));
      long created = m.createdAt().toEpochMilli();
      ps.setLong(8, created);
      ps.setLong(9, created);
      ps.executeUpdate();
    }
  }

  /**
   * Claims up to {@code limit} heads of distinct ordering keys, oldest first, and leases them.
   *
   * @param c a connection in a transaction
   * @param now the time in epoch milliseconds
   * @param limit the most to claim
   * @param owner this dispatcher's lease owner id
   * @param leaseUntil the lease expiry in epoch milliseconds
   * @return the claimed messages
   * @throws SQLException if the database fails
   */
  public static List<Claimed> claimHeads(
      Connection c, long now, int limit, String owner, long leaseUntil) throws SQLException {
    List<Claimed> claimed = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(CLAIM_HEADS)) {
      ps.setLong(1, now);
      ps.setLong(2, now);
      ps.setInt(3, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          claimed.add(read(rs));
        }
      }
    }
    lease(c, claimed, owner, leaseUntil);
    return claimed;
  }

  /**
   * Claims the next message of one ordering key, if it is due and now the head.
   *
   * @param c a connection in a transaction
   * @param key the ordering key
   * @param now the time in epoch milliseconds
   * @param owner this dispatcher's lease owner id
   * @param leaseUntil the lease expiry in epoch milliseconds
   * @return the claimed message, or null
   * @throws SQLException if the database fails
   */
  public static @Nullable Claimed claimNext(
      Connection c, String key, long now, String owner, long leaseUntil) throws SQLException {
    Claimed next = null;
    try (PreparedStatement ps = c.prepareStatement(CLAIM_NEXT)) {
      ps.setString(1, key);
      ps.setLong(2, now);
      ps.setLong(3, now);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          next = read(rs);
        }
      }
    }
    if (next != null) {
      lease(c, List.of(next), owner, leaseUntil);
    }
    return next;
  }

  /**
   * Deletes an acknowledged message this node still holds.
   *
   * @param c a connection in a transaction
   * @param seq the row number
   * @param owner this dispatcher's lease owner id
   * @return {@code false} if the row is gone or leased by someone else
   * @throws SQLException if the database fails
   */
  public static boolean delete(Connection c, long seq, String owner) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(DELETE)) {
      ps.setLong(1, seq);
      ps.setString(2, owner);
      return ps.executeUpdate() == 1;
    }
  }

  /**
   * Records a failed attempt: the message is due again later, or dead.
   *
   * @param c a connection in a transaction
   * @param seq the row number
   * @param owner this dispatcher's lease owner id
   * @param dead whether it becomes a dead letter
   * @param nextAttempt when it is due again, in epoch milliseconds
   * @param error the log-safe reason
   * @return {@code false} if the row is gone or leased by someone else
   * @throws SQLException if the database fails
   */
  public static boolean reschedule(
      Connection c, long seq, String owner, boolean dead, long nextAttempt, String error)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(RESCHEDULE)) {
      ps.setString(1, dead ? DEAD : PENDING);
      ps.setLong(2, nextAttempt);
      ps.setString(3, error);
      ps.setLong(4, seq);
      ps.setString(5, owner);
      return ps.executeUpdate() == 1;
    }
  }

  private static void lease(Connection c, List<Claimed> claimed, String owner, long leaseUntil)
      throws SQLException {
    if (claimed.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement(LEASE)) {
      for (Claimed m : claimed) {
        ps.setString(1, owner);
        ps.setLong(2, leaseUntil);
        ps.setLong(3, m.seq());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static Claimed read(ResultSet rs) throws SQLException {
    OutboxMessage.Builder b =
        OutboxMessage.builder()
            .id(rs.getString(2))
            .orderingKey(rs.getString(3))
            .type(rs.getString(4))
            .destination(rs.getString(5))
            .payload(rs.getBytes(6))
            .createdAt(instant(rs, 8));
    for (Map.Entry<String, String> h : Headers.decode(rs.getString(7)).entrySet()) {
      b.header(h.getKey(), h.getValue());
    }
    return new Claimed(rs.getLong(1), b.build(), rs.getInt(9), rs.getLong(10));
  }

  /**
   * Reads a timestamp column as an instant.
   *
   * @param rs the result set
   * @param column the column index
   * @return the instant
   * @throws SQLException if the column cannot be read
   */
  public static Instant instant(ResultSet rs, int column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }

  /**
   * Sets a nullable string parameter.
   *
   * @param ps the statement
   * @param index the parameter index
   * @param value the value, or null
   * @throws SQLException if the parameter cannot be set
   */
  public static void setNullable(PreparedStatement ps, int index, @Nullable String value)
      throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.VARCHAR);
    } else {
      ps.setString(index, value);
    }
  }
}
