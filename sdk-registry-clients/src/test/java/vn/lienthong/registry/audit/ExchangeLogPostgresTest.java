package vn.lienthong.registry.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.core.testing.TestPostgres;
import vn.lienthong.registry.testing.SimplePool;

/**
 * The exchange log on real PostgreSQL: concurrent appenders, append in the caller's transaction.
 */
class ExchangeLogPostgresTest {

  @TempDir Path dir;

  @Test
  void concurrentAppendersOnPostgresKeepOneVerifiableChain() throws Exception {
    try (TestPostgres pg = TestPostgres.start();
        SimplePool pool = new SimplePool(pg.jdbcUrl())) {
      ExchangeLog.createSchemaIfMissing(pool);
      ExchangeLog.createSchemaIfMissing(pool);
      ExchangeLog log = ExchangeLog.create(pool);
      ExchangeLogTestSupport.concurrentAppendersKeepOneChain(log, 8, 25);

      try (Connection c = pool.getConnection()) {
        c.setAutoCommit(false);
        log.append(c, ExchangeLogTestSupport.record(9_999));
        c.rollback();
      }
      assertThat(log.verify().entriesChecked()).as("rolled back with the caller").isEqualTo(200);

      Path file = dir.resolve("pg.jsonl");
      assertThat(log.exportTo(file)).isEqualTo(200);
      assertThat(ExchangeLogVerifier.verify(file, log.lastHash()).intact()).isTrue();
    }
  }
}
