package vn.lienthong.refapp.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.lienthong.core.contracts.ContractValidator;
import vn.lienthong.core.testing.TestPostgres;
import vn.lienthong.identity.officer.Officer;
import vn.lienthong.refapp.AppConfig;
import vn.lienthong.refapp.ReferenceApp;
import vn.lienthong.refapp.service.OfficerAccess;
import vn.lienthong.refapp.service.ResultIssuer;
import vn.lienthong.refapp.service.TestPdfIssuer;
import vn.lienthong.sandbox.persona.Personas;

/**
 * The Commune API end to end over real HTTP on loopback, on embedded H2 and on a real PostgreSQL:
 * every answer is checked against {@code contracts/commune/commune-api.yaml}.
 */
class CommuneApiScenarioTest {

  @TempDir static Path temp;

  private static TestPostgres postgres;

  static final String PORTAL = "Bearer " + CommuneApiModule.SANDBOX_PORTAL_TOKEN;
  static final String LAN = "001192004521";

  @AfterAll
  static void stopPostgres() throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }

  static ReferenceApp start(String database, Map<String, String> extra) throws Exception {
    Map<String, String> settings = new HashMap<>();
    settings.put(AppConfig.HTTP_PORT, "0");
    settings.put(AppConfig.DATA_DIR, Files.createTempDirectory(temp, database).toString());
    settings.put(AppConfig.DEMO_DATA, "false");
    if (database.equals("postgresql")) {
      if (postgres == null) {
        postgres = TestPostgres.start();
      }
      settings.put(AppConfig.DB_URL, postgres.jdbcUrl());
      settings.put(AppConfig.DB_USER, "postgres");
    }
    settings.putAll(extra);
    return ReferenceApp.start(AppConfig.of(settings));
  }

  static String filing(String competent, String receiving) {
    ObjectNode n = ApiClient.JSON.createObjectNode();
    n.put("procedureCode", "1.001193");
    n.put("competentCommune", competent);
    n.put("receivingOffice", receiving);
    n.put("channel", 2);
    n.putObject("applicant")
        .put("kind", "citizen")
        .put("personalId", LAN)
        .put("fullName", "Nguyễn Thị Lan");
    try {
      n.set(
          "form",
          ApiClient.JSON.readTree(
              CommuneApiScenarioTest.class.getResourceAsStream(
                  "/vn/lienthong/core/forms/birth-registration/examples/valid.json")));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    n.putArray("attachments")
        .addObject()
        .put("name", "giay-chung-sinh.pdf")
        .put("mediaType", "application/pdf")
        .put("contentBase64", Base64.getEncoder().encodeToString("%PDF-1.7\n".getBytes()));
    return n.toString();
  }

  static String officerToken(ReferenceApp app, String persona) {
    Officer o = vn.lienthong.refapp.service.DemoDataAccess.officer(Personas.require(persona));
    return "Bearer " + app.context().require(OfficerAccess.class).issueToken(o);
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void portalFiledDossierGoesThroughEveryStep(String database) throws Exception {
    try (ReferenceApp app = start(database, Map.of())) {
      ApiClient api = new ApiClient(app.baseUrl());
      String receiver = officerToken(app, "officer-receiver");
      String processor = officerToken(app, "officer-processor");
      String approver = officerToken(app, "officer-approver");
      String clerk = officerToken(app, "officer-clerk");
      String moved = officerToken(app, "officer-moved");

      // Filed at Ngọc Hà (00008), decided by Ba Đình (00004); the same key twice makes one dossier.
      String key = UUID.randomUUID().toString();
      String body = filing("00004", "00008");
      ApiClient.Answer first =
          api.call(
              "receiveDossier",
              "POST",
              "/commune/v1/dossiers",
              body,
              "Authorization",
              PORTAL,
              "LT-Client",
              "VN-TEST/GOV/000.00.00.G22/dvcqg-sync",
              "LT-Id",
              "msg-" + key,
              "Idempotency-Key",
              key);
      assertThat(first.status()).isEqualTo(201);
      String code = first.json().path("dossierCode").asText();
      ApiClient.Answer again =
          api.call(
              "receiveDossier",
              "POST",
              "/commune/v1/dossiers",
              body,
              "Authorization",
              PORTAL,
              "LT-Client",
              "VN-TEST/GOV/000.00.00.G22/dvcqg-sync",
              "LT-Id",
              "msg-" + key + "-2",
              "Idempotency-Key",
              key);
      assertThat(again.status()).isEqualTo(200);
      assertThat(again.json().path("dossierCode").asText()).isEqualTo(code);
      assertThat(again.json().path("created").asBoolean()).isFalse();

      // A redelivery of the same bus message without a key: no duplicate either.
      String redelivered = filing("00004", "00004");
      ApiClient.Answer m1 =
          api.call(
              "receiveDossier",
              "POST",
              "/commune/v1/dossiers",
              redelivered,
              "Authorization",
              PORTAL,
              "LT-Client",
              "VN-TEST/GOV/000.00.00.G22/dvcqg-sync",
              "LT-Id",
              "msg-redelivery-" + key);
      ApiClient.Answer m2 =
          api.call(
              "receiveDossier",
              "POST",
              "/commune/v1/dossiers",
              redelivered,
              "Authorization",
              PORTAL,
              "LT-Client",
              "VN-TEST/GOV/000.00.00.G22/dvcqg-sync",
              "LT-Id",
              "msg-redelivery-" + key);
      assertThat(m2.json().path("dossierCode")).isEqualTo(m1.json().path("dossierCode"));
      assertThat(m2.status()).isEqualTo(200);

      // Officers: the receiving commune's officer sees it; an officer of another commune does not.
      ApiClient.Answer seen =
          api.call(
              "getDossier", "GET", "/commune/v1/dossiers/" + code, "", "Authorization", receiver);
      assertThat(seen.status()).isEqualTo(200);
      assertThat(seen.json().path("competentCommune").asText()).isEqualTo("00004");
      assertThat(seen.json().path("receivingOffice").asText()).isEqualTo("00008");
      assertThat(seen.body()).doesNotContain(LAN);
      ApiClient.Answer denied =
          api.call("getDossier", "GET", "/commune/v1/dossiers/" + code, "", "Authorization", moved);
      assertThat(denied.status()).isEqualTo(403);
      assertThat(denied.json().path("code").asText()).isEqualTo("LT-APP-0104");
      ApiClient.Answer deniedAct = act(api, moved, code, "{\"action\":\"accept\"}");
      assertThat(deniedAct.status()).isEqualTo(403);
      assertThat(
              api.call("getInbox", "GET", "/commune/v1/inbox", "", "Authorization", moved).body())
          .doesNotContain(code);
      assertThat(
              api.call("getInbox", "GET", "/commune/v1/inbox", "", "Authorization", receiver)
                  .body())
          .contains(code);

      // An illegal step is refused with the lifecycle's code.
      ApiClient.Answer illegal = act(api, receiver, code, "{\"action\":\"hand-over\"}");
      assertThat(illegal.status()).isEqualTo(409);
      assertThat(illegal.json().path("code").asText()).isEqualTo("LT-CORE-0601");

      assertThat(act(api, receiver, code, "{\"action\":\"accept\"}").status()).isEqualTo(200);
      assertThat(act(api, processor, code, "{\"action\":\"process\"}").status()).isEqualTo(200);
      ApiClient.Answer asked =
          act(
              api,
              processor,
              code,
              "{\"action\":\"request-supplement\",\"reason\":\"Thiếu giấy chứng sinh\"}");
      assertThat(asked.json().path("status").asInt()).isEqualTo(5);

      String supplement =
          "{\"deliveryId\":\"d-"
              + key
              + "\",\"note\":\"Đã bổ sung\",\"attachments\":[{\"name\":\"gcs.pdf\","
              + "\"mediaType\":\"application/pdf\",\"contentBase64\":\"JVBERi0xLjcK\"}]}";
      ApiClient.Answer resumed =
          api.call(
              "deliverSupplement",
              "POST",
              "/commune/v1/dossiers/" + code + "/supplements",
              supplement,
              "Authorization",
              PORTAL);
      assertThat(resumed.status()).isEqualTo(200);
      assertThat(resumed.json().path("status").asInt()).isEqualTo(4);

      if (app.context().find(ResultIssuer.class).isEmpty()) {
        ApiClient.Answer unavailable =
            act(api, approver, code, "{\"action\":\"approve-and-sign\"}");
        assertThat(unavailable.status()).isEqualTo(503);
        assertThat(unavailable.json().path("code").asText()).isEqualTo("LT-APP-0106");
        app.context().register(ResultIssuer.class, new TestPdfIssuer());
      }
      ApiClient.Answer signed = act(api, approver, code, "{\"action\":\"approve-and-sign\"}");
      assertThat(signed.status()).isEqualTo(200);
      assertThat(signed.json().path("status").asInt()).isEqualTo(9);
      ApiClient.Answer early = act(api, receiver, code, "{\"action\":\"hand-over\"}");
      assertThat(early.status()).isEqualTo(409);
      assertThat(early.json().path("code").asText()).isEqualTo("LT-APP-0601");
      assertThat(act(api, approver, code, "{\"action\":\"agency-seal\"}").status()).isEqualTo(403);
      ApiClient.Answer sealed = act(api, clerk, code, "{\"action\":\"agency-seal\"}");
      assertThat(sealed.status()).as(sealed.body()).isEqualTo(200);
      assertThat(sealed.json().path("status").asInt()).isEqualTo(9);
      ApiClient.Answer result =
          api.call(
              "getResult",
              "GET",
              "/commune/v1/dossiers/" + code + "/result",
              "",
              "Authorization",
              PORTAL);
      assertThat(result.status()).isEqualTo(200);
      byte[] pdf = Base64.getDecoder().decode(result.json().path("contentBase64").asText());
      assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
          .isEqualTo("%PDF-");
      assertThat(
              act(api, receiver, code, "{\"action\":\"hand-over\"}").json().path("status").asInt())
          .isEqualTo(10);

      ApiClient.Answer audit =
          api.call(
              "getAuditEvidence",
              "GET",
              "/commune/v1/dossiers/" + code + "/audit",
              "",
              "Authorization",
              receiver);
      assertThat(audit.json().path("intact").asBoolean()).isTrue();
      assertThat(audit.json().path("events").size()).isGreaterThanOrEqualTo(7);

      ApiClient.Answer pub =
          api.call("lookupPublicStatus", "GET", "/commune/v1/public/dossiers/" + code, "");
      assertThat(pub.status()).isEqualTo(200);
      assertThat(pub.json().path("status").asInt()).isEqualTo(10);
      assertThat(pub.body())
          .doesNotContain(LAN)
          .doesNotContain("Nguyễn Thị Lan")
          .doesNotContain("Lan\"");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2"})
  void invalidFormAnswersFieldLevelVietnameseErrors(String database) throws Exception {
    try (ReferenceApp app = start(database, Map.of())) {
      ApiClient api = new ApiClient(app.baseUrl());
      ObjectNode bad = (ObjectNode) ApiClient.JSON.readTree(filing("00004", "00004"));
      ((ObjectNode) bad.path("form").path("child")).remove("fullName");
      ((ObjectNode) bad.path("form").path("child")).put("birthDate", "2026-02-30");
      ApiClient.Answer a =
          api.call(
              "receiveDossier",
              "POST",
              "/commune/v1/dossiers",
              bad.toString(),
              "Authorization",
              PORTAL,
              "LT-Client",
              "VN-TEST/GOV/000.00.00.G22/dvcqg-sync",
              "LT-Id",
              "msg-invalid-form-1");
      assertThat(a.status()).isEqualTo(422);
      assertThat(a.contentType()).startsWith("application/problem+json");
      JsonNode p = a.json();
      assertThat(p.path("code").asText()).isEqualTo("LT-APP-0101");
      assertThat(p.path("errors").size()).isGreaterThanOrEqualTo(2);
      assertThat(p.path("errors"))
          .anySatisfy(
              e -> {
                assertThat(e.path("path").asText()).startsWith("/child");
                assertThat(e.path("code").asText()).startsWith("LT-CORE-07");
                assertThat(e.path("detail").asText()).isNotBlank();
              });
      ApiClient.Answer unauthenticated =
          api.call("getDossier", "GET", "/commune/v1/dossiers/000.04.01.H26-261123-0001", "");
      assertThat(unauthenticated.status()).isEqualTo(401);
      assertThat(unauthenticated.json().path("code").asText()).isEqualTo("LT-APP-0107");
      ApiClient.Answer missing =
          api.call(
              "lookupPublicStatus",
              "GET",
              "/commune/v1/public/dossiers/000.04.01.H26-261123-9999",
              "");
      assertThat(missing.status()).isEqualTo(404);
      assertThat(claimedLength(app.baseUrl(), 1L << 30)).startsWith("HTTP/1.1 413");
      ApiClient.Answer driverOff =
          api.call(
              null,
              "POST",
              "/test-driver/dossiers/000.04.01.H26-261123-0001/actions",
              "{\"action\":\"accept\"}");
      assertThat(driverOff.status()).isEqualTo(404);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2"})
  void testDriverAdvancesADossierWhenConformanceIsOn(String database) throws Exception {
    try (ReferenceApp app = start(database, Map.of(AppConfig.CONFORMANCE_ENABLED, "true"))) {
      ApiClient api = new ApiClient(app.baseUrl());
      String code =
          api.call(
                  "receiveDossier",
                  "POST",
                  "/commune/v1/dossiers",
                  filing("00008", "00004"),
                  "Authorization",
                  PORTAL,
                  "LT-Client",
                  "VN-TEST/GOV/000.00.00.G22/dvcqg-sync",
                  "LT-Id",
                  "msg-driver-1")
              .json()
              .path("dossierCode")
              .asText();
      for (String action : new String[] {"accept", "process", "approve-and-sign", "hand-over"}) {
        ApiClient.Answer a =
            api.call(
                "driveDossier",
                "POST",
                "/test-driver/dossiers/" + code + "/actions",
                "{\"action\":\"" + action + "\"}");
        assertThat(a.status()).as(action + ": " + a.body()).isEqualTo(200);
      }
      assertThat(
              api.call("lookupPublicStatus", "GET", "/commune/v1/public/dossiers/" + code, "")
                  .json()
                  .path("status")
                  .asInt())
          .isEqualTo(10);
      assertThat(ContractValidator.create()).isNotNull();
    }
  }

  /** Sends only the headers of a filing that claims a huge body; returns the status line. */
  static String claimedLength(String baseUrl, long length) throws Exception {
    java.net.URI uri = java.net.URI.create(baseUrl);
    try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(30_000);
      String request =
          "POST /api/commune/v1/dossiers HTTP/1.1\r\nHost: localhost\r\n"
              + "Authorization: "
              + PORTAL
              + "\r\nLT-Client: VN-TEST/GOV/000.00.00.G22/dvcqg-sync\r\nLT-Id: msg-huge-0001\r\n"
              + "Content-Type: application/json\r\nContent-Length: "
              + length
              + "\r\n\r\n{";
      socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      java.io.BufferedReader in =
          new java.io.BufferedReader(
              new java.io.InputStreamReader(
                  socket.getInputStream(), java.nio.charset.StandardCharsets.US_ASCII));
      String line = in.readLine();
      return line == null ? "" : line;
    }
  }

  private static ApiClient.Answer act(ApiClient api, String token, String code, String body)
      throws Exception {
    return api.call(
        "performAction",
        "POST",
        "/commune/v1/dossiers/" + code + "/actions",
        body,
        "Authorization",
        token);
  }
}
