package vn.lienthong.sandbox.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.sandbox.BusTestClient.post;
import static vn.lienthong.sandbox.BusTestClient.problem;
import static vn.lienthong.sandbox.BusTestClient.send;
import static vn.lienthong.sandbox.BusTestClient.valid;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienthong.sandbox.BusTestClient;
import vn.lienthong.sandbox.Sandbox;

class DocumentExchangeTest {

  static Sandbox sandbox;
  static BusTestClient bus;
  static String example;
  static final String SENDER = "VN-TEST/GOV/000.00.01.H22/mot-cua-xa";
  static final String RECEIVER = "VN-TEST/GOV/000.00.00.H26/qlvb-tinh";
  static final String OUTSIDER = "VN-TEST/GOV/000.00.00.H41/qlvb";
  static final String CONTRACT = "exchange/document-exchange";

  @BeforeAll
  static void start() throws Exception {
    sandbox = Sandbox.create().start();
    // Routing, listing and statuses with the unsigned contract example; HubSignatureTest covers
    // the signature check.
    sandbox.exchange().requireSignatures(false);
    bus = new BusTestClient(sandbox);
    try (InputStream in =
        DocumentExchangeTest.class.getResourceAsStream(
            "/contracts/examples/exchange/sendDocument.request.xml")) {
      example = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @BeforeEach
  void reset() {
    sandbox.exchange().reset();
  }

  static HttpRequest.Builder as(String client, String path) {
    return bus.request("/exchange" + path, "lien-thong-van-ban", "document-exchange")
        .setHeader("LT-Client", client);
  }

  static HttpResponse<String> sendXml(String client, String xml) throws Exception {
    return send(
        as(client, "/documents")
            .header("Content-Type", "application/xml")
            .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8)));
  }

  static String sendExample() throws Exception {
    var r = sendXml(SENDER, example);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
    BusTestClient.echoes(r, example);
    JsonNode receipt = valid(r, CONTRACT, "SendReceipt");
    assertThat(receipt.path("recipients").toString()).isEqualTo("[\"000.00.00.H26\"]");
    return receipt.path("exchangeId").asText();
  }

  static HttpResponse<String> status(String client, String id, String json) throws Exception {
    return post(as(client, "/documents/" + id + "/status"), json);
  }

  @Test
  void deliversToTheReceiverWhoListsAndFetchesIt() throws Exception {
    String id = sendExample();
    var list = send(as(RECEIVER, "/documents"));
    JsonNode items = valid(list, CONTRACT, "ReceivedList").path("items");
    assertThat(items).hasSize(1);
    assertThat(items.at("/0/documentId").asText()).isEqualTo("000.00.01.H22,2026/03/02,15/UBND-VP");
    assertThat(items.at("/0/state").asText()).isEqualTo("new");
    var get = send(as(RECEIVER, "/documents/" + id));
    assertThat(get.statusCode()).isEqualTo(200);
    assertThat(get.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
    assertThat(get.body()).isEqualTo(example);
    assertThat(valid(send(as(RECEIVER, "/documents")), CONTRACT, "ReceivedList").path("items"))
        .isEmpty();
    var fetched = send(as(RECEIVER, "/documents?state=fetched&limit=10"));
    assertThat(valid(fetched, CONTRACT, "ReceivedList").path("items")).hasSize(1);
    assertThat(sandbox.exchange().received("000.00.00.H26")).hasSize(1);
    assertThat(
            valid(send(as(OUTSIDER, "/documents?state=all")), CONTRACT, "ReceivedList")
                .path("items"))
        .isEmpty();
    problem(send(as(OUTSIDER, "/documents/" + id)), 404, "LT-BUS-0502");
  }

  @Test
  void pagesWithCursor() throws Exception {
    for (int i = 0; i < 3; i++) {
      sendExample();
    }
    JsonNode page1 = valid(send(as(RECEIVER, "/documents?limit=2")), CONTRACT, "ReceivedList");
    assertThat(page1.path("items")).hasSize(2);
    String cursor = page1.path("nextCursor").asText();
    JsonNode page2 =
        valid(send(as(RECEIVER, "/documents?limit=2&cursor=" + cursor)), CONTRACT, "ReceivedList");
    assertThat(page2.path("items")).hasSize(1);
    assertThat(page2.has("nextCursor")).isFalse();
    problem(send(as(RECEIVER, "/documents?limit=500")), 400, "LT-BUS-0008");
    problem(send(as(RECEIVER, "/documents?state=all&state=new")), 400, "LT-BUS-0008");
  }

  @Test
  void recordsStatusesInLifecycleOrderAndRefusesIllegalSteps() throws Exception {
    String id = sendExample();
    String ts = "\"timestamp\":\"2026-03-02T10:00:00+07:00\"";
    problem(status(RECEIVER, id, "{\"statusCode\":\"06\"," + ts + "}"), 409, "LT-BUS-0503");
    assertThat(status(RECEIVER, id, "{\"statusCode\":\"01\"," + ts + "}").statusCode())
        .isEqualTo(200);
    problem(status(RECEIVER, id, "{\"statusCode\":\"06\"," + ts + "}"), 409, "LT-BUS-0503");
    var accepted =
        status(
            RECEIVER,
            id,
            "{\"statusCode\":\"03\"," + ts + ",\"staff\":{\"department\":\"Văn thư\"}}");
    assertThat(valid(accepted, CONTRACT, "StatusHistory").path("entries")).hasSize(2);
    assertThat(status(RECEIVER, id, "{\"statusCode\":\"06\"," + ts + "}").statusCode())
        .isEqualTo(200);
    var history = send(as(SENDER, "/documents/" + id + "/status"));
    JsonNode entries = valid(history, CONTRACT, "StatusHistory").path("entries");
    assertThat(entries.findValuesAsText("statusCode")).containsExactly("01", "03", "06");
    assertThat(sandbox.exchange().statusHistory(id))
        .extracting(DocumentStatus::statusCode)
        .containsExactly("01", "03", "06");
    problem(status(SENDER, id, "{\"statusCode\":\"05\"," + ts + "}"), 403, "LT-BUS-0103");
  }

  @Test
  void refusalNeedsAReason() throws Exception {
    String id = sendExample();
    String ts = "\"timestamp\":\"2026-03-02T10:00:00+07:00\"";
    status(RECEIVER, id, "{\"statusCode\":\"01\"," + ts + "}");
    JsonNode p =
        problem(status(RECEIVER, id, "{\"statusCode\":\"02\"," + ts + "}"), 400, "LT-BUS-0008");
    assertThat(p.path("violations").toString()).contains("required");
    var refused =
        status(
            RECEIVER, id, "{\"statusCode\":\"02\",\"description\":\"Sai thẩm quyền\"," + ts + "}");
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(sandbox.exchange().statusHistory(id).get(1).reason()).contains("Sai thẩm quyền");
  }

  @Test
  void refusesMalformedPackagesAndForeignSenders() throws Exception {
    problem(sendXml(SENDER, "<not-closed>"), 400, "LT-BUS-0008");
    String badId = example.replace("000.00.01.H22,2026/03/02,15/UBND-VP", "15/UBND-VP");
    JsonNode p = problem(sendXml(SENDER, badId), 400, "LT-BUS-0008");
    assertThat(p.path("violations").toString()).contains("DocumentId");
    String dtd =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>";
    problem(sendXml(SENDER, dtd), 400, "LT-BUS-0008");
    problem(sendXml(OUTSIDER, example), 403, "LT-BUS-0103");
    var json =
        send(
            as(SENDER, "/documents")
                .header("Content-Type", "application/json")
                .POST(BusTestClient.body("{}")));
    problem(json, 415, "LT-BUS-0007");
    assertThat(sandbox.exchange().all()).isEmpty();
  }

  @Test
  void acceptsLargePackagesUpToTheContractLimit() throws Exception {
    String attachment = java.util.Base64.getEncoder().encodeToString(new byte[600_000]);
    String big = example.replace("Q8O0bmcgdsSDbiBz4buRIDE1L1VCTkQtVlA=", attachment);
    var r = sendXml(SENDER, big);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
    assertThat(sandbox.exchange().all().get(0).xml()).isEqualTo(big);
  }

  @Test
  void unknownExchangeIdIsNoRecord() throws Exception {
    problem(
        send(as(RECEIVER, "/documents/00000000-0000-0000-0000-000000000000")), 404, "LT-BUS-0502");
    problem(send(as(RECEIVER, "/documents/not-a-uuid")), 404, "LT-BUS-0502");
  }
}
