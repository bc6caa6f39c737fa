package vn.lienthong.core.id;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.LienThongException;

/**
 * A {@link DossierSequenceSource} in a relational database reached through a plain {@link
 * DataSource}: one row per agency and day, so every node and every restart sharing the database
 * continues the same sequence. Tested on H2 and PostgreSQL; no driver is needed at compile time.
 *
 * <p>The table, by default {@value #DEFAULT_TABLE}:
 *
 * <pre>{@code
 * CREATE TABLE IF NOT EXISTS lt_dossier_sequence (
 *   agency_code  VARCHAR(32) NOT NULL,
 *   receipt_date DATE        NOT NULL,
 *   last_value   BIGINT      NOT NULL,
 *   PRIMARY KEY (agency_code, receipt_date))
 * }</pre>
 *
 * <p>{@link #next} runs one transaction: {@code UPDATE ... SET last_value = last_value + 1}, which
 * locks the row until commit, then reads the value back; on the first use of a day it inserts the
 * row with 1 instead. When two nodes insert the same new row at once, one gets a unique-key
 * violation and retries, now finding the row; lock time-outs, deadlocks and serialisation failures
 * are retried the same way, up to {@link Builder#maxAttempts(int)} times.
 *
 * <p>Instances are thread-safe; create one per data source and reuse it. It borrows a connection
 * for each call and returns it with its auto-commit setting restored.
 *
 * <pre>{@code
 * DossierSequenceSource source =
 *     JdbcDossierSequenceSource.builder(dataSource).tableName("lt_dossier_sequence").createTable(true).build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class JdbcDossierSequenceSource implements DossierSequenceSource {

  /** The default table name. */
  public static final String DEFAULT_TABLE = "lt_dossier_sequence";

  /** The default number of attempts per call. */
  public static final int DEFAULT_MAX_ATTEMPTS = 20;

  /** SQL states worth retrying: unique violation, serialisation failure, deadlock, lock timeout. */
  private static final Set<String> RETRYABLE =
      Set.of("23505", "40001", "40P01", "55P03", "HYT00", "90131");

  private final DataSource dataSource;
  private final String table;
  private final int maxAttempts;
  private final String update;
  private final String select;
  private final String insert;

  private JdbcDossierSequenceSource(Builder b) {
    this.dataSource = b.dataSource;
    this.table = b.tableName;
    this.maxAttempts = b.maxAttempts;
    this.update =
        "UPDATE "
            + table
            + " SET last_value = last_value + 1 WHERE agency_code = ? AND receipt_date = ?";
    this.select = "SELECT last_value FROM " + table + " WHERE agency_code = ? AND receipt_date = ?";
    this.insert =
        "INSERT INTO " + table + " (agency_code, receipt_date, last_value) VALUES (?, ?, 1)";
  }

  /**
   * Starts a builder.
   *
   * @param dataSource where the table lives
   * @return a builder with the default table name and attempts
   * @throws NullPointerException if {@code dataSource} is null
   * @since 0.1.0
   */
  public static Builder builder(DataSource dataSource) {
    return new Builder(Objects.requireNonNull(dataSource, "dataSource"));
  }

  /**
   * Returns the DDL that creates the table, if missing.
   *
   * @return a {@code CREATE TABLE IF NOT EXISTS} statement for H2 and PostgreSQL
   * @since 0.1.0
   */
  public String ddl() {
    return "CREATE TABLE IF NOT EXISTS "
        + table
        + " (agency_code VARCHAR(32) NOT NULL, receipt_date DATE NOT NULL,"
        + " last_value BIGINT NOT NULL, PRIMARY KEY (agency_code, receipt_date))";
  }

  /**
   * Creates the table if it does not exist, with {@link #ddl()}.
   *
   * @throws LienThongException with {@link CoreErrorCode#DOSSIER_SEQUENCE_UNAVAILABLE} if the
   *     database fails
   * @since 0.1.0
   */
  public void createTableIfMissing() {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(ddl());
      if (!c.getAutoCommit()) {
        c.commit();
      }
    } catch (SQLException e) {
      throw unavailable("-", "-", "create-table", e);
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws NullPointerException if an argument is null
   * @throws LienThongException with {@link CoreErrorCode#DOSSIER_SEQUENCE_UNAVAILABLE} if the
   *     database fails or the attempts run out
   */
  @Override
  public long next(AgencyCode agency, LocalDate receiptDate) {
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(receiptDate, "receiptDate");
    SQLException last = null;
    for (int attempt = 1; attempt <= maxAttempts; attempt++) {
      try (Connection c = dataSource.getConnection()) {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
          long value = increment(c, agency.value(), Date.valueOf(receiptDate));
          c.commit();
          return value;
        } catch (SQLException e) {
          rollbackQuietly(c, e);
          if (!RETRYABLE.contains(e.getSQLState())) {
            throw unavailable(agency.value(), receiptDate.toString(), "database", e);
          }
          last = e;
        } finally {
          c.setAutoCommit(autoCommit);
        }
      } catch (SQLException e) {
        throw unavailable(agency.value(), receiptDate.toString(), "connection", e);
      }
      Thread.onSpinWait();
    }
    throw unavailable(agency.value(), receiptDate.toString(), "attempts-exhausted", last);
  }

  private long increment(Connection c, String agency, Date date) throws SQLException {
    try (PreparedStatement up = c.prepareStatement(update)) {
      up.setString(1, agency);
      up.setDate(2, date);
      if (up.executeUpdate() == 1) {
        try (PreparedStatement sel = c.prepareStatement(select)) {
          sel.setString(1, agency);
          sel.setDate(2, date);
          try (ResultSet rs = sel.executeQuery()) {
            if (!rs.next()) {
              throw new SQLException("row vanished after update", "40001");
            }
            return rs.getLong(1);
          }
        }
      }
    }
    try (PreparedStatement ins = c.prepareStatement(insert)) {
      ins.setString(1, agency);
      ins.setDate(2, date);
      ins.executeUpdate();
      return 1;
    }
  }

  private static void rollbackQuietly(Connection c, SQLException failure) {
    try {
      c.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  private LienThongException unavailable(
      String agency, String date, String rule, @Nullable SQLException cause) {
    return new LienThongException(
        CoreErrorCode.DOSSIER_SEQUENCE_UNAVAILABLE,
        ErrorDetails.field(table)
            .rule("dossier-sequence." + rule)
            .with("agency", agency)
            .with("date", date)
            .with(
                "sqlState",
                cause == null || cause.getSQLState() == null ? "-" : cause.getSQLState()),
        cause);
  }

  /**
   * Builds a {@link JdbcDossierSequenceSource}.
   *
   * <p>Not thread-safe; use it on one thread, then share what it builds.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final DataSource dataSource;
    private String tableName = DEFAULT_TABLE;
    private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
    private boolean createTable;

    private Builder(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    /**
     * Sets the table name, optionally schema-qualified ({@code public.lt_dossier_sequence}).
     *
     * @param tableName letters, digits and underscores, not starting with a digit, at most 63 per
     *     part
     * @return this builder
     * @throws NullPointerException if {@code tableName} is null
     * @throws ConfigurationException with {@link CoreErrorCode#INVALID_CONFIGURATION} if the name
     *     is not a plain SQL identifier (this also rules out SQL injection through the name)
     * @since 0.1.0
     */
    public Builder tableName(String tableName) {
      Objects.requireNonNull(tableName, "tableName");
      String[] parts = tableName.split("\\.", -1);
      if (parts.length > 2) {
        throw badTable(tableName);
      }
      for (String part : parts) {
        if (!isIdentifier(part)) {
          throw badTable(tableName);
        }
      }
      this.tableName = tableName;
      return this;
    }

    /**
     * Sets how many times a call is tried when the database reports a race or lock time-out.
     *
     * @param maxAttempts at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code maxAttempts} is less than 1
     * @since 0.1.0
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be >= 1: " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * Sets whether {@link #build()} creates the table if it is missing.
     *
     * @param createTable {@code true} to run {@link JdbcDossierSequenceSource#ddl()} on build
     * @return this builder
     * @since 0.1.0
     */
    public Builder createTable(boolean createTable) {
      this.createTable = createTable;
      return this;
    }

    /**
     * Builds the source.
     *
     * @return the source
     * @throws LienThongException if the table was to be created and the database fails
     * @since 0.1.0
     */
    public JdbcDossierSequenceSource build() {
      JdbcDossierSequenceSource source = new JdbcDossierSequenceSource(this);
      if (createTable) {
        source.createTableIfMissing();
      }
      return source;
    }

    private static boolean isIdentifier(String s) {
      if (s.isEmpty() || s.length() > 63 || (s.charAt(0) >= '0' && s.charAt(0) <= '9')) {
        return false;
      }
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        boolean ok =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        if (!ok) {
          return false;
        }
      }
      return true;
    }

    private static ConfigurationException badTable(String tableName) {
      return new ConfigurationException(
          CoreErrorCode.INVALID_CONFIGURATION,
          ErrorDetails.field("tableName").rule("sql-identifier").rejectedValue(tableName),
          null);
    }
  }
}
