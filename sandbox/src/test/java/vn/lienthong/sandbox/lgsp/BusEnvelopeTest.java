package vn.lienthong.sandbox.lgsp;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.sandbox.BusTestClient.body;
import static vn.lienthong.sandbox.BusTestClient.post;
import static vn.lienthong.sandbox.BusTestClient.problem;
import static vn.lienthong.sandbox.BusTestClient.send;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lienthong.sandbox.BusTestClient;
import vn.lienthong.sandbox.Sandbox;
import vn.lienthong.sandbox.internal.lgsp.BusGateway;

class BusEnvelopeTest {

  static Sandbox sandbox;
  static BusTestClient bus;
  static final String BODY = "{\"personalId\":\"001192004521\",\"purpose\":{\"code\":\"prefill\"}}";

  @BeforeAll
  static void start() {
    sandbox = Sandbox.create().start();
    bus = new BusTestClient(sandbox);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  static HttpRequest.Builder lookup() {
    return bus.request("/registry/population/citizens/lookup", "csdl-dan-cu", "citizen-lookup");
  }

  static HttpRequest.Builder bare() {
    return HttpRequest.newBuilder(bus.uri("/registry/population/citizens/lookup"))
        .header("Content-Type", "application/json")
        .POST(body(BODY));
  }

  @Test
  void missingRequiredHeaderIsBus0002() throws Exception {
    var r = send(bare().header("LT-Protocol-Version", "1.0").header("LT-Id", "abcdefgh-1234"));
    JsonNode p = problem(r, 400, "LT-BUS-0002");
    assertThat(p.path("detail").asText()).contains("LT-Client");
    assertThat(p.path("messageId").asText()).isEqualTo("abcdefgh-1234");
    assertThat(r.headers().firstValue("LT-Id")).contains("abcdefgh-1234");
    assertThat(p.path("category").asText()).isEqualTo("client");
  }

  @Test
  void missingUserIdWherePersonalDataIsReturnedIsBus0002() throws Exception {
    var b =
        HttpRequest.newBuilder(bus.uri("/registry/population/citizens/lookup"))
            .header("LT-Protocol-Version", "1.0")
            .header("LT-Client", BusTestClient.CLIENT)
            .header("LT-Service", BusTestClient.PROVIDER + "csdl-dan-cu/citizen-lookup/v1")
            .header("LT-Id", "no-user-id-0001");
    problem(post(b, BODY), 400, "LT-BUS-0002");
  }

  @Test
  void duplicatedHeaderIsBus0003() throws Exception {
    problem(post(lookup().header("LT-Id", "second-id-0001"), BODY), 400, "LT-BUS-0003");
  }

  @Test
  void malformedHeaderIsBus0001() throws Exception {
    var r = post(lookup().setHeader("LT-Client", "VN/GOV/not-an-agency/x"), BODY);
    JsonNode p = problem(r, 400, "LT-BUS-0001");
    assertThat(p.at("/violations/0/pointer").asText()).isEqualTo("header:LT-Client");
  }

  @Test
  void wrongRequestHashIsBus0004AndTheProviderStillReturnsItsHash() throws Exception {
    var r = post(lookup().header("LT-Request-Hash", BusGateway.hash("other".getBytes())), BODY);
    problem(r, 400, "LT-BUS-0004");
    assertThat(r.headers().firstValue("LT-Request-Hash"))
        .contains(BusGateway.hash(BODY.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  @Test
  void rightRequestHashIsAccepted() throws Exception {
    var r =
        post(
            lookup()
                .header(
                    "LT-Request-Hash",
                    BusGateway.hash(BODY.getBytes(java.nio.charset.StandardCharsets.UTF_8))),
            BODY);
    assertThat(r.statusCode()).isEqualTo(200);
    BusTestClient.echoes(r, BODY);
  }

  @Test
  void unknownMajorVersionIsBus0005() throws Exception {
    problem(post(lookup().setHeader("LT-Protocol-Version", "2.0"), BODY), 400, "LT-BUS-0005");
  }

  @Test
  void oversizedBodyIsBus0006() throws Exception {
    String big = "{\"personalId\":\"" + "1".repeat(70_000) + "\"}";
    problem(post(lookup(), big), 413, "LT-BUS-0006");
  }

  @Test
  void wrongContentTypeIsBus0007() throws Exception {
    var r = send(lookup().header("Content-Type", "text/plain").POST(body(BODY)));
    problem(r, 415, "LT-BUS-0007");
    var latin1 =
        send(
            lookup()
                .header("Content-Type", "application/json; charset=iso-8859-1")
                .POST(body(BODY)));
    problem(latin1, 415, "LT-BUS-0007");
    var twice =
        send(
            lookup()
                .header("Content-Type", "application/json")
                .header("Content-Type", "application/json")
                .POST(body(BODY)));
    problem(twice, 415, "LT-BUS-0007");
  }

  @Test
  void malformedJsonIsBus0008() throws Exception {
    problem(post(lookup(), "{\"personalId\": "), 400, "LT-BUS-0008");
    problem(
        post(
            lookup(),
            "{\"personalId\":\"001192004521\",\"personalId\":\"001192004521\",\"purpose\":{\"code\":\"prefill\"}}"),
        400,
        "LT-BUS-0008");
  }

  @Test
  void bodyOutsideTheContractIsBus0008WithPointers() throws Exception {
    var r =
        post(
            lookup(),
            "{\"personalId\":\"12345\",\"purpose\":{\"code\":\"prefill\"},\"fullName\":\"x\"}");
    JsonNode p = problem(r, 400, "LT-BUS-0008");
    assertThat(p.path("violations").findValuesAsText("pointer"))
        .contains("/personalId", "/fullName");
    assertThat(r.body()).doesNotContain("12345");
  }

  @Test
  void redeliveryWithTheSameIdAndBodyReplaysTheAnswer() throws Exception {
    var first = post(lookup().setHeader("LT-Id", "replay-test-0001"), BODY);
    var again = post(lookup().setHeader("LT-Id", "replay-test-0001"), BODY);
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(first.headers().firstValue("LT-Replayed")).isEmpty();
    assertThat(again.headers().firstValue("LT-Replayed")).contains("true");
  }

  @Test
  void sameIdWithAnotherBodyIsBus0009() throws Exception {
    post(lookup().setHeader("LT-Id", "replay-test-0002"), BODY);
    var r =
        post(
            lookup().setHeader("LT-Id", "replay-test-0002"),
            BODY.replace("prefill", "verification"));
    problem(r, 409, "LT-BUS-0009");
  }

  @Test
  void wrongServiceOrVersionIsRoutingError() throws Exception {
    problem(
        post(
            lookup()
                .setHeader("LT-Service", BusTestClient.PROVIDER + "csdl-dan-cu/citizen-verify/v1"),
            BODY),
        404,
        "LT-BUS-0201");
    var v2 =
        post(
            lookup()
                .setHeader("LT-Service", BusTestClient.PROVIDER + "csdl-dan-cu/citizen-lookup/v2"),
            BODY);
    JsonNode p = problem(v2, 404, "LT-BUS-0202");
    assertThat(p.path("category").asText()).isEqualTo("routing");
  }

  @Test
  void unknownOperationPathIsRoutingError() throws Exception {
    problem(
        post(
            bus.request("/registry/population/citizens/delete", "csdl-dan-cu", "citizen-lookup"),
            BODY),
        404,
        "LT-BUS-0201");
  }

  @Test
  void problemTitlesFollowAcceptLanguage() throws Exception {
    var vi =
        problem(post(lookup().setHeader("LT-Protocol-Version", "9.0"), BODY), 400, "LT-BUS-0005");
    var en =
        problem(
            post(
                lookup().setHeader("LT-Protocol-Version", "9.0").header("Accept-Language", "en"),
                BODY),
            400,
            "LT-BUS-0005");
    assertThat(vi.path("title").asText()).isEqualTo("Phiên bản giao thức không được hỗ trợ");
    assertThat(en.path("title").asText()).isEqualTo("Unsupported protocol version");
  }
}
