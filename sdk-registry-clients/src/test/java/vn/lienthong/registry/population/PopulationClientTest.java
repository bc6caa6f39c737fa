package vn.lienthong.registry.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.id.Gender;
import vn.lienthong.core.id.PersonalIdNumber;
import vn.lienthong.core.id.ProcedureCode;
import vn.lienthong.registry.BusClient;
import vn.lienthong.registry.BusException;
import vn.lienthong.registry.CallContext;
import vn.lienthong.registry.Purpose;
import vn.lienthong.registry.RegistryErrorCode;
import vn.lienthong.registry.testing.Stubs;
import vn.lienthong.registry.testing.Wire;

class PopulationClientTest {

  @RegisterExtension static WireMockExtension wm = Wire.server();

  private final BusClient bus = Wire.bus();
  private final PopulationClient population =
      PopulationClient.builder()
          .bus(bus)
          .endpoint(URI.create(wm.baseUrl() + "/population/v1"))
          .provider(Wire.PROVIDER)
          .build();
  private static final CallContext OFFICER = CallContext.officer("officer:tran.thi.b@xa-ba-dinh");
  private static final PersonalIdNumber AN = PersonalIdNumber.parse("001090123456");
  private static final Purpose PREFILL = Purpose.prefill(ProcedureCode.parse("1.001193"), null);

  @AfterEach
  void close() {
    bus.close();
  }

  @Test
  void looksUpACitizenWithARequestThatMeetsTheContract() {
    Stubs.ok(
        wm,
        "/population/v1/citizens/lookup",
        Wire.example("registry/population/lookupCitizen.response.json"));
    Citizen c = population.lookup(AN, PREFILL, OFFICER).orElseThrow();
    assertThat(c.personalId()).isEqualTo(AN);
    assertThat(c.fullName()).isEqualTo("Nguyễn Văn An");
    assertThat(c.gender()).isEqualTo(Gender.fromCode(1).orElseThrow());
    assertThat(c.permanentResidence().communeCode()).isEqualTo("00004");
    assertThat(c.permanentResidence().commune()).isPresent();
    assertThat(c.household().members()).hasSize(3);
    assertThat(c.toString()).doesNotContain("001090123456").doesNotContain("Văn An");
    Wire.assertRequestsMeetContract(wm, "registry/population#lookupCitizen");
  }

  @Test
  void anUnknownCitizenIsAnEmptyResult() {
    Stubs.problem(wm, "/population/v1/citizens/lookup", 404, "LT-BUS-0502", "business");
    assertThat(population.lookup(AN, PREFILL, OFFICER)).isEmpty();
  }

  @Test
  void anUnknownServiceIsStillAnError() {
    Stubs.problem(wm, "/population/v1/citizens/lookup", 404, "LT-BUS-0201", "routing");
    BusException e =
        catchThrowableOfType(() -> population.lookup(AN, PREFILL, OFFICER), BusException.class);
    assertThat(e.errorCode()).isEqualTo(RegistryErrorCode.REMOTE_ROUTING_FAILED);
  }

  @Test
  void refusesAResponseOutsideTheContract() {
    Stubs.ok(
        wm,
        "/population/v1/citizens/lookup",
        "{\"personalId\":\"001090123456\",\"fullName\":\"A\"}");
    BusException e =
        catchThrowableOfType(() -> population.lookup(AN, PREFILL, OFFICER), BusException.class);
    assertThat(e.errorCode()).isEqualTo(RegistryErrorCode.RESPONSE_MALFORMED);
  }

  @Test
  void refusesAResponseWithDuplicatedKeys() {
    Stubs.ok(wm, "/population/v1/citizens/lookup", "{\"match\":true,\"match\":false}");
    assertThatThrownBy(() -> population.verify(AN, "Nguyễn Văn An", "1990-05-17", null, OFFICER))
        .isInstanceOf(BusException.class);
  }

  @Test
  void verifiesDeclaredDataAndReportsMismatches() {
    Stubs.ok(
        wm,
        "/population/v1/citizens/verify",
        Wire.example("registry/population/verifyCitizen.response.json"));
    Verification v =
        population.verify(
            AN, "Nguyễn Văn An", "1990-05-17", Gender.fromCode(1).orElseThrow(), OFFICER);
    assertThat(v.match()).isFalse();
    assertThat(v.mismatches()).containsExactly("birthDate");
    Wire.assertRequestsMeetContract(wm, "registry/population#verifyCitizen");
  }

  @Test
  void requiresAnOfficerForPersonalData() {
    assertThatThrownBy(() -> population.lookup(AN, PREFILL, CallContext.system()))
        .isInstanceOf(InvalidInputException.class);
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void refusesARequestOutsideTheContractBeforeSending() {
    InvalidInputException e =
        catchThrowableOfType(
            () -> population.verify(AN, "x".repeat(101), "1990-05-17", null, OFFICER),
            InvalidInputException.class);
    assertThat(e.errorCode()).isEqualTo(RegistryErrorCode.REQUEST_OUTSIDE_CONTRACT);
    assertThat(e.details().field()).contains("/fullName");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }
}
