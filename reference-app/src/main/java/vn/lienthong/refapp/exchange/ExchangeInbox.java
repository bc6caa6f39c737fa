package vn.lienthong.refapp.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.LienThongException;
import vn.lienthong.refapp.RefappErrorCode;
import vn.lienthong.registry.MessageId;
import vn.lienthong.registry.edxml.EdxmlStatusCode;
import vn.lienthong.registry.edxml.EdxmlValidationResult;
import vn.lienthong.registry.edxml.EdxmlValidator;

/**
 * The packages sent to the commune: lists the new ones at the hub, fetches and checks each
 * (structure, manifest, signature against the exchange trust anchors) and reports its processing
 * status to the sender in the legal order, 01 then 02 with the reason, or 01, 03, 04, 05, 06 (the
 * reference app has no document-handling workflow, so an accepted package is handled at once).
 * Every fetch and status is recorded in the exchange log. Thread-safe.
 */
final class ExchangeInbox {

  /** The most packages one call handles. */
  static final int MAX_PER_CALL = 50;

  private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<EdxmlStatusCode> ACCEPTED =
      List.of(
          EdxmlStatusCode.ARRIVED,
          EdxmlStatusCode.ACCEPTED,
          EdxmlStatusCode.ASSIGNED,
          EdxmlStatusCode.IN_PROGRESS,
          EdxmlStatusCode.DONE);

  private final ExchangeHub hub;
  private final EdxmlValidator validator;
  private final ExchangeLogWriter log;
  private final Clock clock;

  ExchangeInbox(ExchangeHub hub, EdxmlValidator validator, ExchangeLogWriter log, Clock clock) {
    this.hub = hub;
    this.validator = validator;
    this.log = log;
    this.clock = clock;
  }

  synchronized List<ExchangeService.Handled> answer() {
    JsonNode list = json(hub.listNew(MAX_PER_CALL));
    List<ExchangeService.Handled> out = new ArrayList<>();
    for (JsonNode item : list.path("items")) {
      String exchangeId = item.path("exchangeId").asText();
      String documentId = item.path("documentId").asText();
      String from = item.path("from").path("code").asText("");
      byte[] edxml = hub.get(exchangeId);
      log.append(exchangeId, ExchangeHub.GET, "fetched", edxml, documentId);
      String reason = judge(edxml);
      List<EdxmlStatusCode> steps =
          reason == null ? ACCEPTED : List.of(EdxmlStatusCode.ARRIVED, EdxmlStatusCode.REFUSED);
      List<String> sent = new ArrayList<>();
      for (EdxmlStatusCode s : steps) {
        report(exchangeId, documentId, s, s == EdxmlStatusCode.REFUSED ? reason : null);
        sent.add(s.code());
      }
      out.add(new ExchangeService.Handled(exchangeId, documentId, from, reason, sent));
    }
    return out;
  }

  /** The reason to refuse a package, or null to accept it. */
  private @Nullable String judge(byte[] edxml) {
    try {
      EdxmlValidationResult r = validator.validate(edxml);
      if (r.valid()) {
        return null;
      }
      return "Chữ ký số của văn bản không hợp lệ hoặc không được tin cậy ("
          + r.signature().indication()
          + r.signature().subIndication().map(s -> " " + s).orElse("")
          + ")";
    } catch (LienThongException e) {
      return "Gói tin không đúng cấu trúc edXML (QCVN 102:2016): " + e.code();
    }
  }

  private void report(
      String exchangeId, String documentId, EdxmlStatusCode status, @Nullable String reason) {
    ObjectNode body = JSON.createObjectNode();
    body.put("statusCode", status.code());
    if (reason != null) {
      body.put("description", reason);
    }
    body.put(
        "timestamp",
        OffsetDateTime.now(clock.withZone(VN)).truncatedTo(ChronoUnit.SECONDS).toString());
    byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
    MessageId id = MessageId.random();
    hub.status(exchangeId, id, body.toString());
    log.append(id.value(), ExchangeHub.STATUS, "sent:" + status.code(), bytes, documentId);
  }

  private static JsonNode json(String text) {
    try {
      JsonNode n = JSON.readTree(text);
      return n == null ? JSON.missingNode() : n;
    } catch (IOException e) {
      throw new LienThongException(
          RefappErrorCode.EXCHANGE_HUB_FAILED,
          ErrorDetails.field("listReceivedDocuments").rule("a JSON list"),
          e);
    }
  }
}
