package vn.lienthong.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.LienThongException;
import vn.lienthong.core.testing.TestPostgres;

/** The JDBC sequence source against real H2 and real PostgreSQL 17 databases. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcDossierSequenceSourceTest {

  private static final AgencyCode AGENCY = AgencyCode.parse("000.00.01.H22");
  private static final Clock JULY_FIRST =
      Clock.fixed(Instant.parse("2025-07-01T02:00:00Z"), ZoneOffset.UTC);

  private TestPostgres postgres;
  private DataSource h2;
  private int tables;

  @BeforeAll
  void startDatabases() throws Exception {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:dossier-seq;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
    h2 = ds;
    postgres = TestPostgres.start();
  }

  @AfterAll
  void stopDatabases() throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }

  Stream<Arguments> databases() {
    return Stream.of(Arguments.of("H2", h2), Arguments.of("PostgreSQL", postgres.dataSource()));
  }

  private String freshTable() {
    return "lt_dossier_sequence_" + (++tables);
  }

  private JdbcDossierSequenceSource source(DataSource ds, String table) {
    return JdbcDossierSequenceSource.builder(ds).tableName(table).createTable(true).build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void countsFromOnePerAgencyAndDay(String name, DataSource ds) {
    JdbcDossierSequenceSource source = source(ds, freshTable());
    LocalDate d = LocalDate.of(2025, 7, 1);
    assertThat(source.next(AGENCY, d)).isEqualTo(1);
    assertThat(source.next(AGENCY, d)).isEqualTo(2);
    assertThat(source.next(AGENCY, d.plusDays(1))).isEqualTo(1);
    assertThat(source.next(AgencyCode.parse("000.00.00.H41"), d)).isEqualTo(1);
    assertThat(source.next(AGENCY, d)).isEqualTo(3);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void twoNodesAndManyThreadsNeverIssueTheSameCode(String name, DataSource ds) throws Exception {
    String table = freshTable();
    // Two generators with their own source instances on one database: two nodes.
    List<DossierCodeGenerator> nodes =
        List.of(generator(source(ds, table)), generator(source(ds, table)));
    int threads = 16;
    int perThread = 50;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        DossierCodeGenerator g = nodes.get(t % 2);
        Callable<List<String>> task =
            () -> {
              List<String> codes = new ArrayList<>();
              for (int i = 0; i < perThread; i++) {
                codes.add(g.next(AGENCY).toString());
              }
              return codes;
            };
        futures.add(pool.submit(task));
      }
      Set<String> all = new HashSet<>();
      for (Future<List<String>> f : futures) {
        all.addAll(f.get());
      }
      assertThat(all).hasSize(threads * perThread);
      assertThat(all).contains("000.00.01.H22-250701-0001", "000.00.01.H22-250701-0800");
    } finally {
      pool.shutdownNow();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void continuesAfterRestart(String name, DataSource ds) {
    String table = freshTable();
    DossierCodeGenerator before = generator(source(ds, table));
    before.next(AGENCY);
    before.next(AGENCY);
    // A new instance, as after a restart; creating the table again is harmless.
    DossierCodeGenerator after = generator(source(ds, table));
    assertThat(after.next(AGENCY)).hasToString("000.00.01.H22-250701-0003");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void restoresAutoCommitOfBorrowedConnection(String name, DataSource ds) throws Exception {
    String table = freshTable();
    source(ds, table).next(AGENCY, LocalDate.of(2025, 7, 1));
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT last_value FROM " + table)) {
      assertThat(c.getAutoCommit()).isTrue();
      assertThat(rs.next()).isTrue();
      assertThat(rs.getLong(1)).isEqualTo(1);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void missingTableIsAClearError(String name, DataSource ds) {
    JdbcDossierSequenceSource source =
        JdbcDossierSequenceSource.builder(ds).tableName("no_such_table").build();
    assertThatThrownBy(() -> source.next(AGENCY, LocalDate.of(2025, 7, 1)))
        .isInstanceOf(LienThongException.class)
        .extracting(e -> ((LienThongException) e).code())
        .isEqualTo("LT-CORE-0107");
  }

  @Test
  void rejectsTableNamesThatAreNotPlainIdentifiers() {
    var builder = JdbcDossierSequenceSource.builder(h2);
    for (String bad : List.of("t; DROP TABLE x", "1abc", "a.b.c", "", "a-b", "\"quoted\"")) {
      assertThatThrownBy(() -> builder.tableName(bad)).isInstanceOf(ConfigurationException.class);
    }
    builder.tableName("public.lt_seq");
  }

  private static DossierCodeGenerator generator(DossierSequenceSource source) {
    return DossierCodeGenerator.builder().sequenceSource(source).clock(JULY_FIRST).build();
  }
}
