package vn.lienthong.refapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

  @TempDir Path dataDir;

  private DataSource db;

  @BeforeEach
  void open() {
    db = Database.open(AppConfig.of(Map.of(AppConfig.DATA_DIR, dataDir.toString())));
  }

  @AfterEach
  void close() throws Exception {
    ((AutoCloseable) db).close();
  }

  @Test
  void h2PoolKeepsParsedStatementsAcrossCheckouts() throws Exception {
    String sql = "SELECT COUNT(*) FROM flyway_schema_history WHERE version = ?";
    for (int i = 0; i < 3; i++) {
      try (Connection c = db.getConnection()) {
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
          ps.setString(1, "k");
          ps.executeQuery().close();
        }
        c.commit();
      }
    }
    // H2's own pool rolled back every returned connection, and a rollback empties the session's
    // statement cache: every statement was parsed on every call.
    try (Connection c = db.getConnection()) {
      assertThat(queryCache(c)).contains(sql);
    }
  }

  @Test
  void h2PoolRollsBackWorkLeftUncommitted() throws Exception {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE t (v INT)");
    }
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.executeUpdate("INSERT INTO t VALUES (1)");
      }
      // Returned without commit: the work must not stay pending on a pooled connection.
    }
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM t")) {
      rs.next();
      assertThat(rs.getInt(1)).isZero();
    }
  }

  @Test
  void h2CommitsAreOnDiskWhenTheAnswerGoes() throws SQLException {
    assertThat(Database.defaultH2Url(dataDir)).contains(";WRITE_DELAY=0");
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                    + " WHERE SETTING_NAME = 'WRITE_DELAY'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("0");
    }
  }

  private static Set<Object> queryCache(Connection c) throws Exception {
    SessionLocal session = (SessionLocal) c.unwrap(JdbcConnection.class).getSession();
    Field f = SessionLocal.class.getDeclaredField("queryCache");
    f.setAccessible(true);
    Object cache = f.get(session);
    return cache == null ? Set.of() : new HashSet<>(((Map<?, ?>) cache).keySet());
  }
}
