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

  static String defaultH2Url(Path dataDir) {
    return "jdbc:h2:file:"
        + dataDir.resolve("lienthong").toString().replace('\\', '/')
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
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
