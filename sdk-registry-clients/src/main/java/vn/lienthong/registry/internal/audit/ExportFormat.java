package vn.lienthong.registry.internal.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Set;
import vn.lienthong.registry.audit.ExchangeEntry;

/**
 * The export file format: JSON Lines, one entry per line as a JSON object with exactly the fields
 * {@code seq, messageId, client, service, time, status, payloadSha256, user, note, previousHash,
 * hash}, UTF-8.
 */
public final class ExportFormat {

  /** The longest line accepted when reading, in characters. */
  public static final int MAX_LINE_LENGTH = 16 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Set<String> FIELDS =
      Set.of(
          "seq",
          "messageId",
          "client",
          "service",
          "time",
          "status",
          "payloadSha256",
          "user",
          "note",
          "previousHash",
          "hash");

  private ExportFormat() {}

  /**
   * Writes one entry as a line, without the line break.
   *
   * @param e the entry
   * @return the JSON object
   */
  public static String line(ExchangeEntry e) {
    ObjectNode o = JSON.createObjectNode();
    o.put("seq", e.sequence());
    o.put("messageId", e.messageId());
    o.put("client", e.client());
    o.put("service", e.service());
    o.put("time", EntryHash.time(e.time()));
    o.put("status", e.status());
    o.put("payloadSha256", e.payloadSha256());
    o.put("user", e.user());
    o.put("note", e.note());
    o.put("previousHash", e.previousHash());
    o.put("hash", e.hash());
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
  }

  /**
   * Parses one line.
   *
   * @param line the line
   * @return the entry
   * @throws IllegalArgumentException with a short reason if the line is not an entry
   */
  public static ExchangeEntry parse(String line) {
    JsonNode n;
    try {
      n = JSON.readTree(line);
    } catch (JsonProcessingException ex) {
      throw new IllegalArgumentException("not a JSON object");
    }
    if (n == null || !n.isObject() || n.size() != FIELDS.size()) {
      throw new IllegalArgumentException("not an entry object with " + FIELDS.size() + " fields");
    }
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!FIELDS.contains(f)) {
        throw new IllegalArgumentException("unknown field " + f);
      }
      if (f.equals("seq") ? !n.get(f).canConvertToExactIntegral() : !n.get(f).isTextual()) {
        throw new IllegalArgumentException("field " + f + " has the wrong type");
      }
    }
    Instant time;
    try {
      time = Instant.parse(n.get("time").textValue());
    } catch (DateTimeParseException ex) {
      throw new IllegalArgumentException("time is not an ISO-8601 instant");
    }
    return new ExchangeEntry(
        n.get("seq").longValue(),
        n.get("messageId").textValue(),
        n.get("client").textValue(),
        n.get("service").textValue(),
        time,
        n.get("status").textValue(),
        n.get("payloadSha256").textValue(),
        n.get("user").textValue(),
        n.get("note").textValue(),
        n.get("previousHash").textValue(),
        n.get("hash").textValue());
  }
}
