package vn.lienthong.registry.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienthong.registry.outbox.OutboxTestSupport.message;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.id.DossierCode;
import vn.lienthong.registry.RegistryErrorCode;

class OutboxTest {

  private final DataSource db = OutboxTestSupport.h2();
  private final OutboxOperations ops = OutboxOperations.create(db);

  @Test
  void enqueuedMessageIsVisibleOnlyAfterTheCallerCommits() throws Exception {
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      Outbox.create().enqueue(c, message("m-1", "K-1"));
      assertThat(ops.counts().pending()).isZero();
      c.commit();
    }
    assertThat(ops.counts()).isEqualTo(new OutboxCounts(1, 0, 0));
  }

  @Test
  void rolledBackEnqueueLeavesNothing() throws Exception {
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      Outbox.create().enqueue(c, message("m-1", "K-1"));
      c.rollback();
    }
    assertThat(ops.counts().total()).isZero();
  }

  @Test
  void rejectsADuplicateMessageId() throws Exception {
    try (Connection c = db.getConnection()) {
      Outbox.create().enqueue(c, message("m-1", "K-1"));
      assertThatThrownBy(() -> Outbox.create().enqueue(c, message("m-1", "K-2")))
          .isInstanceOf(InvalidInputException.class)
          .extracting(e -> ((InvalidInputException) e).errorCode())
          .isEqualTo(RegistryErrorCode.OUTBOX_DUPLICATE_MESSAGE_ID);
    }
    assertThat(ops.counts().pending()).isOne();
  }

  @Test
  void createsTheSchemaIdempotently() {
    Outbox.createSchemaIfMissing(db);
    Outbox.createSchemaIfMissing(db);
    assertThat(ops.counts().total()).isZero();
  }

  @Test
  void shipsTheDdlForVendorMigrations() throws Exception {
    for (String resource : new String[] {Outbox.H2_DDL, Outbox.POSTGRESQL_DDL}) {
      try (var in = Outbox.class.getResourceAsStream(resource)) {
        assertThat(in).as(resource).isNotNull();
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
            .contains("CREATE TABLE IF NOT EXISTS lt_outbox");
      }
    }
  }

  @Test
  void refusesAnUnsupportedDatabase() {
    assertThatThrownBy(
            () ->
                vn.lienthong.registry.internal.outbox.Dialect.of(
                    FakeProduct.connection("SQLite"), "outbox"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("LT-REG-0104");
  }

  @Test
  void keyCanBeADossierCode() {
    DossierCode code = DossierCode.parse("000.00.01.H22-251123-0001");
    OutboxMessage m =
        OutboxMessage.builder()
            .orderingKey(code)
            .type("portal.progress")
            .destination("test:portal")
            .payload(new byte[] {1})
            .build();
    assertThat(m.orderingKey()).isEqualTo("000.00.01.H22-251123-0001");
    assertThat(m.id()).hasSize(36);
  }

  @Test
  void rejectsBadParts() {
    assertThatThrownBy(() -> OutboxMessage.builder().id("a b"))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> OutboxMessage.builder().id("x".repeat(129)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> OutboxMessage.builder().header("X-A", "line\nbreak"))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> OutboxMessage.builder().header("Bad Name", "v"))
        .isInstanceOf(InvalidInputException.class);
    OutboxMessage.Builder many = OutboxMessage.builder();
    for (int i = 0; i < OutboxMessage.MAX_HEADERS; i++) {
      many.header("X-" + i, "v");
    }
    assertThatThrownBy(() -> many.header("X-last", "v"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("LT-REG-0101");
    assertThatThrownBy(
            () -> OutboxMessage.builder().payload(new byte[OutboxMessage.MAX_PAYLOAD_BYTES + 1]))
        .hasMessageContaining("LT-REG-0101");
    assertThatThrownBy(
            () -> OutboxMessage.builder().orderingKey("K").type("t").destination("d").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("payload required");
  }

  @Test
  void toStringHidesThePayloadAndHeaderValuesAndMasksTheKey() {
    OutboxMessage m =
        OutboxMessage.builder()
            .id("m-1")
            .orderingKey("000.00.01.H22-251123-0001")
            .type("t")
            .destination("test:portal")
            .payload("001090123456".getBytes(StandardCharsets.UTF_8))
            .header("X-Citizen", "001090123456")
            .createdAt(Instant.EPOCH)
            .build();
    assertThat(m.toString())
        .doesNotContain("001090123456")
        .doesNotContain("H22-251123")
        .contains("0001", "X-Citizen", "12 bytes");
  }

  @Test
  void operatorEntryShowsNoPayloadAndAMaskedKey() throws Exception {
    OutboxTestSupport.enqueue(db, java.util.List.of(message("m-1", "000.00.01.H22-251123-0001")));
    OutboxEntry e = ops.find("m-1").orElseThrow();
    assertThat(e.maskedOrderingKey()).endsWith("0001").doesNotContain("H22");
    assertThat(e.status()).isEqualTo(OutboxStatus.PENDING);
    assertThat(e.headerNames()).containsExactly("Content-Type");
    assertThat(e.payloadLength()).isPositive();
    assertThat(e.toString()).doesNotContain("001090123456");
    assertThat(ops.find("nope")).isEmpty();
    assertThat(ops.pending(10)).extracting(OutboxEntry::messageId).containsExactly("m-1");
    assertThatThrownBy(() -> ops.pending(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
