package vn.lienthong.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.id.DossierCode;
import vn.lienthong.registry.audit.ChainReport;
import vn.lienthong.registry.audit.ExchangeEntry;
import vn.lienthong.registry.audit.ExchangeLog;
import vn.lienthong.registry.audit.ExchangeLogVerifier;
import vn.lienthong.registry.audit.ExchangeRecord;
import vn.lienthong.registry.outbox.DeliveryOutcome;
import vn.lienthong.registry.outbox.InboxDeduplicator;
import vn.lienthong.registry.outbox.Outbox;
import vn.lienthong.registry.outbox.OutboxCounts;
import vn.lienthong.registry.outbox.OutboxDispatcher;
import vn.lienthong.registry.outbox.OutboxEntry;
import vn.lienthong.registry.outbox.OutboxMessage;
import vn.lienthong.registry.outbox.OutboxOperations;
import vn.lienthong.registry.outbox.OutboxTransport;

/** Examples of docs/sdk-registry-clients.md, sections "Durable outbox" and "Exchange log". */
class RegistryOutboxExamples {

  private static DataSource h2() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:docs-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    return ds;
  }

  private static void saveStatus(Connection c, DossierCode code) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO dossier_status VALUES (?, 4)")) {
      ps.setString(1, code.toString());
      ps.executeUpdate();
    }
  }

  @Test
  void enqueueAndDispatch() throws Exception {
    DataSource dataSource = h2();
    try (Connection c = dataSource.getConnection()) {
      c.createStatement().execute("CREATE TABLE dossier_status (code VARCHAR(64), status INT)");
    }
    DossierCode dossier = DossierCode.parse("000.00.01.H22-251123-0001");
    byte[] json =
        "{\"MaHoSo\":\"000.00.01.H22-251123-0001\",\"TrangThai\":4}"
            .getBytes(StandardCharsets.UTF_8);
    List<String> portal = new CopyOnWriteArrayList<>();

    // tag::enqueue[]
    Outbox.createSchemaIfMissing(dataSource); // or copy Outbox.POSTGRESQL_DDL into a migration
    Outbox outbox = Outbox.create();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      saveStatus(c, dossier); // the business change...
      outbox.enqueue( // ...and the message about it, in the same transaction
          c,
          OutboxMessage.builder()
              .orderingKey(dossier) // messages of one dossier go out in this order
              .type("portal.progress")
              .destination("https://dvc.example.gov.vn/api/progress")
              .payload(json)
              .header("Content-Type", "application/json")
              .build());
      c.commit(); // both or neither
    }
    // end::enqueue[]

    // tag::dispatch[]
    // Any channel plugs in through OutboxTransport; HttpOutboxTransport posts over HTTP.
    OutboxTransport transport =
        message -> {
          portal.add(message.id()); // send it; put message.id() on the wire for de-duplication
          return DeliveryOutcome.acknowledged(); // or retryLater(reason) / permanentFailure(reason)
        };
    try (OutboxDispatcher dispatcher =
        OutboxDispatcher.builder(dataSource, transport)
            .workers(4) // dossiers delivered in parallel
            .backoff(Duration.ofSeconds(1), Duration.ofMinutes(5)) // exponential, with jitter
            .deadLetterHorizon(Duration.ofDays(3)) // then a dead letter for an operator
            .pollInterval(Duration.ofMillis(50))
            .start()) {
      // ... the application runs; on shutdown the dispatcher is closed
      // end::dispatch[]
      OutboxOperations ops = OutboxOperations.create(dataSource);
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (ops.counts().total() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
    }
    assertThat(portal).hasSize(1);
  }

  @Test
  void operate() {
    DataSource dataSource = h2();
    Outbox.createSchemaIfMissing(dataSource);
    String messageId = "6f1c2a9e-0000-4000-8000-000000000001";

    // tag::operate[]
    OutboxOperations ops = OutboxOperations.create(dataSource);
    OutboxCounts counts = ops.counts(); // pending, retrying, dead
    for (OutboxEntry dead : ops.deadLetters(50)) {
      // messageId, maskedOrderingKey "***.**.**.***-******-0001", type, attempts, lastError
      // (personal numbers masked); never the payload or header values
    }
    boolean replayed = ops.replay(messageId); // back in line, before the later ones of its dossier
    // end::operate[]

    assertThat(counts.total()).isZero();
    assertThat(replayed).isFalse();
  }

  @Test
  void receive() {
    DataSource receiverDb = h2();
    InboxDeduplicator.createSchemaIfMissing(receiverDb);
    String messageId = "6f1c2a9e-0000-4000-8000-000000000001";

    // tag::inbox[]
    InboxDeduplicator inbox = InboxDeduplicator.create();
    // In the receiver's handler, with the id from the X-LienThong-Message-Id header:
    boolean applied =
        inbox.processOnce(
            receiverDb,
            messageId,
            c -> {
              // apply the message with connection c: same transaction as the recorded id
            });
    // answer 2xx either way: a duplicate (applied == false) was already processed
    // end::inbox[]

    assertThat(applied).isTrue();
    assertThat(inbox.processOnce(receiverDb, messageId, c -> {})).isFalse();
  }

  @Test
  void exchangeLog() throws Exception {
    DataSource dataSource = h2();
    Path file = Files.createTempFile("exchange-log", ".jsonl");
    byte[] body = "{\"soDinhDanh\":\"001090123456\"}".getBytes(StandardCharsets.UTF_8);

    // tag::exchange-log[]
    ExchangeLog.createSchemaIfMissing(dataSource);
    ExchangeLog log = ExchangeLog.create(dataSource);
    ExchangeEntry entry =
        log.append(
            ExchangeRecord.builder()
                .messageId("6f1c2a9e-0000-4000-8000-000000000001")
                .client("VN/GOV/000.00.01.H22/MOTCUA")
                .service("VN/GOV/000.00.00.G01/CSDLQGDC/citizen/v1")
                .status("delivered")
                .payload(body) // only its SHA-256 is kept
                .user("canbo.tiepnhan")
                .build());
    // entry.previousHash() is the hash of the entry before; entry.hash() covers both

    log.exportTo(file); // JSON Lines
    String anchor = log.lastHash(); // keep it elsewhere: it also catches a cut-off tail
    ChainReport report = ExchangeLogVerifier.verify(file, anchor);
    // report.intact(), or report.brokenAtLine() and report.problem()
    // end::exchange-log[]

    assertThat(report.intact()).isTrue();
    assertThat(entry.sequence()).isOne();
    Files.deleteIfExists(file);
  }
}
