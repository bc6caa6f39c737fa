package vn.lienthong.refapp.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.LienThongException;
import vn.lienthong.refapp.RefappErrorCode;

/**
 * Small JDBC helpers shared by the stores: one transaction around a unit of work, timestamps as
 * {@code TIMESTAMP WITH TIME ZONE} at microsecond precision (what both H2 and PostgreSQL keep).
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class Jdbc {

  private Jdbc() {}

  /**
   * A unit of work on one connection.
   *
   * @param <T> what it returns
   * @since 0.1.0
   */
  @FunctionalInterface
  public interface Work<T> {
    /**
     * Does the work.
     *
     * @param connection the connection, auto-commit off
     * @return the result
     * @throws SQLException if the database fails
     */
    T run(Connection connection) throws SQLException;
  }

  /**
   * Runs work in one transaction: commits when it returns, rolls back when it throws.
   *
   * <pre>{@code
   * int n = Jdbc.inTransaction(dataSource, "counting dossiers", c -> count(c));
   * }</pre>
   *
   * @param <T> the result type
   * @param dataSource the database
   * @param what what the work does, for the error message (no personal data)
   * @param work the work
   * @return the work's result
   * @throws LienThongException {@code LT-APP-0114} if the database fails; exceptions thrown by the
   *     work pass through after the rollback
   */
  public static <T> T inTransaction(DataSource dataSource, String what, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollback(c);
        throw e;
      }
    } catch (SQLException e) {
      throw failed(what, e);
    }
  }

  /**
   * Describes a database failure as {@code LT-APP-0114}.
   *
   * @param what what was being done
   * @param e the failure
   * @return the exception to throw
   */
  public static LienThongException failed(String what, SQLException e) {
    return new LienThongException(
        RefappErrorCode.STORAGE_FAILED,
        ErrorDetails.field(what).with("reason", "SQLState " + e.getSQLState()),
        e);
  }

  /**
   * Tells whether a failure is a unique-key violation (SQLState 23505 on both databases).
   *
   * @param e the failure
   * @return true for a duplicate key
   */
  public static boolean isDuplicateKey(SQLException e) {
    return "23505".equals(e.getSQLState());
  }

  /**
   * Cuts an instant to the microseconds the databases keep, so what is written reads back equal.
   *
   * @param instant the instant
   * @return the instant truncated to microseconds
   */
  public static Instant micros(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  static void setInstant(PreparedStatement ps, int index, @Nullable Instant instant)
      throws SQLException {
    if (instant == null) {
      ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      ps.setObject(index, OffsetDateTime.ofInstant(micros(instant), ZoneOffset.UTC));
    }
  }

  static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  static Instant requiredInstant(ResultSet rs, String column) throws SQLException {
    Instant t = instant(rs, column);
    if (t == null) {
      throw new SQLException("null in " + column, "22004");
    }
    return t;
  }

  private static void rollback(Connection c) {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // The original failure matters more; the pool discards a broken connection.
    }
  }
}
