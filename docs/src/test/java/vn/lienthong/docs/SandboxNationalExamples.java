package vn.lienthong.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.dossier.DossierStatus;
import vn.lienthong.sandbox.Sandbox;
import vn.lienthong.sandbox.lgsp.FaultSettings;
import vn.lienthong.sandbox.lgsp.NationalService;
import vn.lienthong.sandbox.lgsp.SandboxLgsp;
import vn.lienthong.sandbox.portal.PortalMessage;

/** Examples of docs/sandbox.md, section "National services". */
class SandboxNationalExamples {

  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  static HttpRequest.Builder bus(Sandbox sandbox, String path, String service) {
    return HttpRequest.newBuilder(sandbox.uri(path))
        .header("LT-Protocol-Version", "1.0")
        .header("LT-Client", "VN-TEST/GOV/000.00.01.H22/mot-cua-xa")
        .header("LT-Service", "VN-TEST/GOV/000.00.00.G01/" + service + "/v1")
        .header("LT-Id", UUID.randomUUID().toString())
        .header("LT-UserId", "vn-officer:trang@xa-ba-dinh")
        .header("Content-Type", "application/json");
  }

  static HttpResponse<String> send(HttpRequest.Builder b, String body)
      throws IOException, InterruptedException {
    return HTTP.send(
        b.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void registry() throws Exception {
    try (Sandbox sandbox = Sandbox.create().start()) {
      // tag::registry[]
      HttpResponse<String> r =
          send(
              bus(sandbox, "/registry/population/citizens/lookup", "csdl-dan-cu/citizen-lookup"),
              "{\"personalId\":\"001192004521\",\"purpose\":{\"code\":\"prefill\"}}");
      JsonNode citizen = JSON.readTree(r.body());
      citizen.path("fullName").asText(); // "Nguyễn Thị Lan"
      citizen.at("/permanentResidence/communeCode").asText(); // "00004"
      citizen.at("/household/members").size(); // 2: her husband Trần Văn Minh and herself
      r.headers().firstValue("LT-Request-Hash"); // SHA-256 of the body the registry received

      String generated = sandbox.registries().bulkPersonalId(41_017); // one of 100,000, every run
      // end::registry[]
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(citizen.path("fullName").asText()).isEqualTo("Nguyễn Thị Lan");
      assertThat(citizen.at("/household/members").size()).isEqualTo(2);
      assertThat(generated).hasSize(12);
    }
  }

  @Test
  void portal() throws Exception {
    try (Sandbox sandbox = Sandbox.create().start()) {
      // tag::portal[]
      String sync =
          "{\"service\":\"DongBoHoSoMC\",\"madonvi\":\"000.00.01.H22\",\"isUpdating\":false,"
              + "\"data\":[{\"MaHoSo\":\"000.00.01.H22-261120-0001\",\"MaTTHC\":\"1.001193\","
              + "\"TenTTHC\":\"Đăng ký khai sinh\",\"ChuHoSo\":\"Nguyễn Thị Lan\","
              + "\"LoaiDoiTuong\":\"1\",\"NgayTiepNhan\":\"20261120093000\","
              + "\"NgayHenTra\":\"20261120170000\",\"TrangThaiHoSo\":\"2\",\"KenhThucHien\":\"2\"}]}";
      HttpRequest.Builder call =
          bus(sandbox, "/portal/DongBoHoSoMC", "dvcqg-sync/dong-bo-ho-so")
              .setHeader("LT-Id", "outbox-000000000001");
      send(call, sync); // {"error_code":"0","message":"Thành công"}
      send(call, sync); // redelivery: the same answer, with LT-Replayed: true

      sandbox.portal().received().size(); // 1: recorded once, in arrival order
      sandbox.portal().redeliveries(); // 1
      sandbox.portal().status("000.00.01.H22-261120-0001"); // Optional[ACCEPTED]
      // A later CapNhatTienDoHoSoMC moving it back to "1" gets error_code "4" (illegal transition).
      // end::portal[]
      assertThat(sandbox.portal().received())
          .extracting(PortalMessage::errorCode)
          .containsExactly("0");
      assertThat(sandbox.portal().redeliveries()).isEqualTo(1);
      assertThat(sandbox.portal().status("000.00.01.H22-261120-0001"))
          .contains(DossierStatus.ACCEPTED);
    }
  }

  @Test
  void lgsp() throws Exception {
    try (Sandbox sandbox = Sandbox.create().start()) {
      // tag::lgsp[]
      SandboxLgsp lgsp = sandbox.lgsp();
      lgsp.requireTokens(true); // registry, portal and exchange calls now need a bearer token
      lgsp.tokenLifetime(Duration.ofSeconds(2)); // short, to test refresh before expiry
      String basic =
          Base64.getEncoder()
              .encodeToString(
                  (SandboxLgsp.DEMO_CLIENT_ID + ":" + SandboxLgsp.DEMO_CLIENT_SECRET)
                      .getBytes(StandardCharsets.UTF_8));
      HttpResponse<String> token =
          HTTP.send(
              HttpRequest.newBuilder(lgsp.tokenEndpoint())
                  .header("Authorization", "Basic " + basic)
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      // {"access_token":"...","token_type":"Bearer","expires_in":2}
      lgsp.tokenRequests(); // 1: assert "one token request for 200 concurrent calls" with it
      // end::lgsp[]
      assertThat(token.statusCode()).isEqualTo(200);
      assertThat(JSON.readTree(token.body()).path("expires_in").asInt()).isEqualTo(2);
      assertThat(lgsp.tokenRequests()).isEqualTo(1);
    }
  }

  @Test
  void faults() throws Exception {
    try (Sandbox sandbox = Sandbox.create().start()) {
      // tag::faults[]
      sandbox
          .lgsp()
          .faults(
              NationalService.PORTAL,
              FaultSettings.builder()
                  .serverErrorRate(0.2) // 503 LT-BUS-0303, nothing processed
                  .dropRate(0.1) // connection closed, before or after processing
                  .latency(Duration.ofMillis(20))
                  .seed(42) // same seed, same request order: same faults
                  .build());
      sandbox.lgsp().faults(NationalService.PORTAL, FaultSettings.builder().flapping(true).build());
      sandbox.lgsp().clearFaults();
      // end::faults[]
      assertThat(sandbox.lgsp().activeFaults()).isEmpty();
    }
  }
}
