package vn.lienthong.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
import vn.lienthong.core.id.TaxCode;
import vn.lienthong.core.text.PersonName;
import vn.lienthong.registry.business.BusinessClient;
import vn.lienthong.registry.civilstatus.CivilStatusClient;
import vn.lienthong.registry.land.LandClient;
import vn.lienthong.registry.population.Citizen;
import vn.lienthong.registry.population.PopulationClient;
import vn.lienthong.registry.portal.PortalDossier;
import vn.lienthong.registry.portal.PortalOutcome;
import vn.lienthong.registry.portal.PortalSyncClient;
import vn.lienthong.registry.portal.ProgressUpdate;
import vn.lienthong.sandbox.Sandbox;
import vn.lienthong.sandbox.lgsp.FaultSettings;
import vn.lienthong.sandbox.lgsp.NationalService;
import vn.lienthong.sandbox.lgsp.SandboxLgsp;

/** The clients against the sandbox national services over real loopback HTTP. */
class SandboxIntegrationTest {

  private static Sandbox sandbox;
  private static final ClientId CLIENT = ClientId.parse("VN-TEST/GOV/000.00.01.H22/mot-cua-xa");
  private static final ClientId REGISTRIES =
      ClientId.parse("VN-TEST/GOV/000.00.00.G01/csdl-dan-cu");
  private static final CallContext OFFICER = CallContext.officer("vn-officer:trang@xa-ba-dinh");
  private static final PersonalIdNumber LAN = PersonalIdNumber.parse("001192004521");

  private final BusClient bus =
      BusClient.builder()
          .client(CLIENT)
          .retry(new RetryPolicy(4, Duration.ofMillis(20), 2.0, Duration.ofMillis(200), 0.5))
          .build();

  @BeforeAll
  static void start() {
    sandbox = Sandbox.create().start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @AfterEach
  void close() {
    bus.close();
    sandbox.lgsp().clearFaults();
    sandbox.lgsp().requireTokens(false);
  }

  private static URI at(String path) {
    return sandbox.uri(path);
  }

  @Test
  void looksUpAndVerifiesACitizen() {
    PopulationClient population =
        PopulationClient.builder()
            .bus(bus)
            .endpoint(at("/registry/population"))
            .provider(REGISTRIES)
            .build();
    Citizen lan =
        population
            .lookup(LAN, Purpose.prefill(ProcedureCode.parse("1.001193"), null), OFFICER)
            .orElseThrow();
    assertThat(lan.fullName()).isEqualTo("Nguyễn Thị Lan");
    assertThat(lan.permanentResidence().communeCode()).isEqualTo("00004");
    assertThat(
            population.lookup(
                PersonalIdNumber.parse("001099999998"), Purpose.verification(), OFFICER))
        .isEmpty();
    assertThat(population.verify(LAN, "Nguyễn Thị Lan", "1900-01-01", null, OFFICER).mismatches())
        .contains("birthDate");
  }

  @Test
  void readsTheOtherRegistries() {
    BusinessClient business =
        BusinessClient.builder()
            .bus(bus)
            .endpoint(at("/registry/business"))
            .provider(REGISTRIES)
            .build();
    assertThat(business.lookup(TaxCode.parse("0109012349"), Purpose.verification(), OFFICER))
        .hasValueSatisfying(e -> assertThat(e.active()).isTrue());
    assertThat(business.lookup(TaxCode.parse("0100233488"), Purpose.verification(), OFFICER))
        .isEmpty();
    CivilStatusClient civil =
        CivilStatusClient.builder()
            .bus(bus)
            .endpoint(at("/registry/civil-status"))
            .provider(REGISTRIES)
            .build();
    assertThat(civil.births(LAN, Purpose.verification(), OFFICER)).isNotEmpty();
    assertThat(civil.marriages(LAN, Purpose.verification(), OFFICER)).isNotEmpty();
    LandClient land =
        LandClient.builder().bus(bus).endpoint(at("/registry/land")).provider(REGISTRIES).build();
    assertThat(land.parcelAt(LandClient.commune("00004"), 12, 345, Purpose.verification(), OFFICER))
        .hasSize(1);
  }

  private static final Instant RECEIVED = Instant.parse("2026-11-20T02:30:00Z");

  private PortalSyncClient portal() {
    return PortalSyncClient.builder()
        .bus(bus)
        .endpoint(at("/portal"))
        .provider(ClientId.parse("VN-TEST/GOV/000.00.00.G22/dvcqg-sync"))
        .agency(AgencyCode.parse("000.00.01.H22"))
        .build();
  }

  /** A new online birth registration of Nguyễn Thị Lan received at {@link #RECEIVED}. */
  private static Dossier newDossier(DossierCode code) {
    return Dossier.builder()
        .code(code)
        .procedure(ProcedureCode.parse("1.001193"))
        .applicant(Applicant.citizen(LAN, PersonName.parse("Nguyễn Thị Lan")))
        .receivingOffice("00004")
        .competentCommune("00004")
        .channel(Channel.ONLINE)
        .receivedAt(RECEIVED)
        .dueAt(RECEIVED.plusSeconds(8 * 3600))
        .build();
  }

  @Test
  void syncsADossierAndReportsAnIllegalTransitionAsPermanent() {
    PortalSyncClient portal = portal();
    Instant received = RECEIVED;
    DossierCode code = DossierCode.parse("000.00.01.H22-261120-0042");
    Dossier d = newDossier(code);
    assertThat(
            portal
                .sync(List.of(new PortalDossier(d, "Đăng ký khai sinh")), false, OFFICER)
                .status())
        .isEqualTo(PortalOutcome.Status.ACKNOWLEDGED);
    var accepted =
        portal.progressMessage(
            List.of(
                new ProgressUpdate(
                    code, DossierStatus.ACCEPTED, received.plusSeconds(60), null, null, null)),
            OFFICER);
    assertThat(portal.deliver(accepted).acknowledged()).isTrue();
    assertThat(portal.deliver(accepted).acknowledged())
        .isTrue(); // redelivery: replayed, not re-applied
    assertThat(portal.lookup(code, OFFICER))
        .hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(DossierStatus.ACCEPTED));
    PortalOutcome back =
        portal.deliver(
            portal.progressMessage(
                List.of(
                    new ProgressUpdate(
                        code, DossierStatus.NEW, received.plusSeconds(120), null, null, null)),
                OFFICER));
    assertThat(back.status()).isEqualTo(PortalOutcome.Status.PERMANENT);
    assertThat(portal.lookup(DossierCode.parse("000.00.01.H22-261120-0999"), OFFICER)).isEmpty();
  }

  @Test
  void theSandboxPortalAcceptsEveryStepUpToTheHandOverWithItsTime() {
    PortalSyncClient portal = portal();
    WorkingDays days = WorkingDays.of(WorkingCalendar.create());
    Instant received = RECEIVED;
    DossierCode code = DossierCode.parse("000.00.01.H22-261120-0043");
    Dossier d = newDossier(code);
    assertThat(portal.sync(List.of(new PortalDossier(d, "Đăng ký khai sinh")), false, OFFICER))
        .satisfies(o -> assertThat(o.acknowledged()).isTrue());
    Instant at = received;
    int step = 0;
    for (DossierStatus next :
        List.of(
            DossierStatus.ACCEPTED,
            DossierStatus.IN_PROGRESS,
            DossierStatus.PROCESSED,
            DossierStatus.RESULT_RETURNED)) {
      at = at.plusSeconds(600);
      d = d.moveTo(next, "s" + ++step, "officer", at, null, days).dossier();
      PortalOutcome o =
          portal.sync(List.of(new PortalDossier(d, "Đăng ký khai sinh")), true, OFFICER);
      assertThat(o.acknowledged()).as("%s: %s", next, o).isTrue();
    }
    Instant returned = at;
    assertThat(portal.lookup(code, OFFICER))
        .hasValueSatisfying(
            r -> {
              assertThat(r.status()).isEqualTo(DossierStatus.RESULT_RETURNED);
              assertThat(r.returnedAt()).isEqualTo(returned);
            });
  }

  @Test
  void getsAnLgspTokenOnceAndUsesIt() {
    sandbox.lgsp().requireTokens(true);
    sandbox.lgsp().resetCounters();
    LgspClientCredentials credentials =
        LgspClientCredentials.builder()
            .tokenEndpoint(sandbox.lgsp().tokenEndpoint())
            .clientId(SandboxLgsp.DEMO_CLIENT_ID)
            .clientSecret(SandboxLgsp.DEMO_CLIENT_SECRET)
            .build();
    try (BusClient authed = bus.toBuilder().authentication(credentials).build()) {
      PopulationClient population =
          PopulationClient.builder()
              .bus(authed)
              .endpoint(at("/registry/population"))
              .provider(REGISTRIES)
              .build();
      for (int i = 0; i < 5; i++) {
        assertThat(population.lookup(LAN, Purpose.verification(), OFFICER)).isPresent();
      }
    }
    assertThat(sandbox.lgsp().tokenRequests()).isEqualTo(1);
  }

  @Test
  void retriesAFlakyProviderAndGivesUpOnADeadOne() {
    PopulationClient population =
        PopulationClient.builder()
            .bus(bus)
            .endpoint(at("/registry/population"))
            .provider(REGISTRIES)
            .build();
    sandbox
        .lgsp()
        .faults(
            NationalService.POPULATION,
            FaultSettings.builder().serverErrorRate(1.0).seed(7).build());
    BusException e =
        catchThrowableOfType(
            () -> population.lookup(LAN, Purpose.verification(), OFFICER), BusException.class);
    assertThat(e.category()).isEqualTo(BusErrorCategory.PROVIDER_DOWN);
    assertThat(e.remoteCode()).contains("LT-BUS-0303");
  }
}
