package vn.lienthong.registry.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.LienThongException;
import vn.lienthong.registry.RegistryErrorCode;
import vn.lienthong.registry.internal.outbox.Dialect;
import vn.lienthong.registry.internal.outbox.Jdbc;
import vn.lienthong.registry.internal.outbox.OutboxSql;

/**
 * Writes messages into the outbox table inside the caller's own JDBC transaction, so a message
 * exists if and only if the business change that caused it commits.
 *
 * <p>The table {@code lt_outbox} is created by {@link #createSchemaIfMissing(DataSource)} or by the
 * vendor's own migrations: the DDL ships as the resources {@value #POSTGRESQL_DDL} and {@value
 * #H2_DDL} (idempotent {@code CREATE ... IF NOT EXISTS}), ready to copy into a Flyway or Liquibase
 * script. Instances are immutable and thread-safe; create one and reuse it.
 *
 * <pre>{@code
 * Outbox outbox = Outbox.create();
 * try (Connection c = dataSource.getConnection()) {
 *   c.setAutoCommit(false);
 *   saveDossierStatus(c, dossier);                  // the business change
 *   outbox.enqueue(c, OutboxMessage.builder()
 *       .orderingKey(dossier.code()).type("portal.progress")
 *       .destination("https://portal.example/progress").payload(json).build());
 *   c.commit();                                     // both or neither
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Outbox {

  /** The classpath resource with the PostgreSQL DDL of the outbox table. */
  public static final String POSTGRESQL_DDL = "/vn/lienthong/registry/outbox/outbox-postgresql.sql";

  /** The classpath resource with the H2 DDL of the outbox table. */
  public static final String H2_DDL = "/vn/lienthong/registry/outbox/outbox-h2.sql";

  private static final String SCRIPT = "/vn/lienthong/registry/outbox/outbox";

  private static final Outbox INSTANCE = new Outbox();

  private Outbox() {}

  /**
   * Returns an outbox writer for the {@code lt_outbox} table.
   *
   * @return the outbox
   */
  public static Outbox create() {
    return INSTANCE;
  }

  /**
   * Creates the outbox table and its indexes if they do not exist, in their own transaction.
   *
   * @param dataSource the database, H2 or PostgreSQL
   * @throws NullPointerException if {@code dataSource} is null
   * @throws ConfigurationException with {@link RegistryErrorCode#DATABASE_NOT_SUPPORTED} for
   *     another database
   * @throws LienThongException with {@link RegistryErrorCode#OUTBOX_DATABASE_FAILED} if the
   *     database fails
   */
  public static void createSchemaIfMissing(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    try (Connection c = dataSource.getConnection()) {
      Dialect.of(c, "outbox").run(c, SCRIPT);
    } catch (SQLException e) {
      throw Jdbc.failed(RegistryErrorCode.OUTBOX_DATABASE_FAILED, "create-schema", e);
    }
  }

  /**
   * Adds a message to the outbox on the caller's connection, without committing: the message
   * becomes visible to the dispatcher when the caller commits, and vanishes if the caller rolls
   * back.
   *
   * <p>A duplicate id fails the insert; on PostgreSQL that also aborts the caller's transaction
   * (roll it back), as any failed statement does there.
   *
   * @param connection the caller's connection, normally with auto-commit off
   * @param message the message
   * @throws NullPointerException if an argument is null
   * @throws InvalidInputException with {@link RegistryErrorCode#OUTBOX_DUPLICATE_MESSAGE_ID} if a
   *     message with the same id is already in the outbox
   * @throws LienThongException with {@link RegistryErrorCode#OUTBOX_DATABASE_FAILED} if the
   *     database fails
   */
  public void enqueue(Connection connection, OutboxMessage message) {
    Objects.requireNonNull(connection, "connection");
    Objects.requireNonNull(message, "message");
    try {
      OutboxSql.insert(connection, message);
    } catch (SQLException e) {
      if (Jdbc.UNIQUE_VIOLATION.equals(e.getSQLState())) {
        throw new InvalidInputException(
            RegistryErrorCode.OUTBOX_DUPLICATE_MESSAGE_ID,
            ErrorDetails.field("id").rule("unique").rejectedValue(message.id()));
      }
      throw Jdbc.failed(RegistryErrorCode.OUTBOX_DATABASE_FAILED, "enqueue", e);
    }
  }
}
