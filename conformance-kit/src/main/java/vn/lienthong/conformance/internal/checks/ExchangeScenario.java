package vn.lienthong.conformance.internal.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.lienthong.conformance.CheckContext;
import vn.lienthong.conformance.HttpExchange;
import vn.lienthong.conformance.Text;
import vn.lienthong.core.LienThongException;
import vn.lienthong.core.id.AgencyCode;
import vn.lienthong.registry.BusClient;
import vn.lienthong.registry.BusRequest;
import vn.lienthong.registry.ClientId;
import vn.lienthong.registry.LgspClientCredentials;
import vn.lienthong.registry.edxml.Edxml;
import vn.lienthong.registry.edxml.EdxmlAttachment;
import vn.lienthong.registry.edxml.EdxmlPackage;
import vn.lienthong.registry.edxml.Organ;
import vn.lienthong.sandbox.Sandbox;
import vn.lienthong.sandbox.exchange.DocumentStatus;
import vn.lienthong.sandbox.exchange.ReceivedDocument;
import vn.lienthong.sandbox.lgsp.SandboxLgsp;
import vn.lienthong.signature.Pkcs12SigningKey;
import vn.lienthong.signature.RsaPadding;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.SigningKey;
import vn.lienthong.signature.testpki.TestPki;

/**
 * The document-exchange scenario, once per run, on the walkthrough's signed dossier: the test
 * driver makes the target send the dossier's result as edXML to the kit's agency ({@code
 * driveExchange}); the kit waits for the package at its sandbox hub (which then checks structure
 * only: the kit judges the signature itself); the kit sends the target a signed package of its own
 * and makes the target answer it ({@code driveExchangeInbox}); the hub's status history of that
 * package is what the target sent in a legal order. Immutable once made; thread-safe.
 */
final class ExchangeScenario {

  static final String KEY = "exc.scenario";

  /** Setting: how long to wait for the target's package at the hub, in seconds (default 20). */
  static final String WAIT_SECONDS = "exc.wait-seconds";

  /** Setting: the agency code the target receives documents as (default the package's sender). */
  static final String TARGET_AGENCY = "exc.target-agency";

  /** The kit's own agency at its hub: the receiver of the target's package, the sender of its. */
  static final String KIT_AGENCY = "000.00.00.H26";

  static final String KIT_CLIENT = "VN-TEST/GOV/" + KIT_AGENCY + "/bo-cong-cu-kiem-thu";

  static final String HUB_PROVIDER = "VN-TEST/GOV/000.00.00.G01/lien-thong-van-ban";

  final @Nullable Text stopped;
  final List<HttpExchange> evidence;
  final @Nullable String code;
  final @Nullable String messageId;
  final @Nullable ReceivedDocument sent;
  final Duration waited;
  final @Nullable String kitExchangeId;
  final List<String> claimed;
  final List<String> recorded;
  final @Nullable Text inboxStopped;

  private ExchangeScenario(Builder b) {
    this.stopped = b.stopped;
    this.evidence = List.copyOf(b.evidence);
    this.code = b.code;
    this.messageId = b.messageId;
    this.sent = b.sent;
    this.waited = b.waited;
    this.kitExchangeId = b.kitExchangeId;
    this.claimed = List.copyOf(b.claimed);
    this.recorded = List.copyOf(b.recorded);
    this.inboxStopped = b.inboxStopped;
  }

  static ExchangeScenario of(CheckContext context) {
    return context.shared(KEY, ExchangeScenario.class, () -> run(context));
  }

  private static ExchangeScenario run(CheckContext context) {
    Builder b = new Builder();
    Walkthrough w = Walkthrough.of(context);
    if (w.code == null || w.call(Walkthrough.SIGN).map(c -> c.status() != 200).orElse(true)) {
      return b.stop(
          new Text(
              "Chưa đánh giá được: kịch bản Commune API không tạo được hồ sơ có kết quả đã ký số"
                  + " để gửi liên thông",
              "Not judged: the Commune API scenario made no dossier with a signed result to send"));
    }
    Optional<Sandbox> sandbox = context.runningSandbox();
    if (sandbox.isEmpty()) {
      return b.stop(
          new Text(
              "Chưa đánh giá được: bộ công cụ không chạy trục liên thông giả lập trong tiến trình",
              "Not judged: the kit runs no sandbox exchange hub in its process"));
    }
    Sandbox hub = sandbox.get();
    hub.exchange().requireSignatures(false);
    b.code = w.code;
    CommuneApi api = new CommuneApi(context);
    try {
      ObjectNode body =
          CommuneApi.JSON.createObjectNode().put("to", KIT_AGENCY).put("document", "result");
      CommuneApi.Call drive =
          api.driver("driveExchange", "/dossiers/" + w.code + "/exchange", body.toString());
      b.evidence.add(drive.exchange());
      if (drive.status() == 404 && !drive.response.text().contains("LT-")) {
        return b.stop(noDriver("driveExchange"));
      }
      if (drive.status() != 202) {
        return b.stop(
            new Text(
                "Hệ thống từ chối gửi văn bản liên thông (mã trạng thái HTTP "
                    + drive.status()
                    + ")",
                "the target refused to send the document (HTTP " + drive.status() + ")"));
      }
      String documentId = drive.json().path("documentId").asText();
      java.time.Instant asked = context.clock().instant().minusSeconds(1);
      b.messageId = drive.json().path("messageId").asText(null);
      long started = System.nanoTime();
      Duration wait = context.waitSetting(WAIT_SECONDS, 20);
      b.sent = awaitDocument(hub, documentId, asked, wait);
      b.waited = Duration.ofNanos(System.nanoTime() - started);
      answer(context, api, hub, b);
    } catch (LienThongException e) {
      return b.stop(
          new Text(
              "Không gọi được hệ thống: " + e.getMessage(),
              Walkthrough.UNREACHABLE + e.getMessage()));
    }
    return new ExchangeScenario(b);
  }

  /** Sends the target a signed package of the kit's agency and has the target answer it. */
  private static void answer(CheckContext context, CommuneApi api, Sandbox hub, Builder b) {
    String receiver =
        context.setting(TARGET_AGENCY).orElse(b.sent != null ? b.sent.from() : "000.00.01.H22");
    try {
      b.kitExchangeId = send(hub, kitPackage(receiver));
    } catch (Exception e) {
      b.inboxStopped =
          new Text(
              "Bộ công cụ không gửi được văn bản thử đến " + receiver + ": " + e.getMessage(),
              "the kit could not send its test document to " + receiver + ": " + e.getMessage());
      return;
    }
    CommuneApi.Call inbox = api.driver("driveExchangeInbox", "/exchange/inbox", "");
    b.evidence.add(inbox.exchange());
    if (inbox.status() == 404 && !inbox.response.text().contains("LT-")) {
      b.inboxStopped = noDriver("driveExchangeInbox");
      return;
    }
    for (JsonNode item : inbox.json().path("items")) {
      if (item.path("exchangeId").asText().equals(b.kitExchangeId)) {
        item.path("statuses").forEach(s -> b.claimed.add(s.asText()));
      }
    }
    hub.exchange().statusHistory(b.kitExchangeId).stream()
        .map(DocumentStatus::statusCode)
        .forEach(b.recorded::add);
  }

  private static @Nullable ReceivedDocument awaitDocument(
      Sandbox hub, String documentId, java.time.Instant asked, Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      ReceivedDocument found = null;
      for (ReceivedDocument d : hub.exchange().all()) {
        if (d.documentId().equals(documentId) && !d.receivedAt().isBefore(asked)) {
          found = d; // the latest: a document id may be sent again
        }
      }
      if (found != null) {
        return found;
      }
      if (System.nanoTime() > deadline) {
        return null;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
  }

  /** The kit's test document, signed with a key of the shared test PKI (RSA, SHA-256). */
  static byte[] kitPackage(String receiver) throws Exception {
    TestPki.Signer s = TestPki.shared().organisationSigner("Bộ công cụ kiểm thử LienThông");
    SigningKey key = Pkcs12SigningKey.load(s.pkcs12Stream(), TestPki.PASSWORD, "signer");
    EdxmlPackage pkg =
        EdxmlPackage.builder()
            .from(new Organ(AgencyCode.parse(KIT_AGENCY), "Bộ công cụ kiểm thử LienThông"))
            .to(new Organ(AgencyCode.parse(receiver), ""))
            .code(String.valueOf(1 + (System.nanoTime() & 0xffffff)), "KT-LT")
            .promulgation("Hà Nội", LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")))
            .documentType(1, "Công văn")
            .subject("Văn bản thử của bộ công cụ kiểm tra tuân thủ")
            .signer("TM. ỦY BAN NHÂN DÂN", "Chủ tịch", "Bộ công cụ kiểm thử")
            .attachment(
                new EdxmlAttachment(
                    "cid:thu",
                    "van-ban-thu.pdf",
                    "application/pdf",
                    "",
                    "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))
            .build();
    SignatureParameters parameters =
        SignatureParameters.builder(key.certificateChain())
            .rsaPadding(RsaPadding.PKCS1_V1_5)
            .build();
    return Edxml.signer().sign(pkg.toXml(), parameters, key);
  }

  /** Posts a package to the hub as the kit's agency; returns the hub's exchange id. */
  static String send(Sandbox hub, byte[] xml) throws Exception {
    try (BusClient bus =
        BusClient.builder()
            .client(ClientId.parse(KIT_CLIENT))
            .timeout(Duration.ofSeconds(10))
            .authentication(
                LgspClientCredentials.builder()
                    .tokenEndpoint(hub.lgsp().tokenEndpoint())
                    .clientId(SandboxLgsp.DEMO_CLIENT_ID)
                    .clientSecret(SandboxLgsp.DEMO_CLIENT_SECRET)
                    .build())
            .build()) {
      var r =
          bus.call(
              BusRequest.builder()
                  .uri(hub.uri("/exchange/documents"))
                  .service(ClientId.parse(HUB_PROVIDER).service("document-exchange", "v1"))
                  .body(xml, "application/xml")
                  .build());
      return CommuneApi.JSON.readTree(r.body()).path("exchangeId").asText();
    }
  }

  private static Text noDriver(String operation) {
    return new Text(
        "Chưa đánh giá được: hệ thống không có thao tác "
            + operation
            + " của giao diện điều khiển kiểm thử",
        "Not judged: the target's test driver offers no " + operation);
  }

  private static final class Builder {
    @Nullable Text stopped;
    final List<HttpExchange> evidence = new ArrayList<>();
    @Nullable String code;
    @Nullable String messageId;
    @Nullable ReceivedDocument sent;
    Duration waited = Duration.ZERO;
    @Nullable String kitExchangeId;
    final List<String> claimed = new ArrayList<>();
    final List<String> recorded = new ArrayList<>();
    @Nullable Text inboxStopped;

    ExchangeScenario stop(Text why) {
      stopped = why;
      return new ExchangeScenario(this);
    }
  }
}
