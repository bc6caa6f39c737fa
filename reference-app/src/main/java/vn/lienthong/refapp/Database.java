package vn.lienthong.refapp;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.ErrorDetails;

/**
 * Opens the app's database from the settings and migrates it with Flyway (scripts in {@code
 * db/migration}): H2 in files under the data directory by default, PostgreSQL when {@code db.url}
 * says so.
 */
final class Database {

  /** Connections an H2 pool keeps at most. */
  static final int H2_MAX_CONNECTIONS = 32;

  /** Idle connections an H2 pool keeps open; it opens more on demand, up to the maximum. */
  static final int H2_MIN_IDLE = 4;

  /** Connections a PostgreSQL pool keeps at most unless {@code db.pool-size} says otherwise. */
  static final int POSTGRESQL_DEFAULT_POOL_SIZE = 16;

  private Database() {}

  static DataSource open(AppConfig config) {
    String url = config.get(AppConfig.DB_URL, defaultH2Url(config.dataDir()));
    String user = config.get(AppConfig.DB_USER, url.startsWith("jdbc:h2:") ? "sa" : "");
    String password = config.get(AppConfig.DB_PASSWORD, "");
    DataSource dataSource;
    if (url.startsWith("jdbc:h2:")) {
      // HikariCP rather than H2's own JdbcConnectionPool: H2's pool rolls back every connection
      // it takes back, and an H2 rollback empties the session's parsed-statement cache, so every
      // statement was parsed again on every call (the load profile's largest single cost). HikariCP
      // rolls back only a connection returned with uncommitted work.
      HikariConfig hikari = hikari(url, user, password, H2_MAX_CONNECTIONS);
      hikari.setMinimumIdle(H2_MIN_IDLE);
      dataSource = new HikariDataSource(hikari);
    } else if (url.startsWith("jdbc:postgresql:")) {
      dataSource =
          new HikariDataSource(
              hikari(
                  url,
                  user,
                  password,
                  config.getInt(AppConfig.DB_POOL_SIZE, POSTGRESQL_DEFAULT_POOL_SIZE)));
    } else {
      throw AppConfig.invalid(AppConfig.DB_URL, "a jdbc:h2: or jdbc:postgresql: URL");
    }
    migrate(dataSource, url);
    return dataSource;
  }

  private static HikariConfig hikari(String url, String user, String password, int size) {
    HikariConfig hikari = new HikariConfig();
    hikari.setJdbcUrl(url);
    hikari.setUsername(user);
    hikari.setPassword(password);
    hikari.setMaximumPoolSize(size);
    hikari.setPoolName("lienthong-db");
    return hikari;
  }

  /**
   * The default H2 URL. {@code WRITE_DELAY=0} stores every commit before answering: with H2's
   * default delay a {@code kill -9} lost acknowledged dossiers (found by the crash script). {@code
   * QUERY_CACHE_SIZE=64} keeps every statement of a filing and of an outbox delivery parsed per
   * connection (the default 8 is fewer than a filing uses); the cache survives only on a pool that
   * does not roll back idle connections (see {@link #open}).
   */
  static String defaultH2Url(Path dataDir) {
    return "jdbc:h2:file:"
        + dataDir.resolve("lienthong").toString().replace('\\', '/')
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0"
        + ";QUERY_CACHE_SIZE=64";
  }

  private static void migrate(DataSource dataSource, String url) {
    try {
      Flyway.configure()
          .dataSource(dataSource)
          .locations("classpath:db/migration")
          .load()
          .migrate();
    } catch (RuntimeException e) {
      throw new ConfigurationException(
          RefappErrorCode.DATABASE_UNAVAILABLE,
          ErrorDetails.field(url.replaceAll("password=[^;&]*", "password=***")),
          e);
    }
  }
}
