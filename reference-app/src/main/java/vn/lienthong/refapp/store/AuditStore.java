package vn.lienthong.refapp.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.lienthong.core.id.DossierCode;

/**
 * The per-dossier audit trail ({@code dossier_event}): appended in the transaction of the change it
 * records, under the dossier's row lock, each entry hash-chained to the previous one of the same
 * dossier so a changed or removed entry shows. Exchanges with national services are logged
 * separately in the SDK's tamper-evident {@code ExchangeLog}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * audit.append(c, code, now, "officer:CB-00004-0011", "status", "1 -> 2");
 * }</pre>
 *
 * @since 0.1.0
 */
public final class AuditStore {

  /** The hash before the first entry. */
  public static final String GENESIS = "0".repeat(64);

  /** The longest detail kept; longer ones are cut. */
  public static final int MAX_DETAIL_LENGTH = 1000;

  private AuditStore() {}

  /**
   * Returns a store.
   *
   * @return the store
   */
  public static AuditStore create() {
    return new AuditStore();
  }

  /**
   * Appends an entry; call it with the dossier row locked (or inserted) in the same transaction.
   *
   * @param c the connection
   * @param dossier the dossier
   * @param at when it happened
   * @param actor who did it
   * @param type what happened
   * @param detail a masked description
   * @return the entry
   * @throws SQLException if the database fails
   */
  public AuditEvent append(
      Connection c, DossierCode dossier, Instant at, String actor, String type, String detail)
      throws SQLException {
    String cut =
        detail.length() > MAX_DETAIL_LENGTH ? detail.substring(0, MAX_DETAIL_LENGTH) : detail;
    int seq = 0;
    String previous = GENESIS;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT seq, entry_hash FROM dossier_event WHERE dossier_code = ? ORDER BY seq DESC")) {
      ps.setString(1, dossier.toString());
      ps.setMaxRows(1);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          seq = rs.getInt(1) + 1;
          previous = rs.getString(2);
        }
      }
    }
    Instant when = Jdbc.micros(at);
    String hash = hash(dossier.toString(), seq, when, actor, type, cut, previous);
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO dossier_event (dossier_code, seq, occurred_at, actor, event_type, detail,"
                + " previous_hash, entry_hash) VALUES (?,?,?,?,?,?,?,?)")) {
      ps.setString(1, dossier.toString());
      ps.setInt(2, seq);
      Jdbc.setInstant(ps, 3, when);
      ps.setString(4, actor);
      ps.setString(5, type);
      ps.setString(6, cut);
      ps.setString(7, previous);
      ps.setString(8, hash);
      ps.executeUpdate();
    }
    return new AuditEvent(seq, when, actor, type, cut, previous, hash);
  }

  /**
   * Lists a dossier's trail in order.
   *
   * @param c the connection
   * @param dossier the dossier
   * @return the entries
   * @throws SQLException if the database fails
   */
  public List<AuditEvent> list(Connection c, DossierCode dossier) throws SQLException {
    List<AuditEvent> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement("SELECT * FROM dossier_event WHERE dossier_code = ? ORDER BY seq")) {
      ps.setString(1, dossier.toString());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new AuditEvent(
                  rs.getInt("seq"),
                  Jdbc.requiredInstant(rs, "occurred_at"),
                  rs.getString("actor"),
                  rs.getString("event_type"),
                  rs.getString("detail"),
                  rs.getString("previous_hash"),
                  rs.getString("entry_hash")));
        }
      }
    }
    return out;
  }

  /**
   * Checks a trail's hash chain.
   *
   * @param dossier the dossier
   * @param trail the entries in order
   * @return true if every entry links to the previous one and its hash matches its fields
   */
  public static boolean intact(DossierCode dossier, List<AuditEvent> trail) {
    String previous = GENESIS;
    for (int i = 0; i < trail.size(); i++) {
      AuditEvent e = trail.get(i);
      if (e.seq() != i
          || !e.previousHash().equals(previous)
          || !e.hash()
              .equals(
                  hash(
                      dossier.toString(),
                      e.seq(),
                      e.at(),
                      e.actor(),
                      e.type(),
                      e.detail(),
                      previous))) {
        return false;
      }
      previous = e.hash();
    }
    return true;
  }

  private static String hash(
      String dossier,
      int seq,
      Instant at,
      String actor,
      String type,
      String detail,
      String previous) {
    String canonical =
        String.join(
            "\n", previous, dossier, Integer.toString(seq), at.toString(), actor, type, detail);
    return FileStore.sha256(canonical.getBytes(StandardCharsets.UTF_8));
  }
}
