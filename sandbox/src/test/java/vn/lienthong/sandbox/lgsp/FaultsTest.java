package vn.lienthong.sandbox.lgsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienthong.sandbox.BusTestClient.post;
import static vn.lienthong.sandbox.BusTestClient.problem;
import static vn.lienthong.sandbox.BusTestClient.send;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.sandbox.BusTestClient;
import vn.lienthong.sandbox.Sandbox;
import vn.lienthong.sandbox.portal.PortalMessage;

class FaultsTest {

  static Sandbox sandbox;
  static BusTestClient bus;
  static final String LOOKUP =
      "{\"personalId\":\"001192004521\",\"purpose\":{\"code\":\"prefill\"}}";

  @BeforeAll
  static void start() {
    sandbox = Sandbox.create().start();
    bus = new BusTestClient(sandbox);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @AfterEach
  void clear() {
    sandbox.lgsp().clearFaults();
    sandbox.portal().reset();
  }

  static HttpRequest.Builder lookup() {
    return bus.request("/registry/population/citizens/lookup", "csdl-dan-cu", "citizen-lookup");
  }

  static HttpRequest.Builder sync(String id) {
    return bus.request("/portal/DongBoHoSoMC", "dvcqg-sync", "dong-bo-ho-so")
        .setHeader("LT-Id", id);
  }

  static String dossier(int n) {
    return "{\"service\":\"DongBoHoSoMC\",\"madonvi\":\"000.00.01.H22\",\"isUpdating\":false,\"data\":[{"
        + "\"MaHoSo\":\"000.00.01.H22-261120-"
        + String.format("%04d", n)
        + "\",\"MaTTHC\":\"1.001193\","
        + "\"TenTTHC\":\"Đăng ký khai sinh\",\"ChuHoSo\":\"Trần Văn Minh\",\"LoaiDoiTuong\":\"1\","
        + "\"NgayTiepNhan\":\"20261120080000\",\"NgayHenTra\":\"20261120170000\","
        + "\"TrangThaiHoSo\":\"1\",\"KenhThucHien\":\"1\"}]}";
  }

  @Test
  void serverErrorsAreRetryableProblemsWithoutEffect() throws Exception {
    sandbox
        .lgsp()
        .faults(NationalService.PORTAL, FaultSettings.builder().serverErrorRate(1).build());
    var r = post(sync("fault-503-000001"), dossier(1));
    JsonNode p = problem(r, 503, "LT-BUS-0303");
    assertThat(p.path("retryable").asBoolean()).isTrue();
    assertThat(p.path("category").asText()).isEqualTo("provider-down");
    assertThat(r.headers().firstValue("Retry-After")).contains("1");
    assertThat(r.headers().firstValue("LT-Id")).contains("fault-503-000001");
    assertThat(sandbox.portal().received()).isEmpty();
    sandbox.lgsp().faults(NationalService.PORTAL, FaultSettings.NONE);
    var retry = post(sync("fault-503-000001"), dossier(1));
    assertThat(retry.statusCode()).isEqualTo(200);
    assertThat(retry.headers().firstValue("LT-Replayed")).isEmpty();
    assertThat(sandbox.portal().received()).hasSize(1);
  }

  @Test
  void faultsApplyOnlyToTheirService() throws Exception {
    sandbox
        .lgsp()
        .faults(NationalService.BUSINESS, FaultSettings.builder().serverErrorRate(1).build());
    assertThat(post(lookup(), LOOKUP).statusCode()).isEqualTo(200);
    assertThat(sandbox.lgsp().activeFaults()).containsOnlyKeys(NationalService.BUSINESS);
  }

  @Test
  void droppedConnectionsLoseNothingWhenTheClientRetriesWithTheSameId() throws Exception {
    sandbox
        .lgsp()
        .faults(NationalService.PORTAL, FaultSettings.builder().dropRate(1).seed(3).build());
    int drops = 0;
    for (int i = 1; i <= 10; i++) {
      try {
        post(sync("fault-drop-" + String.format("%06d", i)), dossier(i));
      } catch (IOException e) {
        drops++;
      }
    }
    assertThat(drops).isEqualTo(10);
    int processedBeforeDrop = sandbox.portal().received().size();
    assertThat(processedBeforeDrop).isBetween(1, 9);
    sandbox.lgsp().faults(NationalService.PORTAL, FaultSettings.NONE);
    for (int i = 1; i <= 10; i++) {
      var r = post(sync("fault-drop-" + String.format("%06d", i)), dossier(i));
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(BusTestClient.tree(r).path("error_code").asText()).isEqualTo("0");
    }
    List<PortalMessage> received = sandbox.portal().received();
    assertThat(received).hasSize(10);
    assertThat(received).extracting(PortalMessage::messageId).doesNotHaveDuplicates();
    assertThat(sandbox.portal().redeliveries()).isEqualTo(processedBeforeDrop);
  }

  @Test
  void latencyAndSlowBodiesDelayTheAnswerButKeepItIntact() throws Exception {
    sandbox
        .lgsp()
        .faults(
            NationalService.POPULATION,
            FaultSettings.builder().latency(Duration.ofMillis(300)).build());
    long t0 = System.nanoTime();
    var slow = post(lookup(), LOOKUP);
    assertThat(Duration.ofNanos(System.nanoTime() - t0))
        .isGreaterThanOrEqualTo(Duration.ofMillis(300));
    assertThat(slow.statusCode()).isEqualTo(200);
    sandbox
        .lgsp()
        .faults(
            NationalService.POPULATION,
            FaultSettings.builder().slowBody(Duration.ofMillis(500)).build());
    long t1 = System.nanoTime();
    var dribbled = post(lookup(), LOOKUP);
    assertThat(Duration.ofNanos(System.nanoTime() - t1))
        .isGreaterThanOrEqualTo(Duration.ofMillis(400));
    BusTestClient.valid(dribbled, "registry/population", "Citizen");
    assertThat(dribbled.headers().firstValue("X-LienThong-Internal-Pace-Millis")).isEmpty();
  }

  @Test
  void flappingIsDeterministicForASeed() throws Exception {
    List<String> first = flap(11);
    List<String> second = flap(11);
    assertThat(first).isEqualTo(second);
    assertThat(first).contains("200", "503", "drop");
    assertThat(flap(12)).isNotEqualTo(first);
  }

  private static List<String> flap(long seed) throws Exception {
    sandbox
        .lgsp()
        .faults(
            NationalService.POPULATION, FaultSettings.builder().flapping(true).seed(seed).build());
    List<String> outcomes = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      try {
        outcomes.add(String.valueOf(post(lookup(), LOOKUP).statusCode()));
      } catch (IOException e) {
        outcomes.add("drop");
      }
    }
    return outcomes;
  }

  @Test
  void tokenEndpointHasItsOwnFaults() throws Exception {
    sandbox
        .lgsp()
        .faults(NationalService.LGSP_TOKEN, FaultSettings.builder().serverErrorRate(1).build());
    var r =
        send(
            HttpRequest.newBuilder(sandbox.lgsp().tokenEndpoint())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
    assertThat(r.statusCode()).isEqualTo(503);
  }

  @Test
  void adminEndpointSetsReadsAndClearsFaults() throws Exception {
    var put =
        send(
            HttpRequest.newBuilder(bus.uri("/national-admin/faults/portal"))
                .header("Content-Type", "application/json")
                .PUT(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"serverErrorRate\":0.25,\"dropRate\":0.25,\"seed\":9,\"flapping\":false}")));
    assertThat(put.statusCode()).isEqualTo(200);
    assertThat(sandbox.lgsp().faults(NationalService.PORTAL))
        .isEqualTo(FaultSettings.builder().serverErrorRate(0.25).dropRate(0.25).seed(9).build());
    var all = BusTestClient.tree(send(HttpRequest.newBuilder(bus.uri("/national-admin/faults"))));
    assertThat(all.at("/portal/seed").asLong()).isEqualTo(9);
    var unknown = send(HttpRequest.newBuilder(bus.uri("/national-admin/faults/tax")).DELETE());
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(BusTestClient.tree(unknown).path("code").asText()).isEqualTo("LT-SBX-0103");
    var bad =
        send(
            HttpRequest.newBuilder(bus.uri("/national-admin/faults/portal"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"serverErrorRate\":1.5}")));
    assertThat(BusTestClient.tree(bad).path("code").asText()).isEqualTo("LT-SBX-0102");
    var typo =
        send(
            HttpRequest.newBuilder(bus.uri("/national-admin/faults/portal"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"latency\":10}")));
    assertThat(BusTestClient.tree(typo).path("code").asText()).isEqualTo("LT-SBX-0106");
    var clear = send(HttpRequest.newBuilder(bus.uri("/national-admin/faults")).DELETE());
    assertThat(clear.statusCode()).isEqualTo(204);
    assertThat(sandbox.lgsp().activeFaults()).isEmpty();
  }

  @Test
  void settingsAreValidated() {
    assertThatThrownBy(() -> FaultSettings.builder().dropRate(-0.1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("LT-SBX-0102");
    assertThatThrownBy(() -> FaultSettings.builder().serverErrorRate(0.7).dropRate(0.7).build())
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> FaultSettings.builder().latency(Duration.ofMinutes(5)))
        .isInstanceOf(InvalidInputException.class);
    assertThat(FaultSettings.NONE.isNone()).isTrue();
    assertThat(
            FaultSettings.builder().seed(4).build().toBuilder().flapping(true).build().flapping())
        .isTrue();
  }
}
