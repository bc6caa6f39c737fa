package vn.lienthong.registry.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import javax.sql.DataSource;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.LienThongException;
import vn.lienthong.registry.RegistryErrorCode;
import vn.lienthong.registry.internal.outbox.Dialect;
import vn.lienthong.registry.internal.outbox.Jdbc;

/**
 * The receiver's side of exactly-once: a table keyed by message id ({@code lt_inbox}) that the
 * receiver writes in the same transaction as the effect of a message, so each id is processed once
 * however often the sender delivers it.
 *
 * <p>{@link #firstDelivery(Connection, String)} inserts the id on the caller's connection (no
 * commit) and tells whether it was new; a concurrent transaction with the same id waits for the
 * first to commit and then sees a duplicate. The DDL ships as {@value #POSTGRESQL_DDL} and {@value
 * #H2_DDL}. Instances are immutable and thread-safe; create one and reuse it.
 *
 * <pre>{@code
 * InboxDeduplicator inbox = InboxDeduplicator.create();
 * boolean processed = inbox.processOnce(dataSource, messageId, c -> applyProgress(c, payload));
 * // reply 200 in both cases: a duplicate was already processed
 * }</pre>
 *
 * @since 0.1.0
 */
public final class InboxDeduplicator {

  /** The classpath resource with the PostgreSQL DDL of the inbox table. */
  public static final String POSTGRESQL_DDL = "/vn/lienthong/registry/outbox/inbox-postgresql.sql";

  /** The classpath resource with the H2 DDL of the inbox table. */
  public static final String H2_DDL = "/vn/lienthong/registry/outbox/inbox-h2.sql";

  private static final String SCRIPT = "/vn/lienthong/registry/outbox/inbox";

  private static final String INSERT_POSTGRESQL =
      "INSERT INTO lt_inbox (message_id, received_at) VALUES (?, ?) ON CONFLICT DO NOTHING";

  private static final String INSERT_H2 =
      "INSERT INTO lt_inbox (message_id, received_at) VALUES (?, ?)";

  private final Clock clock;

  private InboxDeduplicator(Clock clock) {
    this.clock = clock;
  }

  /** Work done for a new message, in the inbox's transaction. */
  @FunctionalInterface
  public interface Handler {
    /**
     * Applies the message's effect.
     *
     * @param connection the connection of the transaction that also records the message id
     * @throws SQLException if the database fails; the transaction is rolled back
     */
    void handle(Connection connection) throws SQLException;
  }

  /**
   * Returns a de-duplicator on the {@code lt_inbox} table.
   *
   * @return the de-duplicator
   */
  public static InboxDeduplicator create() {
    return new InboxDeduplicator(Clock.systemUTC());
  }

  /**
   * Creates the inbox table if it does not exist.
   *
   * @param dataSource the receiver's database, H2 or PostgreSQL
   * @throws NullPointerException if {@code dataSource} is null
   * @throws ConfigurationException with {@link RegistryErrorCode#DATABASE_NOT_SUPPORTED} for
   *     another database
   * @throws LienThongException with {@link RegistryErrorCode#INBOX_DATABASE_FAILED} if the database
   *     fails
   */
  public static void createSchemaIfMissing(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    try (Connection c = dataSource.getConnection()) {
      Dialect.of(c, "inbox").run(c, SCRIPT);
    } catch (SQLException e) {
      throw Jdbc.failed(RegistryErrorCode.INBOX_DATABASE_FAILED, "create-schema", e);
    }
  }

  /**
   * Records a message id on the caller's connection, without committing.
   *
   * @param connection the caller's connection, with auto-commit off so the id commits together with
   *     the message's effect
   * @param messageId the message id
   * @return {@code true} the first time this id is recorded, {@code false} for a duplicate
   * @throws NullPointerException if an argument is null
   * @throws LienThongException with {@link RegistryErrorCode#INBOX_DATABASE_FAILED} if the database
   *     fails
   */
  public boolean firstDelivery(Connection connection, String messageId) {
    Objects.requireNonNull(connection, "connection");
    Objects.requireNonNull(messageId, "messageId");
    try {
      Dialect dialect = Dialect.of(connection, "inbox");
      String sql = dialect == Dialect.POSTGRESQL ? INSERT_POSTGRESQL : INSERT_H2;
      try (PreparedStatement ps = connection.prepareStatement(sql)) {
        ps.setString(1, messageId);
        ps.setObject(2, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        return ps.executeUpdate() == 1;
      } catch (SQLException e) {
        // H2 rolls back only the failed statement, so the transaction stays usable.
        if (dialect == Dialect.H2 && Jdbc.UNIQUE_VIOLATION.equals(e.getSQLState())) {
          return false;
        }
        throw e;
      }
    } catch (SQLException e) {
      throw Jdbc.failed(RegistryErrorCode.INBOX_DATABASE_FAILED, "record", e);
    }
  }

  /**
   * Processes a message once: in one transaction, records its id and, if it is new, runs the
   * handler; commits both or neither.
   *
   * @param dataSource the receiver's database
   * @param messageId the message id
   * @param handler the effect of the message
   * @return {@code true} if the handler ran, {@code false} for a duplicate
   * @throws NullPointerException if an argument is null
   * @throws LienThongException with {@link RegistryErrorCode#INBOX_DATABASE_FAILED} if the database
   *     or the handler fails; nothing is recorded then
   */
  public boolean processOnce(DataSource dataSource, String messageId, Handler handler) {
    Objects.requireNonNull(dataSource, "dataSource");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(handler, "handler");
    try {
      Boolean ran =
          Jdbc.inTransaction(
              dataSource,
              c -> {
                if (!firstDelivery(c, messageId)) {
                  return false;
                }
                handler.handle(c);
                return true;
              });
      return Boolean.TRUE.equals(ran);
    } catch (SQLException e) {
      throw Jdbc.failed(RegistryErrorCode.INBOX_DATABASE_FAILED, "process", e);
    }
  }
}
