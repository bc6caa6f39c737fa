package vn.lienthong.registry.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienthong.registry.audit.ExchangeLogTestSupport.record;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.core.InvalidInputException;

class ExchangeLogTest {

  @TempDir Path dir;

  private final JdbcDataSource db = new JdbcDataSource();
  private final ExchangeLog log;

  ExchangeLogTest() {
    db.setURL("jdbc:h2:mem:log-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    ExchangeLog.createSchemaIfMissing(db);
    ExchangeLog.createSchemaIfMissing(db);
    log = ExchangeLog.create(db);
  }

  private List<String> exported(int entries) {
    for (int i = 1; i <= entries; i++) {
      log.append(record(i));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(log.export(out)).isEqualTo(entries);
    return new ArrayList<>(List.of(out.toString(StandardCharsets.UTF_8).split("\n")));
  }

  private static ChainReport verify(List<String> lines) {
    byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    return ExchangeLogVerifier.verify(new ByteArrayInputStream(bytes), null);
  }

  @Test
  void chainsEachEntryToThePreviousOne() {
    ExchangeEntry first = log.append(record(1));
    ExchangeEntry second = log.append(record(2));
    assertThat(first.sequence()).isOne();
    assertThat(first.previousHash()).isEqualTo(ExchangeEntry.GENESIS_HASH);
    assertThat(second.previousHash()).isEqualTo(first.hash());
    assertThat(second.hash()).hasSize(64).isNotEqualTo(first.hash());
    assertThat(log.entries(1, 10)).containsExactly(first, second);
    assertThat(log.lastHash()).isEqualTo(second.hash());
    assertThat(log.verify().intact()).isTrue();
  }

  @Test
  void concurrentAppendersKeepOneChain() throws Exception {
    ExchangeLogTestSupport.concurrentAppendersKeepOneChain(log, 8, 40);
  }

  @Test
  void exportedFileVerifiesOfflineWithTheAnchor() {
    for (int i = 1; i <= 25; i++) {
      log.append(record(i));
    }
    Path file = dir.resolve("log.jsonl");
    assertThat(log.exportTo(file)).isEqualTo(25);
    ChainReport report = ExchangeLogVerifier.verify(file, log.lastHash());
    assertThat(report.intact()).isTrue();
    assertThat(report.entriesChecked()).isEqualTo(25);
    assertThat(report.firstProblem()).isEmpty();
  }

  @Test
  void aSegmentVerifiesFromItsFirstEntrysLink() {
    List<String> lines = exported(10);
    List<ExchangeEntry> entries = log.entries(4, 4);
    byte[] segment =
        (String.join("\n", lines.subList(3, 7)) + "\n").getBytes(StandardCharsets.UTF_8);
    ChainReport r =
        ExchangeLogVerifier.verifySegment(
            new ByteArrayInputStream(segment),
            4,
            entries.get(0).previousHash(),
            entries.get(3).hash());
    assertThat(r.intact()).isTrue();
    assertThat(r.entriesChecked()).isEqualTo(4);
    ChainReport wrongStart =
        ExchangeLogVerifier.verifySegment(
            new ByteArrayInputStream(segment), 5, entries.get(0).previousHash(), null);
    assertThat(wrongStart.problem()).contains("sequence 4 where 5");
    ChainReport wrongLink =
        ExchangeLogVerifier.verifySegment(
            new ByteArrayInputStream(segment), 4, ExchangeEntry.GENESIS_HASH, null);
    assertThat(wrongLink.problem()).contains("previous hash");
    byte[] edited =
        new String(segment, StandardCharsets.UTF_8)
            .replaceFirst("\"delivered\"", "\"failed:500\"")
            .getBytes(StandardCharsets.UTF_8);
    ChainReport tampered =
        ExchangeLogVerifier.verifySegment(
            new ByteArrayInputStream(edited), 4, entries.get(0).previousHash(), null);
    assertThat(tampered.intact()).isFalse();
    assertThat(tampered.brokenAtLine()).isEqualTo(1);
    assertThatThrownBy(
            () ->
                ExchangeLogVerifier.verifySegment(
                    new ByteArrayInputStream(segment), 0, ExchangeEntry.GENESIS_HASH, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anEditedEntryIsTheFirstBrokenLink() {
    List<String> lines = exported(10);
    lines.set(3, lines.get(3).replace("\"delivered\"", "\"failed:500\""));
    ChainReport r = verify(lines);
    assertThat(r.intact()).isFalse();
    assertThat(r.brokenAtLine()).isEqualTo(4);
    assertThat(r.entriesChecked()).isEqualTo(3);
    assertThat(r.problem()).contains("edited");
  }

  @Test
  void anEditedEntryWithARecomputedHashBreaksTheNextLink() {
    List<String> lines = exported(10);
    ExchangeEntry e = vn.lienthong.registry.internal.audit.ExportFormat.parse(lines.get(3));
    String forged =
        vn.lienthong.registry.internal.audit.EntryHash.of(
            e.sequence(),
            e.messageId(),
            e.client(),
            e.service(),
            vn.lienthong.registry.internal.audit.EntryHash.time(e.time()),
            "failed:500",
            e.payloadSha256(),
            e.user(),
            e.note(),
            e.previousHash());
    lines.set(3, lines.get(3).replace("\"delivered\"", "\"failed:500\"").replace(e.hash(), forged));
    ChainReport r = verify(lines);
    assertThat(r.brokenAtLine()).isEqualTo(5);
    assertThat(r.problem()).contains("previous hash");
  }

  @Test
  void aDeletedEntryIsDetected() {
    List<String> lines = exported(10);
    lines.remove(6);
    ChainReport r = verify(lines);
    assertThat(r.brokenAtLine()).isEqualTo(7);
    assertThat(r.problem()).contains("deleted");
  }

  @Test
  void reorderedEntriesAreDetected() {
    List<String> lines = exported(10);
    Collections.swap(lines, 2, 3);
    assertThat(verify(lines).brokenAtLine()).isEqualTo(3);
  }

  @Test
  void anInsertedEntryIsDetected() {
    List<String> lines = exported(10);
    lines.add(5, lines.get(4));
    ChainReport r = verify(lines);
    assertThat(r.brokenAtLine()).isEqualTo(6);
  }

  @Test
  void aTruncatedTailIsDetectedOnlyWithTheAnchor() throws Exception {
    List<String> lines = exported(10);
    String anchor = log.lastHash();
    List<String> cut = new ArrayList<>(lines.subList(0, 8));
    assertThat(verify(cut).intact()).as("a shorter chain is still a chain").isTrue();
    Path file = dir.resolve("cut.jsonl");
    Files.write(file, cut);
    ChainReport r = ExchangeLogVerifier.verify(file, anchor);
    assertThat(r.intact()).isFalse();
    assertThat(r.problem()).contains("removed from the end");
  }

  @Test
  void garbageIsReportedWhereItIs() {
    List<String> lines = exported(3);
    lines.set(1, "{\"seq\":2}");
    assertThat(verify(lines).problem()).contains("unreadable");
    lines.set(1, "x".repeat(20_000));
    assertThat(verify(lines).problem()).contains("longer than");
    ChainReport bad =
        ExchangeLogVerifier.verify(new ByteArrayInputStream(new byte[] {(byte) 0xff, '\n'}), null);
    assertThat(bad.problem()).contains("UTF-8");
  }

  @Test
  void aRowEditedInTheDatabaseIsFoundByVerify() throws Exception {
    exported(5);
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE lt_exchange_log SET status = 'delivered' WHERE seq = 5");
    }
    ChainReport r = log.verify();
    assertThat(r.intact()).isFalse();
    assertThat(r.brokenAtLine()).isEqualTo(5);
  }

  @Test
  void aChainHashedByAnIndependentImplementationVerifies() throws Exception {
    // Written by a few lines of Python (hashlib) from the format described in docs.
    try (var in =
        getClass()
            .getResourceAsStream(
                "ExchangeLogVerifierFuzzTestInputs/verifiesOrReportsAnyInput/valid-two-entries")) {
      ChainReport r = ExchangeLogVerifier.verify(in, null);
      assertThat(r.intact()).as(String.valueOf(r.problem())).isTrue();
      assertThat(r.entriesChecked()).isEqualTo(2);
    }
  }

  @Test
  void keepsOnlyMaskedPersonalData() {
    ExchangeEntry e =
        log.append(
            ExchangeRecord.builder()
                .messageId("m-1")
                .client("VN/GOV/000.00.01.H22/MOTCUA")
                .service("VN/GOV/000.00.00.G01/CSDLQGDC/citizen/v1")
                .status("delivered")
                .payload("{\"cccd\":\"001090123456\"}".getBytes(StandardCharsets.UTF_8))
                .user("officer 001090123456")
                .note("look-up for 001090123456, phone 0912345678")
                .build());
    assertThat(e.user()).doesNotContain("001090123456").endsWith("456");
    assertThat(e.note()).doesNotContain("001090123456").doesNotContain("0912345678");
    assertThat(e.payloadSha256()).hasSize(64);
  }

  @Test
  void rejectsABadDigestAndMissingParts() {
    assertThatThrownBy(() -> ExchangeRecord.builder().payloadSha256("abc"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("LT-REG-0106");
    assertThatThrownBy(() -> ExchangeRecord.builder().messageId("m").build())
        .isInstanceOf(IllegalStateException.class);
  }
}
