package vn.lienthong.refapp.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.id.DossierCode;

/**
 * Results the approver has signed that wait for the clerk's agency seal (văn thư đóng dấu): at most
 * one per dossier, pointing at the approver-signed PDF in the {@link FileStore} (kind {@link
 * FileStore#APPROVED}). Callers hold the dossier's row lock while they write.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * pending.insert(c, new PendingResultStore.Pending(code, "Trích lục khai sinh", "12/2026", now,
 *     "CB-00004-0003", file.id()));
 * Optional<PendingResultStore.Pending> p = pending.find(c, code);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PendingResultStore {

  /**
   * A result awaiting the seal.
   *
   * @param dossier the dossier
   * @param title the result's title
   * @param number the document number, or null
   * @param approvedAt when the approver signed
   * @param approverId the approving officer's id
   * @param fileId the approver-signed PDF in the file store
   * @since 0.1.0
   */
  public record Pending(
      DossierCode dossier,
      String title,
      @Nullable String number,
      Instant approvedAt,
      String approverId,
      String fileId) {
    /**
     * Checks the parts.
     *
     * @param dossier the dossier
     * @param title the title
     * @param number the number, or null
     * @param approvedAt the time
     * @param approverId the approver
     * @param fileId the file
     * @throws NullPointerException if a required part is null
     */
    public Pending {
      Objects.requireNonNull(dossier, "dossier");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(approvedAt, "approvedAt");
      Objects.requireNonNull(approverId, "approverId");
      Objects.requireNonNull(fileId, "fileId");
    }
  }

  private PendingResultStore() {}

  /**
   * Returns a store.
   *
   * @return the store
   */
  public static PendingResultStore create() {
    return new PendingResultStore();
  }

  /**
   * Records a result awaiting the seal.
   *
   * @param c the connection
   * @param pending the result
   * @throws SQLException if the database fails (a duplicate when one is already pending)
   */
  public void insert(Connection c, Pending pending) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO pending_result (dossier_code, title, doc_number, approved_at,"
                + " approver_id, file_id) VALUES (?,?,?,?,?,?)")) {
      ps.setString(1, pending.dossier().toString());
      ps.setString(2, pending.title());
      ps.setString(3, pending.number());
      Jdbc.setInstant(ps, 4, pending.approvedAt());
      ps.setString(5, pending.approverId());
      ps.setString(6, pending.fileId());
      ps.executeUpdate();
    }
  }

  /**
   * Finds the result awaiting the seal of a dossier.
   *
   * @param c the connection
   * @param code the dossier
   * @return the pending result, if there is one
   * @throws SQLException if the database fails
   */
  public Optional<Pending> find(Connection c, DossierCode code) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT title, doc_number, approved_at, approver_id, file_id FROM pending_result"
                + " WHERE dossier_code = ?")) {
      ps.setString(1, code.toString());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Pending(
                code,
                rs.getString("title"),
                rs.getString("doc_number"),
                Jdbc.requiredInstant(rs, "approved_at"),
                rs.getString("approver_id"),
                rs.getString("file_id")));
      }
    }
  }

  /**
   * Removes the pending result of a dossier (once sealed).
   *
   * @param c the connection
   * @param code the dossier
   * @return true if there was one
   * @throws SQLException if the database fails
   */
  public boolean delete(Connection c, DossierCode code) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM pending_result WHERE dossier_code = ?")) {
      ps.setString(1, code.toString());
      return ps.executeUpdate() == 1;
    }
  }
}
