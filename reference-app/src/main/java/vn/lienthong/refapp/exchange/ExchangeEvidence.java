package vn.lienthong.refapp.exchange;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.LienThongException;
import vn.lienthong.core.id.DossierCode;
import vn.lienthong.core.privacy.SafeLogger;
import vn.lienthong.refapp.RefappErrorCode;
import vn.lienthong.registry.audit.ExchangeEntry;
import vn.lienthong.registry.audit.ExchangeLog;

/**
 * Reads a dossier's exchange-log evidence: the contiguous segment of the log from the first entry
 * whose note is the dossier code to the last one, with the log's head. Thread-safe.
 */
final class ExchangeEvidence {

  /** The most entries one segment may hold. */
  static final int MAX_ENTRIES = 10_000;

  private static final SafeLogger LOG = SafeLogger.of(ExchangeEvidence.class);

  private static final String OF_DOSSIER =
      "SELECT seq FROM lt_exchange_log WHERE note = ? ORDER BY seq";

  private static final String HEAD = "SELECT last_seq, last_hash FROM lt_exchange_log_head";

  private final DataSource dataSource;
  private final ExchangeLog log;

  ExchangeEvidence(DataSource dataSource, ExchangeLog log) {
    this.dataSource = dataSource;
    this.log = log;
  }

  /** Indexes the log by note, once, so a dossier's entries are found without a scan. */
  static void createIndexIfMissing(DataSource dataSource) {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE INDEX IF NOT EXISTS lt_exchange_log_note ON lt_exchange_log (note)");
    } catch (SQLException e) {
      LOG.warn("could not index the exchange log by note: {}", e.toString());
    }
  }

  ExchangeService.Evidence of(DossierCode code) {
    List<Long> sequences = new ArrayList<>();
    long headSeq;
    String headHash;
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement ps = c.prepareStatement(OF_DOSSIER)) {
        ps.setString(1, code.toString());
        ps.setMaxRows(MAX_ENTRIES + 1);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            sequences.add(rs.getLong(1));
          }
        }
      }
      try (PreparedStatement ps = c.prepareStatement(HEAD);
          ResultSet rs = ps.executeQuery()) {
        headSeq = rs.next() ? rs.getLong(1) : 0;
        headHash = headSeq == 0 ? ExchangeEntry.GENESIS_HASH : rs.getString(2).strip();
      }
    } catch (SQLException e) {
      throw new LienThongException(
          RefappErrorCode.STORAGE_FAILED, ErrorDetails.field("lt_exchange_log").rule("read"), e);
    }
    if (sequences.isEmpty()) {
      return new ExchangeService.Evidence(
          code, headSeq + 1, headHash, List.of(), List.of(), headSeq, headHash);
    }
    long first = sequences.get(0);
    long last = sequences.get(sequences.size() - 1);
    if (last - first + 1 > MAX_ENTRIES) {
      throw new LienThongException(
          RefappErrorCode.EXCHANGE_EVIDENCE_TOO_LARGE,
          ErrorDetails.field(code.toString()).rule(String.valueOf(MAX_ENTRIES)));
    }
    List<ExchangeEntry> entries = log.entries(first, (int) (last - first + 1));
    return new ExchangeService.Evidence(
        code,
        first,
        entries.get(0).previousHash(),
        sequences,
        entries,
        Math.max(headSeq, last),
        headSeq >= last ? headHash : entries.get(entries.size() - 1).hash());
  }
}
