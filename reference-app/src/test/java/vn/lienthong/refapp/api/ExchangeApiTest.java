package vn.lienthong.refapp.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.core.id.AgencyCode;
import vn.lienthong.refapp.AppConfig;
import vn.lienthong.refapp.ReferenceApp;
import vn.lienthong.refapp.documents.SigningKeys;
import vn.lienthong.registry.BusClient;
import vn.lienthong.registry.BusRequest;
import vn.lienthong.registry.ClientId;
import vn.lienthong.registry.LgspClientCredentials;
import vn.lienthong.registry.audit.ChainReport;
import vn.lienthong.registry.audit.ExchangeLogVerifier;
import vn.lienthong.registry.edxml.Edxml;
import vn.lienthong.registry.edxml.EdxmlAttachment;
import vn.lienthong.registry.edxml.EdxmlPackage;
import vn.lienthong.registry.edxml.EdxmlValidationResult;
import vn.lienthong.registry.edxml.EdxmlValidator;
import vn.lienthong.registry.edxml.Organ;
import vn.lienthong.sandbox.Sandbox;
import vn.lienthong.sandbox.exchange.DocumentStatus;
import vn.lienthong.sandbox.exchange.ReceivedDocument;
import vn.lienthong.sandbox.lgsp.SandboxLgsp;
import vn.lienthong.signature.RsaPadding;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.SigningKey;
import vn.lienthong.signature.ValidationFinding;

/**
 * Document exchange through the Commune API, over real HTTP on loopback with the embedded sandbox
 * hub and H2: the test driver sends a dossier's signed result as edXML through the outbox, the
 * dossier's exchange-log evidence verifies offline, and the inbox answers statuses in order.
 */
class ExchangeApiTest {

  private static final String HUB_PEER = "VN-TEST/GOV/000.00.00.H26/qlvb-tinh";

  @TempDir Path data;

  private ReferenceApp start() {
    return ReferenceApp.start(
        AppConfig.of(
            Map.of(
                AppConfig.HTTP_PORT, "0",
                AppConfig.DATA_DIR, data.toString(),
                AppConfig.DEMO_DATA, "false",
                AppConfig.CONFORMANCE_ENABLED, "true")));
  }

  @Test
  void sendsTheSignedResultAsEdxmlAndShowsTheExchangeLogEvidence() throws Exception {
    try (ReferenceApp app = start()) {
      ApiClient api = new ApiClient(app.baseUrl());
      Sandbox sandbox = app.context().sandbox().orElseThrow();
      String code = signedDossier(api);

      ApiClient.Answer queued =
          api.call(
              "driveExchange",
              "POST",
              "/test-driver/dossiers/" + code + "/exchange",
              "{\"to\":\"000.00.00.H26\"}");
      assertThat(queued.status()).as(queued.body()).isEqualTo(202);
      String documentId = queued.json().path("documentId").asText();
      ReceivedDocument received = awaitDocument(sandbox, documentId);
      assertThat(received.from()).isEqualTo("000.00.01.H22");
      assertThat(received.recipients()).containsExactly("000.00.00.H26");

      byte[] xml = received.xml().getBytes(StandardCharsets.UTF_8);
      List<java.security.cert.X509Certificate> anchors =
          app.context().require(SigningKeys.class).trustAnchors();
      EdxmlValidationResult r = EdxmlValidator.create(anchors).validate(xml);
      assertThat(r.valid()).as(r.signature().toString()).isTrue();
      assertThat(r.signature().findings()).doesNotContain(ValidationFinding.WEAK_ALGORITHM_SHA1);
      assertThat(r.edxmlPackage().attachments().get(0).content()).startsWith("%PDF".getBytes());

      JsonNode evidence = awaitEvidence(api, code, queued.json().path("messageId").asText());
      long first = evidence.path("firstSequence").asLong();
      StringBuilder lines = new StringBuilder();
      evidence.path("entries").forEach(e -> lines.append(e).append('\n'));
      ChainReport report =
          ExchangeLogVerifier.verifySegment(
              new ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.UTF_8)),
              first,
              evidence.path("previousHash").asText(),
              null);
      assertThat(report.intact()).as(report.toString()).isTrue();
      JsonNode sent = sendEntry(evidence, queued.json().path("messageId").asText()).orElseThrow();
      assertThat(sent.path("payloadSha256").asText()).isEqualTo(sha256(xml));
      assertThat(sent.path("status").asText()).startsWith("accepted:");
      assertThat(evidence.toString()).doesNotContain(CommuneApiScenarioTest.LAN);

      ApiClient.Answer noResult =
          api.call(
              null,
              "POST",
              "/test-driver/dossiers/" + newDossier(api) + "/exchange",
              "{\"to\":\"000.00.00.H26\"}");
      assertThat(noResult.status()).isEqualTo(409);
      assertThat(noResult.body()).contains("LT-APP-0704");
      ApiClient.Answer unauthenticated =
          api.call(null, "GET", "/commune/v1/dossiers/" + code + "/exchange-log", "");
      assertThat(unauthenticated.status()).isEqualTo(401);
    }
  }

  @Test
  void answersStatusesInOrderForPackagesSentToTheCommune() throws Exception {
    try (ReferenceApp app = start()) {
      ApiClient api = new ApiClient(app.baseUrl());
      Sandbox sandbox = app.context().sandbox().orElseThrow();
      SigningKey key = app.context().require(SigningKeys.class).agency();
      String good = send(sandbox, signed(pkg("21"), key));
      sandbox.exchange().requireSignatures(false);
      String unsigned = send(sandbox, pkg("22").toXml());
      sandbox.exchange().requireSignatures(true);

      ApiClient.Answer inbox =
          api.call("driveExchangeInbox", "POST", "/test-driver/exchange/inbox", "");
      assertThat(inbox.status()).as(inbox.body()).isEqualTo(200);
      assertThat(inbox.json().path("items")).hasSize(2);
      assertThat(statuses(sandbox, good)).containsExactly("01", "03", "04", "05", "06");
      assertThat(statuses(sandbox, unsigned)).containsExactly("01", "02");
      assertThat(sandbox.exchange().statusHistory(unsigned).get(1).reason()).isPresent();
      assertThat(
              api.call("driveExchangeInbox", "POST", "/test-driver/exchange/inbox", "")
                  .json()
                  .path("items"))
          .isEmpty();
    }
  }

  private static String signedDossier(ApiClient api) throws Exception {
    String code = newDossier(api);
    for (String action : new String[] {"accept", "process", "approve-and-sign"}) {
      ApiClient.Answer a =
          api.call(
              "driveDossier",
              "POST",
              "/test-driver/dossiers/" + code + "/actions",
              "{\"action\":\"" + action + "\"}");
      assertThat(a.status()).as(action + ": " + a.body()).isEqualTo(200);
    }
    return code;
  }

  private static String newDossier(ApiClient api) throws Exception {
    return api.call(
            "receiveDossier",
            "POST",
            "/commune/v1/dossiers",
            CommuneApiScenarioTest.filing("00004", "00008"),
            "Authorization",
            CommuneApiScenarioTest.PORTAL,
            "LT-Client",
            "VN-TEST/GOV/000.00.00.G22/dvcqg-sync",
            "LT-Id",
            "msg-" + UUID.randomUUID())
        .json()
        .path("dossierCode")
        .asText();
  }

  private static ReceivedDocument awaitDocument(Sandbox sandbox, String documentId)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      Optional<ReceivedDocument> d =
          sandbox.exchange().all().stream()
              .filter(x -> x.documentId().equals(documentId))
              .findFirst();
      if (d.isPresent()) {
        return d.get();
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the hub never received " + documentId);
  }

  private static JsonNode awaitEvidence(ApiClient api, String code, String messageId)
      throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      JsonNode e =
          api.call(
                  "getExchangeLogEvidence",
                  "GET",
                  "/commune/v1/dossiers/" + code + "/exchange-log",
                  "",
                  "Authorization",
                  CommuneApiScenarioTest.PORTAL,
                  "LT-Client",
                  "VN-TEST/GOV/000.00.00.G22/dvcqg-sync",
                  "LT-Id",
                  "msg-" + UUID.randomUUID())
              .json();
      if (sendEntry(e, messageId).isPresent() || System.nanoTime() > deadline) {
        return e;
      }
      Thread.sleep(50);
    }
  }

  private static Optional<JsonNode> sendEntry(JsonNode evidence, String messageId) {
    for (JsonNode e : evidence.path("entries")) {
      if (e.path("messageId").asText().equals(messageId)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  private static EdxmlPackage pkg(String number) {
    return EdxmlPackage.builder()
        .from(new Organ(AgencyCode.parse("000.00.00.H26"), "UBND thành phố Hà Nội"))
        .to(new Organ(AgencyCode.parse("000.00.01.H22"), ""))
        .code(number, "UBND-VP")
        .promulgation("Hà Nội", LocalDate.of(2026, 3, 2))
        .documentType(1, "Công văn")
        .subject("V/v phối hợp giải quyết hồ sơ")
        .signer("TM. ỦY BAN NHÂN DÂN", "Chủ tịch", "Hoàng Văn D")
        .attachment(
            new EdxmlAttachment("cid:cv", "cv.pdf", "application/pdf", "", "%PDF-1.7".getBytes()))
        .build();
  }

  private static byte[] signed(EdxmlPackage p, SigningKey key) {
    SignatureParameters parameters =
        SignatureParameters.builder(key.certificateChain())
            .rsaPadding(RsaPadding.PKCS1_V1_5)
            .build();
    return Edxml.signer().sign(p.toXml(), parameters, key);
  }

  /** Sends a package to the hub as the agency 000.00.00.H26; returns the exchange id. */
  private static String send(Sandbox sandbox, byte[] xml) throws Exception {
    try (BusClient bus =
        BusClient.builder()
            .client(ClientId.parse(HUB_PEER))
            .authentication(
                LgspClientCredentials.builder()
                    .tokenEndpoint(sandbox.lgsp().tokenEndpoint())
                    .clientId(SandboxLgsp.DEMO_CLIENT_ID)
                    .clientSecret(SandboxLgsp.DEMO_CLIENT_SECRET)
                    .build())
            .build()) {
      var r =
          bus.call(
              BusRequest.builder()
                  .uri(sandbox.uri("/exchange/documents"))
                  .service(
                      ClientId.parse("VN-TEST/GOV/000.00.00.G01/lien-thong-van-ban")
                          .service("document-exchange", "v1"))
                  .body(xml, "application/xml")
                  .build());
      return ApiClient.JSON.readTree(r.body()).path("exchangeId").asText();
    }
  }

  private static List<String> statuses(Sandbox sandbox, String exchangeId) {
    return sandbox.exchange().statusHistory(exchangeId).stream()
        .map(DocumentStatus::statusCode)
        .toList();
  }

  private static String sha256(byte[] b) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
  }
}
