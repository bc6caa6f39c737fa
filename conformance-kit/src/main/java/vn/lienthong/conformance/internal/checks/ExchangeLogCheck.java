package vn.lienthong.conformance.internal.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.lienthong.conformance.Check;
import vn.lienthong.conformance.CheckContext;
import vn.lienthong.conformance.CheckResult;
import vn.lienthong.conformance.HttpExchange;
import vn.lienthong.conformance.Text;
import vn.lienthong.core.LienThongException;
import vn.lienthong.registry.audit.ChainReport;
import vn.lienthong.registry.audit.ExchangeLogVerifier;

/**
 * {@code aud.exchange-log.verifiable} ({@code LT-AUD-002}): the walkthrough dossier's exchange-log
 * evidence ({@code getExchangeLogEvidence}) conforms to the contract, is not empty, verifies
 * offline with sdk-registry-clients {@link ExchangeLogVerifier#verifySegment} from its first link
 * to its last entry, lists the edXML package the target sent in the exchange scenario with the
 * SHA-256 of the bytes the kit's hub received, and a copy with one entry edited is detected.
 * Stateless and thread-safe.
 */
public final class ExchangeLogCheck implements Check {

  private static final Text EXPECTED =
      new Text(
          "Nhật ký trao đổi dữ liệu của hồ sơ được liên kết băm, kiểm tra độc lập được (không"
              + " cần hệ thống gốc) từ bản ghi đầu đến bản ghi cuối, có bản ghi của gói edXML đã"
              + " gửi với đúng giá trị băm nội dung",
          "the dossier's exchange log is hash-chained and verifies offline from its first link to"
              + " its last entry, and records the edXML package sent with the right payload"
              + " hash");

  /** Creates the check. */
  public ExchangeLogCheck() {}

  @Override
  public String id() {
    return "aud.exchange-log.verifiable";
  }

  @Override
  public String requirement() {
    return "LT-AUD-002";
  }

  @Override
  public CheckResult run(CheckContext context) {
    ExchangeScenario s = ExchangeScenario.of(context);
    Walkthrough w = Walkthrough.of(context);
    if (w.code == null) {
      return CheckResult.skipped(
          new Text(
              "Chưa đánh giá được: kịch bản Commune API không tạo được hồ sơ",
              "Not judged: the Commune API scenario made no dossier"));
    }
    CommuneApi api = new CommuneApi(context);
    String path = "/commune/v1/dossiers/" + w.code + "/exchange-log";
    List<HttpExchange> evidence = new ArrayList<>();
    CommuneApi.Call call;
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    try {
      while (true) {
        call = api.get("getExchangeLogEvidence", path);
        if (call.status() != 200
            || s.messageId == null
            || entry(call.json(), s.messageId) != null
            || System.nanoTime() > deadline) {
          break;
        }
        Thread.sleep(100);
      }
    } catch (LienThongException e) {
      return CheckResult.error(Walkthrough.UNREACHABLE + e.getMessage(), evidence);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return CheckResult.error("interrupted", evidence);
    }
    evidence.add(call.exchange());
    if (call.status() == 404 && !call.response.text().contains("LT-")) {
      return CheckResult.skipped(
          new Text(
              "Chưa đánh giá được: hệ thống không cung cấp getExchangeLogEvidence",
              "Not judged: the target offers no getExchangeLogEvidence"));
    }
    List<String> violations = call.status() == 200 ? call.responseViolations() : List.of();
    if (call.status() != 200 || !violations.isEmpty()) {
      return fail(
          "getExchangeLogEvidence: HTTP " + call.status() + " " + String.join("; ", violations),
          evidence);
    }
    JsonNode n = call.json();
    JsonNode entries = n.path("entries");
    if (entries.isEmpty()) {
      return fail("the dossier's exchange-log segment is empty", evidence);
    }
    ChainReport report = verify(n, entries, -1);
    if (!report.intact()) {
      return fail(
          "the segment from entry "
              + n.path("firstSequence").asLong()
              + " is broken at line "
              + report.brokenAtLine()
              + ": "
              + report.problem(),
          evidence);
    }
    if (s.messageId != null && s.sent != null) {
      JsonNode sent = entry(n, s.messageId);
      String digest = sha256(s.sent.xml().getBytes(StandardCharsets.UTF_8));
      if (sent == null || !digest.equals(sent.path("payloadSha256").asText())) {
        return fail(
            sent == null
                ? "no entry for the edXML package sent (message " + s.messageId + ")"
                : "the entry of the edXML package has payload hash "
                    + sent.path("payloadSha256").asText()
                    + ", the hub received "
                    + digest,
            evidence);
      }
    }
    int edited = entries.size() / 2;
    ChainReport tampered = verify(n, entries, edited);
    if (tampered.intact()) {
      return fail("a copy with entry " + (edited + 1) + " edited still verifies", evidence);
    }
    return CheckResult.passed(
        entries.size()
            + " entries from "
            + n.path("firstSequence").asLong()
            + " verify offline to hash "
            + Checks.cut(report.lastHash(), 16)
            + "; a copy with entry "
            + (edited + 1)
            + " edited breaks at line "
            + tampered.brokenAtLine(),
        evidence);
  }

  private static CheckResult fail(String observed, List<HttpExchange> evidence) {
    return CheckResult.failed(EXPECTED, observed, evidence);
  }

  /** Verifies the segment, with the entry at {@code edit} (0-based) altered, or none when -1. */
  private static ChainReport verify(JsonNode n, JsonNode entries, int edit) {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < entries.size(); i++) {
      JsonNode e = entries.get(i);
      if (i == edit) {
        e = ((ObjectNode) e.deepCopy()).put("status", e.path("status").asText() + "-edited");
      }
      lines.append(e).append('\n');
    }
    return ExchangeLogVerifier.verifySegment(
        new ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.UTF_8)),
        Math.max(1, n.path("firstSequence").asLong()),
        n.path("previousHash").asText(),
        null);
  }

  private static @Nullable JsonNode entry(JsonNode n, String messageId) {
    for (JsonNode e : n.path("entries")) {
      if (e.path("messageId").asText().equals(messageId)) {
        return e;
      }
    }
    return null;
  }

  private static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
