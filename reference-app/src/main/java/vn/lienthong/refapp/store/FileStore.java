package vn.lienthong.refapp.store;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.lienthong.core.dossier.Attachment;
import vn.lienthong.core.id.DossierCode;

/**
 * Keeps file bytes in the database, in chunks of {@value #CHUNK_BYTES} bytes ({@code
 * stored_file_chunk}), so every app node sees the same files and backups cover them with the
 * dossiers. Files are written once and never changed.
 *
 * <p>Instances are immutable and thread-safe; create one and reuse it.
 *
 * <pre>{@code
 * StoredFile f = files.put(c, code, FileStore.ATTACHMENT, "giay-chung-sinh.pdf",
 *     "application/pdf", bytes, now);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class FileStore {

  /** Kind of a file the applicant submitted (with the dossier or as a supplement). */
  public static final String ATTACHMENT = "attachment";

  /** Kind of a signed result. */
  public static final String RESULT = "result";

  /** Kind of a result the approver signed that awaits the agency seal. */
  public static final String APPROVED = "approved";

  /** Bytes per chunk row. */
  public static final int CHUNK_BYTES = 256 * 1024;

  /** The largest file stored, in bytes (the uploads module enforces its own, smaller caps). */
  public static final int MAX_FILE_BYTES = 64 * 1024 * 1024;

  private FileStore() {}

  /**
   * Returns a file store.
   *
   * @return the store
   */
  public static FileStore create() {
    return new FileStore();
  }

  /**
   * Stores a file of a dossier as the next of its kind.
   *
   * @param c the connection
   * @param dossier the dossier
   * @param kind {@link #ATTACHMENT}, {@link #APPROVED} or {@link #RESULT}
   * @param name the file name
   * @param mediaType the media type
   * @param bytes the content, at most {@link #MAX_FILE_BYTES}
   * @param now the time
   * @return the stored file's metadata
   * @throws SQLException if the database fails
   * @throws IllegalArgumentException if the content is over the cap
   */
  public StoredFile put(
      Connection c,
      DossierCode dossier,
      String kind,
      String name,
      String mediaType,
      byte[] bytes,
      Instant now)
      throws SQLException {
    if (bytes.length > MAX_FILE_BYTES) {
      throw new IllegalArgumentException("file over " + MAX_FILE_BYTES + " bytes");
    }
    Attachment meta = new Attachment(name, mediaType, bytes.length, sha256(bytes));
    int seq = nextSeq(c, dossier, kind);
    String id = UUID.randomUUID().toString();
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO stored_file (id, dossier_code, kind, seq, name, media_type, size_bytes,"
                + " sha256, created_at) VALUES (?,?,?,?,?,?,?,?,?)")) {
      ps.setString(1, id);
      ps.setString(2, dossier.toString());
      ps.setString(3, kind);
      ps.setInt(4, seq);
      ps.setString(5, meta.name());
      ps.setString(6, meta.mediaType());
      ps.setLong(7, meta.size());
      ps.setString(8, meta.sha256());
      Jdbc.setInstant(ps, 9, now);
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO stored_file_chunk (file_id, chunk_no, data) VALUES (?,?,?)")) {
      int chunk = 0;
      for (int off = 0; off < bytes.length || chunk == 0; off += CHUNK_BYTES) {
        ps.setString(1, id);
        ps.setInt(2, chunk++);
        ps.setBytes(3, Arrays.copyOfRange(bytes, off, Math.min(bytes.length, off + CHUNK_BYTES)));
        ps.addBatch();
      }
      ps.executeBatch();
    }
    return new StoredFile(id, kind, seq, meta);
  }

  /**
   * Lists a dossier's files of one kind, in order.
   *
   * @param c the connection
   * @param dossier the dossier
   * @param kind the kind
   * @return the files' metadata
   * @throws SQLException if the database fails
   */
  public List<StoredFile> list(Connection c, DossierCode dossier, String kind) throws SQLException {
    List<StoredFile> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, seq, name, media_type, size_bytes, sha256 FROM stored_file"
                + " WHERE dossier_code = ? AND kind = ? ORDER BY seq")) {
      ps.setString(1, dossier.toString());
      ps.setString(2, kind);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new StoredFile(
                  rs.getString("id"),
                  kind,
                  rs.getInt("seq"),
                  new Attachment(
                      rs.getString("name"),
                      rs.getString("media_type"),
                      rs.getLong("size_bytes"),
                      rs.getString("sha256"))));
        }
      }
    }
    return out;
  }

  /**
   * Reads a file's metadata.
   *
   * @param c the connection
   * @param fileId the file id
   * @return the metadata, if the file exists
   * @throws SQLException if the database fails
   */
  public Optional<StoredFile> info(Connection c, String fileId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT kind, seq, name, media_type, size_bytes, sha256 FROM stored_file WHERE id = ?")) {
      ps.setString(1, fileId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new StoredFile(
                fileId,
                rs.getString("kind"),
                rs.getInt("seq"),
                new Attachment(
                    rs.getString("name"),
                    rs.getString("media_type"),
                    rs.getLong("size_bytes"),
                    rs.getString("sha256"))));
      }
    }
  }

  /**
   * Reads a file's bytes.
   *
   * @param c the connection
   * @param fileId the file id
   * @return the bytes, if the file exists
   * @throws SQLException if the database fails
   */
  public Optional<byte[]> read(Connection c, String fileId) throws SQLException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    boolean any = false;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT data FROM stored_file_chunk WHERE file_id = ? ORDER BY chunk_no")) {
      ps.setString(1, fileId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          any = true;
          out.writeBytes(rs.getBytes(1));
        }
      }
    }
    return any ? Optional.of(out.toByteArray()) : Optional.empty();
  }

  /**
   * Returns the lowercase hex SHA-256 of some bytes.
   *
   * @param bytes the bytes
   * @return 64 hex digits
   */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JRE", e);
    }
  }

  private static int nextSeq(Connection c, DossierCode dossier, String kind) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT COALESCE(MAX(seq) + 1, 0) FROM stored_file WHERE dossier_code = ? AND kind = ?")) {
      ps.setString(1, dossier.toString());
      ps.setString(2, kind);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}
