package vn.lienthong.registry.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.lienthong.core.calendar.WorkingCalendar;
import vn.lienthong.core.dossier.Applicant;
import vn.lienthong.core.dossier.Channel;
import vn.lienthong.core.dossier.Dossier;
import vn.lienthong.core.dossier.DossierStatus;
import vn.lienthong.core.dossier.WorkingDays;
import vn.lienthong.core.id.AgencyCode;
import vn.lienthong.core.id.DossierCode;
import vn.lienthong.core.id.PersonalIdNumber;
import vn.lienthong.core.id.ProcedureCode;
import vn.lienthong.core.text.PersonName;
import vn.lienthong.registry.BusClient;
import vn.lienthong.registry.CallContext;
import vn.lienthong.registry.ClientId;
import vn.lienthong.registry.RetryPolicy;
import vn.lienthong.registry.testing.Stubs;
import vn.lienthong.registry.testing.Wire;

class PortalSyncClientTest {

  @RegisterExtension static WireMockExtension wm = Wire.server();

  private final BusClient bus =
      BusClient.builder().client(Wire.CLIENT).retry(RetryPolicy.none()).build();
  private final PortalSyncClient portal =
      PortalSyncClient.builder()
          .bus(bus)
          .endpoint(URI.create(wm.baseUrl() + "/dvcqg/v1"))
          .provider(ClientId.parse("VN-TEST/GOV/000.00.00.G22/dvcqg-sync"))
          .agency(AgencyCode.parse("000.00.01.H22"))
          .build();
  private static final CallContext OFFICER =
      new CallContext("officer:tran.thi.b@xa-ba-dinh", "000.00.01.H22-260302-0001");

  private static final WorkingDays DAYS = WorkingDays.of(WorkingCalendar.create());

  static PortalDossier dossier() {
    Instant received = Instant.parse("2026-03-02T02:00:00Z");
    Dossier d =
        Dossier.builder()
            .code(DossierCode.parse("000.00.01.H22-260302-0001"))
            .procedure(ProcedureCode.parse("1.001193"))
            .applicant(
                Applicant.citizen(
                    PersonalIdNumber.parse("001090123456"), PersonName.parse("Nguyễn Văn An")))
            .receivingOffice("00004")
            .competentCommune("00004")
            .channel(Channel.ONLINE)
            .receivedAt(received)
            .dueAt(received.plusSeconds(8 * 3600))
            .build();
    return new PortalDossier(d, "Thủ tục đăng ký khai sinh");
  }

  @AfterEach
  void close() {
    bus.close();
  }

  @Test
  void syncsADossierWithARequestThatMeetsTheContract() {
    Stubs.ok(wm, "/dvcqg/v1/DongBoHoSoMC", Wire.example("portal/syncDossiers.response.json"));
    PortalOutcome outcome = portal.sync(List.of(dossier()), false, OFFICER);
    assertThat(outcome.status()).isEqualTo(PortalOutcome.Status.ACKNOWLEDGED);
    Wire.assertRequestsMeetContract(wm, "portal/portal-sync#syncDossiers");
    String body = wm.getAllServeEvents().get(0).getRequest().getBodyAsString();
    assertThat(body)
        .contains(
            "\"TrangThaiHoSo\":\"1\"",
            "\"KenhThucHien\":\"2\"",
            "\"NgayTiepNhan\":\"20260302090000\"");
  }

  @Test
  void aPortalRefusalIsPermanent() {
    Stubs.ok(
        wm,
        "/dvcqg/v1/DongBoHoSoMC",
        "{\"error_code\":\"-1\",\"message\":\"Trạng thái không hợp lệ\",\"error_detail\":[{\"MaHoSo\":\"000.00.01.H22-260302-0001\",\"error_code\":\"E17\"}]}");
    PortalOutcome outcome = portal.sync(List.of(dossier()), true, OFFICER);
    assertThat(outcome.status()).isEqualTo(PortalOutcome.Status.PERMANENT);
    assertThat(outcome.code()).isEqualTo("-1");
    assertThat(outcome.dossierErrors()).containsEntry("000.00.01.H22-260302-0001", "E17");
  }

  @Test
  void aPortalThatIsDownIsRetryableAndTheRetryReusesTheMessageId() {
    Stubs.problem(wm, "/dvcqg/v1/CapNhatTienDoHoSoMC", 503, "LT-BUS-0303", "provider-down");
    PortalMessage message =
        portal.progressMessage(
            List.of(
                new ProgressUpdate(
                    dossier().dossier().code(),
                    DossierStatus.IN_PROGRESS,
                    Instant.parse("2026-03-02T03:00:00Z"),
                    "Trần Thị B",
                    "Bộ phận một cửa",
                    "Chuyển xử lý")),
            OFFICER);
    PortalOutcome first = portal.deliver(message);
    assertThat(first.status()).isEqualTo(PortalOutcome.Status.RETRYABLE);
    Stubs.ok(wm, "/dvcqg/v1/CapNhatTienDoHoSoMC", "{\"error_code\":\"0\"}");
    PortalOutcome second = portal.deliver(message);
    assertThat(second.acknowledged()).isTrue();
    assertThat(wm.getAllServeEvents())
        .extracting(e -> e.getRequest().getHeader("LT-Id"))
        .containsOnly(message.messageId().value());
    Wire.assertRequestsMeetContract(wm, "portal/portal-sync#updateProgress");
  }

  /** The test dossier moved along 1 → 2 → 4 → 5 → 2 → 4 → 9 → 10, one hour per step. */
  static Dossier returnedAfterASupplement() {
    Dossier d = dossier().dossier();
    Instant at = d.receivedAt();
    d =
        d.moveTo(DossierStatus.ACCEPTED, "t1", "officer", at = at.plusSeconds(3600), null, DAYS)
            .dossier();
    d =
        d.moveTo(DossierStatus.IN_PROGRESS, "t2", "officer", at = at.plusSeconds(3600), null, DAYS)
            .dossier();
    d =
        d.requestSupplement(
                "t3",
                "officer",
                at = at.plusSeconds(3600),
                "Thiếu bản sao giấy chứng sinh",
                List.of("Giấy chứng sinh"),
                DAYS)
            .dossier();
    d =
        d.moveTo(DossierStatus.IN_PROGRESS, "t4", "officer", at = at.plusSeconds(3600), null, DAYS)
            .dossier();
    d =
        d.moveTo(DossierStatus.PROCESSED, "t5", "officer", at = at.plusSeconds(3600), null, DAYS)
            .dossier();
    return d.moveTo(
            DossierStatus.RESULT_RETURNED, "t6", "officer", at.plusSeconds(3600), null, DAYS)
        .dossier();
  }

  @Test
  void aReturnedDossierCarriesTheHandOverTimeAndItsSupplementRequests() {
    Stubs.ok(wm, "/dvcqg/v1/DongBoHoSoMC", Wire.example("portal/syncDossiers.response.json"));
    Dossier d = returnedAfterASupplement();
    PortalOutcome outcome =
        portal.sync(List.of(new PortalDossier(d, "Thủ tục đăng ký khai sinh")), true, OFFICER);
    assertThat(outcome.acknowledged()).isTrue();
    Wire.assertRequestsMeetContract(wm, "portal/portal-sync#syncDossiers");
    String body = wm.getAllServeEvents().get(0).getRequest().getBodyAsString();
    // received 09:00 Viet Nam time, returned six steps of an hour later
    assertThat(body)
        .contains(
            "\"TrangThaiHoSo\":\"10\"",
            "\"NgayTra\":\"20260302150000\"",
            "\"NoiDungBoSung\":\"Thiếu bản sao giấy chứng sinh\"",
            "\"NgayBoSung\":\"20260302120000\"",
            "\"NgayTiepNhanBoSung\":\"20260302130000\"",
            "\"TrangThaiBoSung\":\"1\"");
  }

  @Test
  void aDossierNotYetReturnedHasNoHandOverTime() {
    Stubs.ok(wm, "/dvcqg/v1/DongBoHoSoMC", Wire.example("portal/syncDossiers.response.json"));
    portal.sync(List.of(dossier()), false, OFFICER);
    assertThat(wm.getAllServeEvents().get(0).getRequest().getBodyAsString())
        .doesNotContain("NgayTra\"", "DanhSachHoSoBoSung");
  }

  @Test
  void aProgressStepCanCarryTheNewDueDate() {
    Stubs.ok(wm, "/dvcqg/v1/CapNhatTienDoHoSoMC", "{\"error_code\":\"0\"}");
    PortalMessage message =
        portal.progressMessage(
            List.of(
                new ProgressUpdate(
                    dossier().dossier().code(),
                    DossierStatus.IN_PROGRESS,
                    Instant.parse("2026-03-03T03:00:00Z"),
                    "Trần Thị B",
                    null,
                    "Đã nhận hồ sơ bổ sung",
                    Instant.parse("2026-03-05T10:00:00Z"))),
            OFFICER);
    assertThat(portal.deliver(message).acknowledged()).isTrue();
    Wire.assertRequestsMeetContract(wm, "portal/portal-sync#updateProgress");
    assertThat(wm.getAllServeEvents().get(0).getRequest().getBodyAsString())
        .contains("\"NgayHenTra\":\"20260305170000\"");
  }

  @Test
  void looksUpADossierAndAnUnknownOneIsEmpty() {
    Stubs.ok(wm, "/dvcqg/v1/TraCuuHoSo", Wire.example("portal/lookupDossier.response.json"));
    PortalRecord r =
        portal.lookup(DossierCode.parse("000.00.01.H22-250701-0001"), OFFICER).orElseThrow();
    assertThat(r.status()).isEqualTo(DossierStatus.RESULT_RETURNED);
    assertThat(r.channel()).isEqualTo(Channel.ONLINE);
    Wire.assertRequestsMeetContract(wm, "portal/portal-sync#lookupDossier");
    wm.resetAll();
    Stubs.ok(wm, "/dvcqg/v1/TraCuuHoSo", "{\"error_code\":\"404\",\"message\":\"Không tìm thấy\"}");
    assertThat(portal.lookup(DossierCode.parse("000.00.01.H22-250701-0002"), OFFICER)).isEmpty();
  }
}
