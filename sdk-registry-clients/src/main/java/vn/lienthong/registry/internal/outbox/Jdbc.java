package vn.lienthong.registry.internal.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ErrorCode;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.LienThongException;
import vn.lienthong.core.privacy.Scrubber;

/** Small JDBC helpers: one transaction around a piece of work, and database failures as errors. */
public final class Jdbc {

  /** SQL state of a unique-key violation, in H2 and PostgreSQL. */
  public static final String UNIQUE_VIOLATION = "23505";

  /** The longest stored or reported failure reason. */
  public static final int MAX_REASON_LENGTH = 500;

  private Jdbc() {}

  /** Work inside a transaction. */
  @FunctionalInterface
  public interface Work<T> {
    /**
     * Does the work.
     *
     * @param connection the connection, auto-commit off
     * @return the result
     * @throws SQLException if the database fails
     */
    @Nullable T run(Connection connection) throws SQLException;
  }

  /**
   * Runs work in its own transaction: commits on success, rolls back on any failure, restores the
   * auto-commit setting and closes the connection.
   *
   * @param dataSource the data source
   * @param work the work
   * @param <T> the result type
   * @return the work's result
   * @throws SQLException if the database fails
   */
  public static <T> @Nullable T inTransaction(DataSource dataSource, Work<T> work)
      throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        try {
          c.rollback();
        } catch (SQLException r) {
          e.addSuppressed(r);
        }
        throw e;
      } finally {
        try {
          c.setAutoCommit(autoCommit);
        } catch (SQLException ignored) {
          // The connection is closed next anyway.
        }
      }
    }
  }

  /**
   * Returns a log-safe, bounded reason for a failure: its class and scrubbed message.
   *
   * @param failure the failure
   * @return the reason
   */
  public static String reason(Throwable failure) {
    String message = failure.getMessage();
    String text =
        failure.getClass().getSimpleName() + (message == null ? "" : ": " + message.strip());
    return Scrubber.scrub(text, MAX_REASON_LENGTH);
  }

  /**
   * Returns the exception for a failed database operation.
   *
   * @param code the error code
   * @param operation what was being done, such as {@code enqueue}
   * @param failure the cause
   * @return the exception
   */
  public static LienThongException failed(ErrorCode code, String operation, SQLException failure) {
    return new LienThongException(
        code,
        ErrorDetails.none()
            .with("operation", operation)
            .with("reason", reason(failure))
            .with("sqlState", String.valueOf(failure.getSQLState())),
        failure);
  }
}
