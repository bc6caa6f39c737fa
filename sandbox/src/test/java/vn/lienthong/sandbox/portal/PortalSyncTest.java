package vn.lienthong.sandbox.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.sandbox.BusTestClient.post;
import static vn.lienthong.sandbox.BusTestClient.valid;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.dossier.DossierStatus;
import vn.lienthong.sandbox.BusTestClient;
import vn.lienthong.sandbox.Sandbox;

class PortalSyncTest {

  static Sandbox sandbox;
  static BusTestClient bus;
  static final String CODE = "000.00.01.H22-261120-0001";

  @BeforeAll
  static void start() {
    sandbox = Sandbox.create().start();
    bus = new BusTestClient(sandbox);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @BeforeEach
  void reset() {
    sandbox.portal().reset();
  }

  static HttpRequest.Builder call(String service, String code) {
    return bus.request("/portal/" + service, "dvcqg-sync", code);
  }

  static String dossier(String code, String status, String received, String due) {
    return "{\"MaHoSo\":\""
        + code
        + "\",\"MaTTHC\":\"1.001193\",\"TenTTHC\":\"Đăng ký khai sinh\","
        + "\"ChuHoSo\":\"Nguyễn Thị Lan\",\"LoaiDoiTuong\":\"1\",\"MaDoiTuong\":\"001192004521\","
        + "\"NgayTiepNhan\":\""
        + received
        + "\",\"NgayHenTra\":\""
        + due
        + "\","
        + "\"TrangThaiHoSo\":\""
        + status
        + "\",\"KenhThucHien\":\"2\"}";
  }

  static String sync(boolean updating, String... dossiers) {
    return "{\"service\":\"DongBoHoSoMC\",\"session\":\"\",\"madonvi\":\"000.00.01.H22\","
        + "\"isUpdating\":\""
        + updating
        + "\",\"data\":["
        + String.join(",", dossiers)
        + "]}";
  }

  static String progress(String code, String status) {
    return "{\"service\":\"CapNhatTienDoHoSoMC\",\"madonvi\":\"000.00.01.H22\",\"data\":[{\"MaHoSo\":\""
        + code
        + "\",\"TrangThai\":\""
        + status
        + "\",\"ThoiDiemXuLy\":\"20261120100000\","
        + "\"NguoiXuLy\":\"Lê Hoàng Nam\"}]}";
  }

  static JsonNode result(HttpResponse<String> r) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return valid(r, "portal/portal-sync", "PortalResult");
  }

  static HttpResponse<String> syncNew(String code, String status) throws Exception {
    return post(
        call("DongBoHoSoMC", "dong-bo-ho-so"),
        sync(false, dossier(code, status, "20261120093000", "20261120170000")));
  }

  @Test
  void acceptsNewDossierAndAnswersLookup() throws Exception {
    var r = syncNew(CODE, "2");
    assertThat(result(r).path("error_code").asText()).isEqualTo("0");
    BusTestClient.echoes(r, sync(false, dossier(CODE, "2", "20261120093000", "20261120170000")));
    assertThat(sandbox.portal().status(CODE)).contains(DossierStatus.ACCEPTED);
    var l =
        post(
            call("TraCuuHoSo", "tra-cuu-ho-so"),
            "{\"service\":\"TraCuuHoSo\",\"madonvi\":\"000.00.01.H22\",\"data\":[{\"MaHoSo\":\""
                + CODE
                + "\"}]}");
    JsonNode found = valid(l, "portal/portal-sync", "LookupResult");
    assertThat(found.at("/data/0/ChuHoSo").asText()).isEqualTo("Nguyễn Thị Lan");
    var none =
        post(
            call("TraCuuHoSo", "tra-cuu-ho-so"),
            "{\"service\":\"TraCuuHoSo\",\"madonvi\":\"000.00.01.H22\",\"data\":[{\"MaHoSo\":\"X-1\"}]}");
    assertThat(valid(none, "portal/portal-sync", "LookupResult").path("error_code").asText())
        .isEqualTo("3");
  }

  @Test
  void followsLegalProgressAndRejectsIllegalTransitions() throws Exception {
    syncNew(CODE, "2");
    var inProgress = post(call("CapNhatTienDoHoSoMC", "cap-nhat-tien-do"), progress(CODE, "4"));
    assertThat(result(inProgress).path("error_code").asText()).isEqualTo("0");
    var backToNew = post(call("CapNhatTienDoHoSoMC", "cap-nhat-tien-do"), progress(CODE, "1"));
    JsonNode refused = result(backToNew);
    assertThat(refused.path("error_code").asText()).isEqualTo(SandboxPortal.ILLEGAL_TRANSITION);
    assertThat(refused.at("/error_detail/0/MaHoSo").asText()).isEqualTo(CODE);
    var skipToReturned =
        post(call("CapNhatTienDoHoSoMC", "cap-nhat-tien-do"), progress(CODE, "10"));
    assertThat(result(skipToReturned).path("error_code").asText()).isEqualTo("4");
    assertThat(sandbox.portal().status(CODE)).contains(DossierStatus.IN_PROGRESS);
    var processed = post(call("CapNhatTienDoHoSoMC", "cap-nhat-tien-do"), progress(CODE, "9"));
    assertThat(result(processed).path("error_code").asText()).isEqualTo("0");
    assertThat(sandbox.portal().received(CODE))
        .extracting(PortalMessage::errorCode)
        .containsExactly("0", "0", "4", "4", "0");
  }

  @Test
  void refusesDuplicatesUnknownDossiersAndBadDatesAtomically() throws Exception {
    syncNew(CODE, "2");
    assertThat(result(syncNew(CODE, "2")).path("error_code").asText())
        .isEqualTo(SandboxPortal.ALREADY_EXISTS);
    var update =
        post(
            call("DongBoHoSoMC", "dong-bo-ho-so"),
            sync(
                true,
                dossier("000.00.01.H22-261120-0099", "2", "20261120093000", "20261120170000")));
    assertThat(result(update).path("error_code").asText()).isEqualTo(SandboxPortal.UNKNOWN_DOSSIER);
    String other = "000.00.01.H22-261120-0002";
    var batch =
        post(
            call("DongBoHoSoMC", "dong-bo-ho-so"),
            sync(
                false,
                dossier(other, "1", "20261120093000", "20261120170000"),
                dossier("000.00.01.H22-261120-0003", "1", "20261120093000", "20261119170000")));
    JsonNode r = result(batch);
    assertThat(r.path("error_code").asText()).isEqualTo(SandboxPortal.INVALID_DATA);
    assertThat(sandbox.portal().dossier(other)).isEmpty();
    var progressUnknown =
        post(call("CapNhatTienDoHoSoMC", "cap-nhat-tien-do"), progress("Z-404", "4"));
    assertThat(result(progressUnknown).path("error_code").asText()).isEqualTo("3");
  }

  @Test
  void rejectsBadApplicantIdAndResultWithoutReturnDate() throws Exception {
    String bad =
        dossier(CODE, "2", "20261120093000", "20261120170000")
            .replace("001192004521", "0109012348");
    assertThat(
            result(post(call("DongBoHoSoMC", "dong-bo-ho-so"), sync(false, bad)))
                .path("error_code")
                .asText())
        .isEqualTo("1");
    String returned = dossier(CODE, "10", "20261120093000", "20261120170000");
    assertThat(
            result(post(call("DongBoHoSoMC", "dong-bo-ho-so"), sync(false, returned)))
                .path("error_code")
                .asText())
        .isEqualTo("1");
  }

  @Test
  void contractViolationsAreProblemsNotPortalAnswers() throws Exception {
    String badStatus = sync(false, dossier(CODE, "11", "20261120093000", "20261120170000"));
    JsonNode p =
        BusTestClient.problem(
            post(call("DongBoHoSoMC", "dong-bo-ho-so"), badStatus), 400, "LT-BUS-0008");
    assertThat(p.path("violations").findValuesAsText("pointer")).contains("/data/0/TrangThaiHoSo");
    String badDate = sync(false, dossier(CODE, "2", "2026-11-20", "20261120170000"));
    BusTestClient.problem(post(call("DongBoHoSoMC", "dong-bo-ho-so"), badDate), 400, "LT-BUS-0008");
    assertThat(sandbox.portal().received()).isEmpty();
  }

  @Test
  void redeliveryIsIdempotentAndRecordedOnce() throws Exception {
    String body = sync(false, dossier(CODE, "2", "20261120093000", "20261120170000"));
    var first =
        post(call("DongBoHoSoMC", "dong-bo-ho-so").setHeader("LT-Id", "portal-msg-000001"), body);
    var again =
        post(call("DongBoHoSoMC", "dong-bo-ho-so").setHeader("LT-Id", "portal-msg-000001"), body);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(result(again).path("error_code").asText()).isEqualTo("0");
    assertThat(again.headers().firstValue("LT-Replayed")).contains("true");
    assertThat(sandbox.portal().received()).hasSize(1);
    assertThat(sandbox.portal().received().get(0).messageId()).isEqualTo("portal-msg-000001");
    assertThat(sandbox.portal().redeliveries()).isEqualTo(1);
  }

  @Test
  void recordsMessagesInArrivalOrderAndExposesThemOnTheAdminEndpoint() throws Exception {
    for (int i = 1; i <= 5; i++) {
      syncNew(String.format("000.00.01.H22-261120-%04d", i), "1");
    }
    assertThat(sandbox.portal().received())
        .extracting(PortalMessage::sequence)
        .containsExactly(1L, 2L, 3L, 4L, 5L);
    var admin =
        BusTestClient.send(HttpRequest.newBuilder(bus.uri("/national-admin/portal/received")));
    JsonNode list = BusTestClient.tree(admin);
    assertThat(list).hasSize(5);
    assertThat(list.at("/4/dossierCodes/0").asText()).isEqualTo("000.00.01.H22-261120-0005");
    assertThat(admin.body()).doesNotContain("001192004521");
  }
}
