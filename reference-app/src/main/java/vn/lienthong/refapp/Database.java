package vn.lienthong.refapp;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
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

  /** Connections a PostgreSQL pool keeps at most unless {@code db.pool-size} says otherwise. */
  static final int POSTGRESQL_DEFAULT_POOL_SIZE = 16;

  private Database() {}

  static DataSource open(AppConfig config) {
    String url = config.get(AppConfig.DB_URL, defaultH2Url(config.dataDir()));
    String user = config.get(AppConfig.DB_USER, url.startsWith("jdbc:h2:") ? "sa" : "");
    String password = config.get(AppConfig.DB_PASSWORD, "");
    DataSource dataSource;
    if (url.startsWith("jdbc:h2:")) {
      JdbcConnectionPool pool = JdbcConnectionPool.create(url, user, password);
      pool.setMaxConnections(H2_MAX_CONNECTIONS);
      dataSource = pool;
    } else if (url.startsWith("jdbc:postgresql:")) {
      HikariConfig hikari = new HikariConfig();
      hikari.setJdbcUrl(url);
      hikari.setUsername(user);
      hikari.setPassword(password);
      hikari.setMaximumPoolSize(
          config.getInt(AppConfig.DB_POOL_SIZE, POSTGRESQL_DEFAULT_POOL_SIZE));
      hikari.setPoolName("lienthong-db");
      dataSource = new HikariDataSource(hikari);
    } else {
      throw AppConfig.invalid(AppConfig.DB_URL, "a jdbc:h2: or jdbc:postgresql: URL");
    }
    migrate(dataSource, url);
    return dataSource;
  }

  /**
   * The default H2 URL. {@code WRITE_DELAY=0} stores every commit before answering: with H2's
   * default delay a {@code kill -9} lost acknowledged dossiers (found by the crash script). {@code
   * QUERY_CACHE_SIZE=64} keeps every statement of a filing and of an outbox delivery parsed per
   * connection (the default 8 is fewer than a filing uses, so H2 parsed SQL again on every call).
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
