package vn.lienthong.registry.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.LienThongException;
import vn.lienthong.registry.RegistryErrorCode;
import vn.lienthong.registry.internal.audit.ChainChecker;
import vn.lienthong.registry.internal.audit.EntryHash;
import vn.lienthong.registry.internal.audit.ExportFormat;
import vn.lienthong.registry.internal.outbox.Dialect;
import vn.lienthong.registry.internal.outbox.Jdbc;

/**
 * The tamper-evident exchange log in a JDBC database (H2 or PostgreSQL): each appended {@link
 * ExchangeRecord} becomes an {@link ExchangeEntry} whose hash covers its fields and the previous
 * entry's hash, so editing, deleting, inserting or reordering entries breaks the chain.
 *
 * <p>Appends are serialised by a lock on the single row of {@code lt_exchange_log_head} (last
 * sequence and hash), so concurrent appenders in several threads or nodes are safe; {@link
 * #append(Connection, ExchangeRecord)} holds that lock until the caller commits. Export writes JSON
 * Lines that {@link ExchangeLogVerifier} checks offline. The DDL ships as {@value #POSTGRESQL_DDL}
 * and {@value #H2_DDL}. Instances are immutable and thread-safe; create one and reuse it.
 *
 * <pre>{@code
 * ExchangeLog log = ExchangeLog.create(dataSource);
 * ExchangeEntry e = log.append(record);
 * log.exportTo(Path.of("exchange-log.jsonl"));
 * ChainReport report = ExchangeLogVerifier.verify(Path.of("exchange-log.jsonl"), e.hash());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ExchangeLog {

  /** The classpath resource with the PostgreSQL DDL. */
  public static final String POSTGRESQL_DDL =
      "/vn/lienthong/registry/audit/exchange-log-postgresql.sql";

  /** The classpath resource with the H2 DDL. */
  public static final String H2_DDL = "/vn/lienthong/registry/audit/exchange-log-h2.sql";

  /** How often an append in its own transaction is tried when the lock times out or deadlocks. */
  public static final int MAX_ATTEMPTS = 10;

  /** The most entries one {@link #entries(long, int)} call returns. */
  public static final int MAX_PAGE = 10_000;

  private static final String SCRIPT = "/vn/lienthong/registry/audit/exchange-log";

  private static final Set<String> RETRYABLE = Set.of("40001", "40P01", "55P03", "HYT00", "90131");

  private static final String LOCK_HEAD =
      "SELECT last_seq, last_hash FROM lt_exchange_log_head WHERE id = 1 FOR UPDATE";

  private static final String INSERT =
      "INSERT INTO lt_exchange_log (seq, message_id, client, service, logged_at, status,"
          + " payload_sha256, user_id, note, previous_hash, entry_hash)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static final String UPDATE_HEAD =
      "UPDATE lt_exchange_log_head SET last_seq = ?, last_hash = ? WHERE id = 1";

  private static final String PAGE =
      "SELECT seq, message_id, client, service, logged_at, status, payload_sha256, user_id, note,"
          + " previous_hash, entry_hash FROM lt_exchange_log WHERE seq >= ? ORDER BY seq LIMIT ?";

  private final DataSource dataSource;

  private ExchangeLog(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Returns the exchange log in a database.
   *
   * @param dataSource the database holding {@code lt_exchange_log}
   * @return the log
   * @throws NullPointerException if {@code dataSource} is null
   */
  public static ExchangeLog create(DataSource dataSource) {
    return new ExchangeLog(Objects.requireNonNull(dataSource, "dataSource"));
  }

  /**
   * Creates the log tables and the head row if they do not exist.
   *
   * @param dataSource the database, H2 or PostgreSQL
   * @throws NullPointerException if {@code dataSource} is null
   * @throws ConfigurationException with {@link RegistryErrorCode#DATABASE_NOT_SUPPORTED} for
   *     another database
   * @throws LienThongException with {@link RegistryErrorCode#EXCHANGE_LOG_DATABASE_FAILED} if the
   *     database fails
   */
  public static void createSchemaIfMissing(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    try (Connection c = dataSource.getConnection()) {
      Dialect.of(c, "exchange-log").run(c, SCRIPT);
    } catch (SQLException e) {
      throw Jdbc.failed(RegistryErrorCode.EXCHANGE_LOG_DATABASE_FAILED, "create-schema", e);
    }
  }

  /**
   * Appends a record in its own transaction, retrying lock time-outs and deadlocks.
   *
   * @param record the record
   * @return the appended entry
   * @throws NullPointerException if {@code record} is null
   * @throws LienThongException with {@link RegistryErrorCode#EXCHANGE_LOG_DATABASE_FAILED} if the
   *     database fails or the attempts run out
   */
  public ExchangeEntry append(ExchangeRecord record) {
    Objects.requireNonNull(record, "record");
    SQLException last = null;
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      try {
        ExchangeEntry e = Jdbc.inTransaction(dataSource, c -> insert(c, record));
        return Objects.requireNonNull(e);
      } catch (SQLException e) {
        if (!RETRYABLE.contains(e.getSQLState())) {
          throw Jdbc.failed(RegistryErrorCode.EXCHANGE_LOG_DATABASE_FAILED, "append", e);
        }
        last = e;
      }
    }
    throw Jdbc.failed(
        RegistryErrorCode.EXCHANGE_LOG_DATABASE_FAILED, "append", Objects.requireNonNull(last));
  }

  /**
   * Appends a record on the caller's connection, without committing: the entry exists if and only
   * if the caller commits. The log's head stays locked until then, so keep the transaction short.
   *
   * @param connection the caller's connection, with auto-commit off
   * @param record the record
   * @return the entry the caller's commit will add
   * @throws NullPointerException if an argument is null
   * @throws LienThongException with {@link RegistryErrorCode#EXCHANGE_LOG_DATABASE_FAILED} if the
   *     database fails
   */
  public ExchangeEntry append(Connection connection, ExchangeRecord record) {
    Objects.requireNonNull(connection, "connection");
    Objects.requireNonNull(record, "record");
    try {
      return insert(connection, record);
    } catch (SQLException e) {
      throw Jdbc.failed(RegistryErrorCode.EXCHANGE_LOG_DATABASE_FAILED, "append", e);
    }
  }

  private static ExchangeEntry insert(Connection c, ExchangeRecord r) throws SQLException {
    long lastSeq;
    String lastHash;
    try (PreparedStatement ps = c.prepareStatement(LOCK_HEAD);
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        throw new SQLException("lt_exchange_log_head has no row 1: run createSchemaIfMissing");
      }
      lastSeq = rs.getLong(1);
      lastHash = rs.getString(2).strip();
    }
    long seq = lastSeq + 1;
    String time = EntryHash.time(r.time());
    String hash =
        EntryHash.of(
            seq,
            r.messageId(),
            r.client(),
            r.service(),
            time,
            r.status(),
            r.payloadSha256(),
            r.user(),
            r.note(),
            lastHash);
    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
      ps.setLong(1, seq);
      ps.setString(2, r.messageId());
      ps.setString(3, r.client());
      ps.setString(4, r.service());
      ps.setString(5, time);
      ps.setString(6, r.status());
      ps.setString(7, r.payloadSha256());
      ps.setString(8, r.user());
      ps.setString(9, r.note());
      ps.setString(10, lastHash);
      ps.setString(11, hash);
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement(UPDATE_HEAD)) {
      ps.setLong(1, seq);
      ps.setString(2, hash);
      ps.executeUpdate();
    }
    return new ExchangeEntry(
        seq,
        r.messageId(),
        r.client(),
        r.service(),
        r.time(),
        r.status(),
        r.payloadSha256(),
        r.user(),
        r.note(),
        lastHash,
        hash);
  }

  /**
   * Reads entries in sequence order.
   *
   * @param fromSequence the first sequence number wanted, from 1
   * @param limit the most entries, 1 to {@value #MAX_PAGE}
   * @return the entries
   * @throws IllegalArgumentException if an argument is out of range
   * @throws LienThongException with {@link RegistryErrorCode#EXCHANGE_LOG_DATABASE_FAILED} if the
   *     database fails
   */
  public List<ExchangeEntry> entries(long fromSequence, int limit) {
    if (fromSequence < 1 || limit < 1 || limit > MAX_PAGE) {
      throw new IllegalArgumentException("fromSequence >= 1 and limit 1 to " + MAX_PAGE);
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(PAGE)) {
      ps.setLong(1, fromSequence);
      ps.setInt(2, limit);
      List<ExchangeEntry> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new ExchangeEntry(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  Instant.parse(rs.getString(5)),
                  rs.getString(6),
                  rs.getString(7).strip(),
                  rs.getString(8),
                  rs.getString(9),
                  rs.getString(10).strip(),
                  rs.getString(11).strip()));
        }
      }
      return out;
    } catch (SQLException e) {
      throw Jdbc.failed(RegistryErrorCode.EXCHANGE_LOG_DATABASE_FAILED, "read", e);
    }
  }

  /**
   * Returns the hash of the last entry, the anchor to keep elsewhere so that removing entries from
   * the end is detected too.
   *
   * @return the last hash, 64 zeros for an empty log
   * @throws LienThongException with {@link RegistryErrorCode#EXCHANGE_LOG_DATABASE_FAILED} if the
   *     database fails
   */
  public String lastHash() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT last_hash FROM lt_exchange_log_head WHERE id = 1");
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getString(1).strip() : ExchangeEntry.GENESIS_HASH;
    } catch (SQLException e) {
      throw Jdbc.failed(RegistryErrorCode.EXCHANGE_LOG_DATABASE_FAILED, "read", e);
    }
  }

  /**
   * Checks the chain in the database, from the first entry to the last, against the head row.
   *
   * @return the report
   * @throws LienThongException with {@link RegistryErrorCode#EXCHANGE_LOG_DATABASE_FAILED} if the
   *     database fails
   */
  public ChainReport verify() {
    String anchor = lastHash();
    ChainChecker checker = new ChainChecker();
    long position = 0;
    long from = 1;
    while (true) {
      List<ExchangeEntry> page = entries(from, MAX_PAGE);
      for (ExchangeEntry e : page) {
        if (!checker.accept(++position, e)) {
          return checker.report(null, position);
        }
      }
      if (page.size() < MAX_PAGE) {
        return checker.report(anchor, position);
      }
      from = page.get(page.size() - 1).sequence() + 1;
    }
  }

  /**
   * Writes every entry as JSON Lines (UTF-8, one object per line).
   *
   * @param out the stream; flushed, not closed
   * @return the number of entries written
   * @throws NullPointerException if {@code out} is null
   * @throws LienThongException with {@link RegistryErrorCode#EXCHANGE_LOG_DATABASE_FAILED} if the
   *     database fails, or {@link RegistryErrorCode#EXCHANGE_LOG_FILE_FAILED} if writing fails
   */
  public long export(OutputStream out) {
    Objects.requireNonNull(out, "out");
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    long count = 0;
    try {
      long from = 1;
      while (true) {
        List<ExchangeEntry> page = entries(from, MAX_PAGE);
        for (ExchangeEntry e : page) {
          w.write(ExportFormat.line(e));
          w.write('\n');
          count++;
        }
        if (page.size() < MAX_PAGE) {
          break;
        }
        from = page.get(page.size() - 1).sequence() + 1;
      }
      w.flush();
      return count;
    } catch (IOException e) {
      throw fileFailed("stream", "write", e);
    }
  }

  /**
   * Writes every entry to a file as JSON Lines, replacing the file.
   *
   * @param file the file
   * @return the number of entries written
   * @throws NullPointerException if {@code file} is null
   * @throws LienThongException with {@link RegistryErrorCode#EXCHANGE_LOG_DATABASE_FAILED} if the
   *     database fails, or {@link RegistryErrorCode#EXCHANGE_LOG_FILE_FAILED} if writing fails
   */
  public long exportTo(Path file) {
    Objects.requireNonNull(file, "file");
    try (OutputStream out = Files.newOutputStream(file)) {
      return export(out);
    } catch (IOException | UncheckedIOException e) {
      throw fileFailed(
          file.getFileName() == null ? "-" : file.getFileName().toString(), "write", e);
    }
  }

  static LienThongException fileFailed(String file, String operation, Exception e) {
    return new LienThongException(
        RegistryErrorCode.EXCHANGE_LOG_FILE_FAILED,
        ErrorDetails.field(file)
            .rule("file-io")
            .with("operation", operation)
            .with("reason", Jdbc.reason(e)),
        e);
  }
}
