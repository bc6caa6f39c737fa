package vn.lienthong.registry.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import vn.lienthong.core.LienThongException;
import vn.lienthong.core.privacy.Masking;
import vn.lienthong.registry.RegistryErrorCode;
import vn.lienthong.registry.internal.outbox.Headers;
import vn.lienthong.registry.internal.outbox.Jdbc;
import vn.lienthong.registry.internal.outbox.OutboxSql;

/**
 * The operator's view of the outbox: counts, pending messages and dead letters with their reasons,
 * one message in detail, and replaying or discarding dead letters. Nothing it returns holds a
 * payload, a header value or an unmasked ordering key.
 *
 * <p>Instances are immutable and thread-safe; create one and reuse it.
 *
 * <pre>{@code
 * OutboxOperations ops = OutboxOperations.create(dataSource);
 * OutboxCounts counts = ops.counts();
 * for (OutboxEntry dead : ops.deadLetters(50)) {
 *   log(dead.messageId(), dead.lastError());
 * }
 * ops.replay(messageId);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class OutboxOperations {

  /** The most entries one list call returns. */
  public static final int MAX_LIST = 1000;

  private static final String ENTRY_COLUMNS =
      "message_id, ordering_key, message_type, destination, created_at, status, attempts,"
          + " next_attempt_ms, last_error, OCTET_LENGTH(payload), headers";

  private final DataSource dataSource;
  private final Clock clock;

  private OutboxOperations(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /**
   * Returns the operations on the outbox in a database.
   *
   * @param dataSource the database holding {@code lt_outbox}
   * @return the operations
   * @throws NullPointerException if {@code dataSource} is null
   */
  public static OutboxOperations create(DataSource dataSource) {
    return new OutboxOperations(
        Objects.requireNonNull(dataSource, "dataSource"), Clock.systemUTC());
  }

  /**
   * Counts pending messages, those of them that failed at least once, and dead letters.
   *
   * @return the counts
   * @throws LienThongException with {@link RegistryErrorCode#OUTBOX_DATABASE_FAILED} if the
   *     database fails
   */
  public OutboxCounts counts() {
    String sql =
        "SELECT status, COUNT(*), SUM(CASE WHEN attempts > 0 THEN 1 ELSE 0 END)"
            + " FROM lt_outbox GROUP BY status";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      long pending = 0;
      long retrying = 0;
      long dead = 0;
      while (rs.next()) {
        if (OutboxSql.DEAD.equals(rs.getString(1))) {
          dead = rs.getLong(2);
        } else {
          pending = rs.getLong(2);
          retrying = rs.getLong(3);
        }
      }
      return new OutboxCounts(pending, retrying, dead);
    } catch (SQLException e) {
      throw Jdbc.failed(RegistryErrorCode.OUTBOX_DATABASE_FAILED, "counts", e);
    }
  }

  /**
   * Lists pending messages, oldest first.
   *
   * @param limit the most to return, 1 to {@link #MAX_LIST}
   * @return the entries
   * @throws IllegalArgumentException if {@code limit} is out of range
   * @throws LienThongException with {@link RegistryErrorCode#OUTBOX_DATABASE_FAILED} if the
   *     database fails
   */
  public List<OutboxEntry> pending(int limit) {
    return list(OutboxSql.PENDING, limit);
  }

  /**
   * Lists dead letters, oldest first, with the reason each one died.
   *
   * @param limit the most to return, 1 to {@link #MAX_LIST}
   * @return the entries
   * @throws IllegalArgumentException if {@code limit} is out of range
   * @throws LienThongException with {@link RegistryErrorCode#OUTBOX_DATABASE_FAILED} if the
   *     database fails
   */
  public List<OutboxEntry> deadLetters(int limit) {
    return list(OutboxSql.DEAD, limit);
  }

  /**
   * Finds one message still in the outbox.
   *
   * @param messageId the message id
   * @return the entry, or empty if no such message waits (never enqueued, or acknowledged)
   * @throws NullPointerException if {@code messageId} is null
   * @throws LienThongException with {@link RegistryErrorCode#OUTBOX_DATABASE_FAILED} if the
   *     database fails
   */
  public Optional<OutboxEntry> find(String messageId) {
    Objects.requireNonNull(messageId, "messageId");
    String sql = "SELECT " + ENTRY_COLUMNS + " FROM lt_outbox WHERE message_id = ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, messageId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(entry(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw Jdbc.failed(RegistryErrorCode.OUTBOX_DATABASE_FAILED, "find", e);
    }
  }

  /**
   * Puts a dead letter back in line: pending, due now, with a fresh dead-letter horizon. It keeps
   * its place before the later messages of its ordering key.
   *
   * @param messageId the message id
   * @return {@code true} if a dead letter with this id was replayed
   * @throws NullPointerException if {@code messageId} is null
   * @throws LienThongException with {@link RegistryErrorCode#OUTBOX_DATABASE_FAILED} if the
   *     database fails
   */
  public boolean replay(String messageId) {
    Objects.requireNonNull(messageId, "messageId");
    return replayWhere("message_id = ?", messageId) == 1;
  }

  /**
   * Replays every dead letter.
   *
   * @return how many were replayed
   * @throws LienThongException with {@link RegistryErrorCode#OUTBOX_DATABASE_FAILED} if the
   *     database fails
   */
  public int replayAllDeadLetters() {
    return replayWhere("1 = 1", null);
  }

  /**
   * Deletes a dead letter for good, releasing the later messages of its ordering key. Only dead
   * letters can be discarded; the decision belongs to an operator.
   *
   * @param messageId the message id
   * @return {@code true} if a dead letter with this id was discarded
   * @throws NullPointerException if {@code messageId} is null
   * @throws LienThongException with {@link RegistryErrorCode#OUTBOX_DATABASE_FAILED} if the
   *     database fails
   */
  public boolean discard(String messageId) {
    Objects.requireNonNull(messageId, "messageId");
    String sql = "DELETE FROM lt_outbox WHERE message_id = ? AND status = 'DEAD'";
    try {
      Integer n =
          Jdbc.inTransaction(
              dataSource,
              c -> {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                  ps.setString(1, messageId);
                  return ps.executeUpdate();
                }
              });
      return n != null && n == 1;
    } catch (SQLException e) {
      throw Jdbc.failed(RegistryErrorCode.OUTBOX_DATABASE_FAILED, "discard", e);
    }
  }

  private int replayWhere(String condition, @org.jspecify.annotations.Nullable String messageId) {
    String sql =
        "UPDATE lt_outbox SET status = 'PENDING', next_attempt_ms = ?, retry_since_ms = ?,"
            + " lease_owner = NULL, lease_until_ms = NULL WHERE status = 'DEAD' AND "
            + condition;
    long now = clock.millis();
    try {
      Integer n =
          Jdbc.inTransaction(
              dataSource,
              c -> {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                  ps.setLong(1, now);
                  ps.setLong(2, now);
                  if (messageId != null) {
                    ps.setString(3, messageId);
                  }
                  return ps.executeUpdate();
                }
              });
      return n == null ? 0 : n;
    } catch (SQLException e) {
      throw Jdbc.failed(RegistryErrorCode.OUTBOX_DATABASE_FAILED, "replay", e);
    }
  }

  private List<OutboxEntry> list(String status, int limit) {
    if (limit < 1 || limit > MAX_LIST) {
      throw new IllegalArgumentException("limit must be 1 to " + MAX_LIST + ": " + limit);
    }
    String sql =
        "SELECT " + ENTRY_COLUMNS + " FROM lt_outbox WHERE status = ? ORDER BY seq LIMIT ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, status);
      ps.setInt(2, limit);
      List<OutboxEntry> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(entry(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw Jdbc.failed(RegistryErrorCode.OUTBOX_DATABASE_FAILED, "list", e);
    }
  }

  private static OutboxEntry entry(ResultSet rs) throws SQLException {
    return new OutboxEntry(
        rs.getString(1),
        Masking.keepLast(rs.getString(2), 4),
        rs.getString(3),
        rs.getString(4),
        OutboxSql.instant(rs, 5),
        OutboxStatus.valueOf(rs.getString(6)),
        rs.getInt(7),
        Instant.ofEpochMilli(rs.getLong(8)),
        rs.getString(9),
        rs.getLong(10),
        List.copyOf(Headers.decode(rs.getString(11)).keySet()));
  }
}
