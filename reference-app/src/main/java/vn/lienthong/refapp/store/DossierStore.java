package vn.lienthong.refapp.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.LienThongException;
import vn.lienthong.core.dossier.Applicant;
import vn.lienthong.core.dossier.ApplicantKind;
import vn.lienthong.core.dossier.Dossier;
import vn.lienthong.core.dossier.DossierStatus;
import vn.lienthong.core.dossier.PortalCodes;
import vn.lienthong.core.dossier.ResultDocument;
import vn.lienthong.core.dossier.SupplementRequest;
import vn.lienthong.core.dossier.Transition;
import vn.lienthong.core.forms.FormId;
import vn.lienthong.core.id.DossierCode;
import vn.lienthong.core.id.DossierCodeFormat;
import vn.lienthong.core.id.PersonalIdNumber;
import vn.lienthong.core.id.ProcedureCode;
import vn.lienthong.core.id.TaxCode;
import vn.lienthong.core.text.PersonName;
import vn.lienthong.refapp.RefappErrorCode;

/**
 * Reads and writes dossiers with their history, supplement requests, attachments and results, on
 * the caller's connection (the caller owns the transaction, so the outbox message and the audit
 * event of a change commit with it).
 *
 * <p>Changes follow read-lock-write: {@link #find(Connection, DossierCode, boolean)} with {@code
 * lock} true takes the row lock ({@code SELECT ... FOR UPDATE}); {@link #update} writes the new
 * history entries and checks and raises {@code row_version}, so two nodes cannot overwrite each
 * other. Instances are immutable and thread-safe; create one and reuse it.
 *
 * <pre>{@code
 * DossierStore store = DossierStore.create(DossierCodeFormat.DEFAULT, files);
 * Optional<StoredDossier> d = store.find(connection, code, true);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DossierStore {

  /** The most rows a list returns. */
  public static final int MAX_LIST = 500;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  private static final String COLUMNS =
      "code, procedure_code, procedure_name, applicant_name, competent_commune, status,"
          + " received_at, due_at";

  private final DossierCodeFormat format;
  private final FileStore files;

  private DossierStore(DossierCodeFormat format, FileStore files) {
    this.format = format;
    this.files = files;
  }

  /**
   * Returns a store.
   *
   * @param format the dossier code format, to read codes back
   * @param files where attachment and result bytes live
   * @return the store
   */
  public static DossierStore create(DossierCodeFormat format, FileStore files) {
    return new DossierStore(Objects.requireNonNull(format), Objects.requireNonNull(files));
  }

  /**
   * Returns the dossier code format.
   *
   * @return the format
   */
  public DossierCodeFormat format() {
    return format;
  }

  /**
   * Inserts a new dossier (with whatever history it already has) at row version 1.
   *
   * @param c the connection
   * @param d the dossier
   * @param now the time of the change
   * @throws SQLException if the database fails (SQLState 23505 if the code exists)
   */
  public void insert(Connection c, StoredDossier d, Instant now) throws SQLException {
    Dossier x = d.dossier();
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO dossier (code, procedure_code, procedure_name, form_name, form_version,"
                + " form_data, applicant_kind, applicant_id, applicant_name, receiving_office,"
                + " competent_commune, channel, received_at, due_at, status, row_version,"
                + " updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,?)")) {
      ps.setString(1, x.code().toString());
      ps.setString(2, x.procedure().value());
      ps.setString(3, d.procedureName());
      ps.setString(4, d.form().name());
      ps.setString(5, d.form().version());
      ps.setString(6, d.formData());
      ps.setString(7, x.applicant().kind().name());
      ps.setString(8, x.applicant().subjectCode());
      ps.setString(9, x.applicant().name().value());
      ps.setString(10, x.receivingOffice().code());
      ps.setString(11, x.competentCommune().code());
      ps.setInt(12, x.channel().portalCode());
      Jdbc.setInstant(ps, 13, x.receivedAt());
      Jdbc.setInstant(ps, 14, x.dueAt());
      ps.setInt(15, x.status().portalCode());
      Jdbc.setInstant(ps, 16, now);
      ps.executeUpdate();
    }
    writeHistory(c, x, 0, 0);
  }

  /**
   * Writes a changed dossier: the history entries and supplement requests added since {@code
   * before}, answered supplement requests, results, status and due date; raises the row version.
   *
   * @param c the connection (the row should be locked by {@link #find} with {@code lock} true)
   * @param before the dossier as read
   * @param after the changed dossier
   * @param now the time of the change
   * @return the stored dossier with the new row version
   * @throws SQLException if the database fails
   * @throws LienThongException {@code LT-APP-0113} if the row changed since it was read
   */
  public StoredDossier update(Connection c, StoredDossier before, Dossier after, Instant now)
      throws SQLException {
    Dossier b = before.dossier();
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE dossier SET status = ?, due_at = ?, row_version = row_version + 1,"
                + " updated_at = ? WHERE code = ? AND row_version = ?")) {
      ps.setInt(1, after.status().portalCode());
      Jdbc.setInstant(ps, 2, after.dueAt());
      Jdbc.setInstant(ps, 3, now);
      ps.setString(4, after.code().toString());
      ps.setInt(5, before.version());
      if (ps.executeUpdate() != 1) {
        throw new LienThongException(
            RefappErrorCode.CONCURRENT_UPDATE,
            ErrorDetails.field("dossier").rejectedValue(after.code().toString()));
      }
    }
    writeHistory(c, after, b.history().size(), b.supplementRequests().size());
    for (int i = 0; i < b.supplementRequests().size(); i++) {
      SupplementRequest was = b.supplementRequests().get(i);
      SupplementRequest is = after.supplementRequests().get(i);
      if (was.answeredAt() == null && is.answeredAt() != null) {
        try (PreparedStatement ps =
            c.prepareStatement(
                "UPDATE supplement_request SET answered_at = ? WHERE dossier_code = ? AND seq = ?")) {
          Jdbc.setInstant(ps, 1, is.answeredAt());
          ps.setString(2, after.code().toString());
          ps.setInt(3, i);
          ps.executeUpdate();
        }
      }
    }
    return new StoredDossier(
        after, before.procedureName(), before.form(), before.formData(), before.version() + 1);
  }

  /**
   * Records a signed result of a dossier whose PDF is already in the file store.
   *
   * @param c the connection
   * @param code the dossier
   * @param seq the result's position (0 for the first)
   * @param title the result's title
   * @param number the document number, or null
   * @param issuedAt when it was issued
   * @param fileId the PDF's id in the file store
   * @throws SQLException if the database fails
   */
  public void addResult(
      Connection c,
      DossierCode code,
      int seq,
      String title,
      @Nullable String number,
      Instant issuedAt,
      String fileId)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO dossier_result (dossier_code, seq, title, doc_number, issued_at, file_id)"
                + " VALUES (?,?,?,?,?,?)")) {
      ps.setString(1, code.toString());
      ps.setInt(2, seq);
      ps.setString(3, title);
      ps.setString(4, number);
      Jdbc.setInstant(ps, 5, issuedAt);
      ps.setString(6, fileId);
      ps.executeUpdate();
    }
  }

  /**
   * Returns the file id of a dossier's latest result.
   *
   * @param c the connection
   * @param code the dossier
   * @return the file id, if a result was issued
   * @throws SQLException if the database fails
   */
  public Optional<String> latestResultFile(Connection c, DossierCode code) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT file_id FROM dossier_result WHERE dossier_code = ? ORDER BY seq DESC")) {
      ps.setString(1, code.toString());
      ps.setMaxRows(1);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  /**
   * Reads a dossier with everything that hangs off it.
   *
   * @param c the connection
   * @param code the dossier code
   * @param lock true to take the row lock until the transaction ends
   * @return the dossier, if it exists
   * @throws SQLException if the database fails
   */
  public Optional<StoredDossier> find(Connection c, DossierCode code, boolean lock)
      throws SQLException {
    String key = code.toString();
    Dossier.Builder b = Dossier.builder();
    String procedureName;
    FormId form;
    String formData;
    int version;
    try (PreparedStatement ps =
        c.prepareStatement("SELECT * FROM dossier WHERE code = ?" + (lock ? " FOR UPDATE" : ""))) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        b.code(code)
            .procedure(ProcedureCode.parse(rs.getString("procedure_code")))
            .applicant(applicant(rs))
            .receivingOffice(rs.getString("receiving_office"))
            .competentCommune(rs.getString("competent_commune"))
            .channel(PortalCodes.channel(rs.getInt("channel")))
            .receivedAt(Jdbc.requiredInstant(rs, "received_at"))
            .dueAt(Jdbc.requiredInstant(rs, "due_at"));
        procedureName = rs.getString("procedure_name");
        form = new FormId(rs.getString("form_name"), rs.getString("form_version"));
        formData = rs.getString("form_data");
        version = rs.getInt("row_version");
      }
    }
    b.history(transitions(c, key));
    b.supplementRequests(supplements(c, key));
    b.attachments(
        files.list(c, code, FileStore.ATTACHMENT).stream().map(StoredFile::attachment).toList());
    b.results(results(c, key));
    return Optional.of(new StoredDossier(b.build(), procedureName, form, formData, version));
  }

  /**
   * Takes a dossier's row lock until the transaction ends, without reading the dossier.
   *
   * @param c the connection
   * @param code the dossier code
   * @return true if the dossier exists
   * @throws SQLException if the database fails
   */
  public boolean lock(Connection c, DossierCode code) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT code FROM dossier WHERE code = ? FOR UPDATE")) {
      ps.setString(1, code.toString());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /**
   * Lists dossiers of some communes in some statuses, overdue first (earliest due date first).
   *
   * @param c the connection
   * @param communes the 5-digit commune codes (1-1000)
   * @param statuses the statuses wanted
   * @param limit the most rows, at most {@link #MAX_LIST}
   * @return the rows, ordered by due date then code
   * @throws SQLException if the database fails
   */
  public List<DossierRow> byCommunes(
      Connection c, Collection<String> communes, Collection<DossierStatus> statuses, int limit)
      throws SQLException {
    if (communes.isEmpty() || statuses.isEmpty()) {
      return List.of();
    }
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM dossier WHERE competent_commune IN ("
            + marks(communes.size())
            + ") AND status IN ("
            + marks(statuses.size())
            + ") ORDER BY due_at, code";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int i = 1;
      for (String commune : communes) {
        ps.setString(i++, commune);
      }
      for (DossierStatus s : statuses) {
        ps.setInt(i++, s.portalCode());
      }
      ps.setMaxRows(Math.min(limit, MAX_LIST));
      return rows(ps);
    }
  }

  /**
   * Lists the dossiers of one applicant, newest first.
   *
   * @param c the connection
   * @param subjectCode the applicant's personal id number or tax code
   * @param limit the most rows, at most {@link #MAX_LIST}
   * @return the rows
   * @throws SQLException if the database fails
   */
  public List<DossierRow> byApplicant(Connection c, String subjectCode, int limit)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + COLUMNS
                + " FROM dossier WHERE applicant_id = ? ORDER BY received_at DESC, code DESC")) {
      ps.setString(1, subjectCode);
      ps.setMaxRows(Math.min(limit, MAX_LIST));
      return rows(ps);
    }
  }

  /**
   * Counts all dossiers (for demo data and operators).
   *
   * @param c the connection
   * @return the count
   * @throws SQLException if the database fails
   */
  public long count(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM dossier");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private List<DossierRow> rows(PreparedStatement ps) throws SQLException {
    List<DossierRow> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(
            new DossierRow(
                format.parse(rs.getString("code")),
                rs.getString("procedure_code"),
                rs.getString("procedure_name"),
                PersonName.parse(rs.getString("applicant_name")),
                rs.getString("competent_commune"),
                DossierStatus.ofPortalCode(rs.getInt("status")),
                Jdbc.requiredInstant(rs, "received_at"),
                Jdbc.requiredInstant(rs, "due_at")));
      }
    }
    return out;
  }

  private static String marks(int n) {
    return String.join(",", java.util.Collections.nCopies(n, "?"));
  }

  private static Applicant applicant(ResultSet rs) throws SQLException {
    PersonName name = PersonName.parse(rs.getString("applicant_name"));
    String id = rs.getString("applicant_id");
    return ApplicantKind.valueOf(rs.getString("applicant_kind")) == ApplicantKind.CITIZEN
        ? Applicant.citizen(PersonalIdNumber.parse(id), name)
        : Applicant.business(TaxCode.parse(id), name);
  }

  private void writeHistory(Connection c, Dossier d, int fromTransition, int fromSupplement)
      throws SQLException {
    String key = d.code().toString();
    List<Transition> history = d.history();
    if (history.size() > fromTransition) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO dossier_transition (dossier_code, seq, transition_id, from_status,"
                  + " to_status, actor, occurred_at, reason) VALUES (?,?,?,?,?,?,?,?)")) {
        for (int i = fromTransition; i < history.size(); i++) {
          Transition t = history.get(i);
          ps.setString(1, key);
          ps.setInt(2, i);
          ps.setString(3, t.id());
          ps.setInt(4, t.from().portalCode());
          ps.setInt(5, t.to().portalCode());
          ps.setString(6, t.actor());
          Jdbc.setInstant(ps, 7, t.at());
          ps.setString(8, t.reason());
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
    List<SupplementRequest> requests = d.supplementRequests();
    if (requests.size() > fromSupplement) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO supplement_request (dossier_code, seq, transition_id, requested_at,"
                  + " reason, items, remaining_days, answered_at) VALUES (?,?,?,?,?,?,?,?)")) {
        for (int i = fromSupplement; i < requests.size(); i++) {
          SupplementRequest r = requests.get(i);
          ps.setString(1, key);
          ps.setInt(2, i);
          ps.setString(3, r.transitionId());
          Jdbc.setInstant(ps, 4, r.requestedAt());
          ps.setString(5, r.reason());
          ps.setString(6, json(r.items()));
          ps.setInt(7, r.remainingWorkingDays());
          Jdbc.setInstant(ps, 8, r.answeredAt());
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
  }

  private static List<Transition> transitions(Connection c, String key) throws SQLException {
    List<Transition> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT * FROM dossier_transition WHERE dossier_code = ? ORDER BY seq")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Transition(
                  rs.getString("transition_id"),
                  DossierStatus.ofPortalCode(rs.getInt("from_status")),
                  DossierStatus.ofPortalCode(rs.getInt("to_status")),
                  rs.getString("actor"),
                  Jdbc.requiredInstant(rs, "occurred_at"),
                  rs.getString("reason")));
        }
      }
    }
    return out;
  }

  private static List<SupplementRequest> supplements(Connection c, String key) throws SQLException {
    List<SupplementRequest> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT * FROM supplement_request WHERE dossier_code = ? ORDER BY seq")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new SupplementRequest(
                  rs.getString("transition_id"),
                  Jdbc.requiredInstant(rs, "requested_at"),
                  rs.getString("reason"),
                  strings(rs.getString("items")),
                  rs.getInt("remaining_days"),
                  Jdbc.instant(rs, "answered_at")));
        }
      }
    }
    return out;
  }

  private List<ResultDocument> results(Connection c, String key) throws SQLException {
    List<ResultDocument> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT r.title, r.doc_number, r.issued_at, f.name, f.media_type, f.size_bytes,"
                + " f.sha256 FROM dossier_result r JOIN stored_file f ON f.id = r.file_id"
                + " WHERE r.dossier_code = ? ORDER BY r.seq")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new ResultDocument(
                  rs.getString("title"),
                  rs.getString("doc_number"),
                  Jdbc.requiredInstant(rs, "issued_at"),
                  new vn.lienthong.core.dossier.Attachment(
                      rs.getString("name"),
                      rs.getString("media_type"),
                      rs.getLong("size_bytes"),
                      rs.getString("sha256"))));
        }
      }
    }
    return out;
  }

  private static String json(List<String> items) {
    try {
      return JSON.writeValueAsString(items);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> strings(String json) throws SQLException {
    try {
      return JSON.readValue(json, STRINGS);
    } catch (JsonProcessingException e) {
      throw new SQLException("corrupt supplement items", "22000", e);
    }
  }
}
