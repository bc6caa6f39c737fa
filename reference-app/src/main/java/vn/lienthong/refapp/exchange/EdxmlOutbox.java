package vn.lienthong.refapp.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.LienThongException;
import vn.lienthong.core.id.AgencyCode;
import vn.lienthong.core.id.DossierCode;
import vn.lienthong.refapp.RefappErrorCode;
import vn.lienthong.refapp.service.DossierService;
import vn.lienthong.refapp.service.Requester;
import vn.lienthong.refapp.service.ResultFile;
import vn.lienthong.registry.BusException;
import vn.lienthong.registry.BusResponse;
import vn.lienthong.registry.CallContext;
import vn.lienthong.registry.MessageId;
import vn.lienthong.registry.edxml.Edxml;
import vn.lienthong.registry.edxml.EdxmlAttachment;
import vn.lienthong.registry.edxml.EdxmlPackage;
import vn.lienthong.registry.edxml.Organ;
import vn.lienthong.registry.edxml.TraceHeader;
import vn.lienthong.registry.outbox.DeliveryOutcome;
import vn.lienthong.registry.outbox.Outbox;
import vn.lienthong.registry.outbox.OutboxMessage;
import vn.lienthong.registry.outbox.OutboxTransport;
import vn.lienthong.signature.RsaPadding;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.SigningKey;

/**
 * Sends a dossier's signed result as an edXML package: builds the package (QCVN 102:2016) with the
 * result PDF attached, signs it with XML-DSig (RSA with SHA-256, in {@code edXMLHeader}) with the
 * agency's key, and enqueues it in the durable outbox in one transaction; as the outbox transport
 * of type {@value #TYPE}, it posts the package to the hub with the same bus message id on every
 * attempt and records each final answer in the exchange log. Thread-safe.
 */
final class EdxmlOutbox implements OutboxTransport {

  static final String TYPE = "exchange.edxml";

  private static final String H_ISSUE = "Exchange-Issue";
  private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final DossierService dossiers;
  private final DataSource dataSource;
  private final ExchangeHub hub;
  private final SigningKey agencyKey;
  private final AgencyCode agency;
  private final ExchangeLogWriter log;
  private final Clock clock;
  private final Outbox outbox = Outbox.create();

  EdxmlOutbox(
      DossierService dossiers,
      DataSource dataSource,
      ExchangeHub hub,
      SigningKey agencyKey,
      AgencyCode agency,
      ExchangeLogWriter log,
      Clock clock) {
    this.dossiers = dossiers;
    this.dataSource = dataSource;
    this.hub = hub;
    this.agencyKey = agencyKey;
    this.agency = agency;
    this.log = log;
    this.clock = clock;
  }

  ExchangeService.Queued sendResult(DossierCode code, AgencyCode to) {
    ResultFile result;
    try {
      result = dossiers.result(Requester.system("exchange"), code);
    } catch (LienThongException e) {
      if (e.errorCode() == RefappErrorCode.RESULT_NOT_ISSUED) {
        throw new LienThongException(
            RefappErrorCode.EXCHANGE_NO_DOCUMENT,
            ErrorDetails.field("result").rejectedValue(code.toString()),
            e);
      }
      throw e;
    }
    LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), VN);
    EdxmlPackage pkg =
        EdxmlPackage.builder()
            .from(new Organ(agency, "Ủy ban nhân dân cấp xã"))
            .to(new Organ(to, ""))
            .code(number(code), "KQ-MCX")
            .promulgation("Việt Nam", now.toLocalDate())
            .documentType(1, result.document().title())
            .subject("Kết quả giải quyết hồ sơ " + code)
            .content("Văn bản kết quả giải quyết thủ tục hành chính, bản điện tử đã ký số.")
            .signer("TM. ỦY BAN NHÂN DÂN", "Văn thư", "Ủy ban nhân dân cấp xã")
            .trace(new TraceHeader(agency, now))
            .attachment(
                new EdxmlAttachment(
                    "cid:ket-qua", "ket-qua.pdf", "application/pdf", "", result.pdf()))
            .build();
    SignatureParameters parameters =
        SignatureParameters.builder(agencyKey.certificateChain())
            .rsaPadding(RsaPadding.PKCS1_V1_5)
            .build();
    byte[] signed = Edxml.signer().sign(pkg.toXml(), parameters, agencyKey);
    String messageId = UUID.randomUUID().toString();
    OutboxMessage message =
        OutboxMessage.builder()
            .id(messageId)
            .orderingKey("edxml:" + code)
            .type(TYPE)
            .destination(hub.endpoint() + "/documents")
            .payload(signed)
            .header(H_ISSUE, code.toString())
            .createdAt(clock.instant())
            .build();
    vn.lienthong.refapp.store.Jdbc.inTransaction(
        dataSource,
        "queueing an edXML package",
        c -> {
          outbox.enqueue(c, message);
          return null;
        });
    return new ExchangeService.Queued(
        code, pkg.documentId(), messageId, to, OffsetDateTime.ofInstant(message.createdAt(), VN));
  }

  @Override
  public DeliveryOutcome deliver(OutboxMessage message) {
    String issue = Objects.requireNonNullElse(message.headers().get(H_ISSUE), "-");
    CallContext context = new CallContext("system", issue.equals("-") ? null : issue);
    try {
      BusResponse r = hub.send(new MessageId(message.id()), context, message.payload());
      log.append(
          message.id(), ExchangeHub.SEND, "accepted:" + exchangeId(r), message.payload(), issue);
      return DeliveryOutcome.acknowledged();
    } catch (BusException e) {
      if (e.retryable()) {
        return DeliveryOutcome.retryLater(e.code());
      }
      log.append(message.id(), ExchangeHub.SEND, "refused:" + e.code(), message.payload(), issue);
      return DeliveryOutcome.permanentFailure(e.code());
    }
  }

  private static String exchangeId(BusResponse r) {
    try {
      JsonNode n = JSON.readTree(r.body());
      return n == null ? "-" : n.path("exchangeId").asText("-");
    } catch (IOException e) {
      return "-";
    }
  }

  /** The document number: the dossier code's last run of digits, without leading zeros. */
  static String number(DossierCode code) {
    String s = code.toString();
    int end = s.length();
    while (end > 0 && !Character.isDigit(s.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && Character.isDigit(s.charAt(start - 1)) && end - start < 9) {
      start--;
    }
    String digits = s.substring(start, end).replaceFirst("^0+(?=.)", "");
    return digits.isEmpty() ? "1" : digits;
  }
}
