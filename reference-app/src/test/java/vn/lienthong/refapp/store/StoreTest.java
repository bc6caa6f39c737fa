package vn.lienthong.refapp.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.id.DossierCode;

/** The stores on an in-memory H2 migrated by the app's Flyway scripts. */
class StoreTest {

  private static DataSource db;
  private static final DossierCode CODE = DossierCode.parse("000.04.01.H26-261123-0042");

  @BeforeAll
  static void migrate() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(
        "jdbc:h2:mem:store-"
            + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    db = h2;
    Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
  }

  @Test
  void filesOverSeveralChunksReadBackExactly() {
    byte[] big = new byte[FileStore.CHUNK_BYTES * 2 + 123];
    new Random(7).nextBytes(big);
    FileStore files = FileStore.create();
    StoredFile f =
        Jdbc.inTransaction(
            db,
            "test",
            c ->
                files.put(
                    c,
                    CODE,
                    FileStore.ATTACHMENT,
                    "scan.pdf",
                    "application/pdf",
                    big,
                    Instant.now()));
    StoredFile empty =
        Jdbc.inTransaction(
            db,
            "test",
            c ->
                files.put(
                    c,
                    CODE,
                    FileStore.ATTACHMENT,
                    "empty.pdf",
                    "application/pdf",
                    new byte[0],
                    Instant.now()));
    assertThat(f.attachment().sha256()).isEqualTo(FileStore.sha256(big));
    assertThat(empty.seq()).isEqualTo(f.seq() + 1);
    assertThat(read(f.id())).contains(big);
    assertThat(read(empty.id())).contains(new byte[0]);
    assertThat(list()).extracting(StoredFile::id).containsExactly(f.id(), empty.id());
  }

  private static java.util.Optional<byte[]> read(String id) {
    return Jdbc.inTransaction(db, "test", c -> FileStore.create().read(c, id));
  }

  private static List<StoredFile> list() {
    return Jdbc.inTransaction(
        db, "test", c -> FileStore.create().list(c, CODE, FileStore.ATTACHMENT));
  }

  private static java.util.Optional<IdempotencyStore.Entry> key(String scope) {
    return Jdbc.inTransaction(db, "test", c -> IdempotencyStore.create().find(c, scope, "k1"));
  }

  @Test
  void auditTrailIsChainedAndATamperedEntryShows() throws Exception {
    DossierCode code = DossierCode.parse("000.04.01.H26-261123-0043");
    AuditStore audit = AuditStore.create();
    Instant t = Instant.parse("2026-11-23T02:00:00Z");
    Jdbc.inTransaction(
        db,
        "test",
        c -> {
          audit.append(c, code, t, "citizen", "submitted", "1.001193");
          audit.append(c, code, t.plusSeconds(60), "officer:CB-1", "status", "1 -> 2");
          audit.append(c, code, t.plusSeconds(120), "officer:CB-2", "status", "2 -> 4");
          return null;
        });
    List<AuditEvent> trail = Jdbc.inTransaction(db, "test", c -> audit.list(c, code));
    assertThat(trail).hasSize(3);
    assertThat(trail.get(0).previousHash()).isEqualTo(AuditStore.GENESIS);
    assertThat(trail.get(1).previousHash()).isEqualTo(trail.get(0).hash());
    assertThat(AuditStore.intact(code, trail)).isTrue();
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "UPDATE dossier_event SET detail = '1 -> 3' WHERE dossier_code = ? AND seq = 1")) {
      ps.setString(1, code.toString());
      ps.executeUpdate();
    }
    assertThat(AuditStore.intact(code, Jdbc.inTransaction(db, "test", c -> audit.list(c, code))))
        .isFalse();
    assertThat(AuditStore.intact(code, trail.subList(1, 3))).isFalse();
  }

  @Test
  void idempotencyKeysAreFirstWriterWins() {
    IdempotencyStore keys = IdempotencyStore.create();
    Jdbc.inTransaction(
        db,
        "test",
        c -> {
          keys.insert(c, "web", "k1", "a".repeat(64), CODE.toString(), Instant.now());
          return null;
        });
    boolean duplicate;
    try {
      Jdbc.inTransaction(
          db,
          "test",
          c -> {
            keys.insert(c, "web", "k1", "b".repeat(64), CODE.toString(), Instant.now());
            return null;
          });
      duplicate = false;
    } catch (vn.lienthong.core.LienThongException e) {
      duplicate = e.getCause() instanceof java.sql.SQLException s && Jdbc.isDuplicateKey(s);
    }
    assertThat(duplicate).isTrue();
    assertThat(key("web"))
        .get()
        .extracting(IdempotencyStore.Entry::requestSha256)
        .isEqualTo("a".repeat(64));
    assertThat(key("portal")).isEmpty();
  }
}
