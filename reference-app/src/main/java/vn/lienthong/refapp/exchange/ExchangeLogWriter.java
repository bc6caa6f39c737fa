package vn.lienthong.refapp.exchange;

import java.time.Clock;
import vn.lienthong.core.privacy.SafeLogger;
import vn.lienthong.registry.audit.ExchangeLog;
import vn.lienthong.registry.audit.ExchangeRecord;

/** Appends the app's document exchanges to the tamper-evident exchange log. Thread-safe. */
final class ExchangeLogWriter {

  private static final SafeLogger LOG = SafeLogger.of(ExchangeLogWriter.class);

  private final ExchangeLog log;
  private final String client;
  private final Clock clock;

  ExchangeLogWriter(ExchangeLog log, String client, Clock clock) {
    this.log = log;
    this.client = client;
    this.clock = clock;
  }

  /**
   * Appends one exchange in its own transaction; a failure is logged, never thrown, so the exchange
   * itself is not undone by its record.
   *
   * @param note the dossier code for exchanges about a dossier, else the edXML document id
   */
  void append(String messageId, String service, String status, byte[] payload, String note) {
    try {
      log.append(
          ExchangeRecord.builder()
              .messageId(messageId)
              .client(client)
              .service(service)
              .time(clock.instant())
              .status(cut(status.replaceAll("[^!-~]", "_"), ExchangeRecord.MAX_STATUS_LENGTH))
              .payload(payload)
              .user("system")
              .note(cut(note, ExchangeRecord.MAX_NOTE_LENGTH))
              .build());
    } catch (RuntimeException e) {
      LOG.warn("could not log the exchange {}: {}", messageId, e.toString());
    }
  }

  private static String cut(String s, int max) {
    return s.length() > max ? s.substring(0, max) : s;
  }
}
