package vn.lienthong.registry.civilstatus;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.lienthong.core.id.PersonalIdNumber;
import vn.lienthong.registry.BusClient;
import vn.lienthong.registry.CallContext;
import vn.lienthong.registry.Purpose;
import vn.lienthong.registry.testing.Stubs;
import vn.lienthong.registry.testing.Wire;

class CivilStatusClientTest {

  @RegisterExtension static WireMockExtension wm = Wire.server();

  private final BusClient bus = Wire.bus();
  private final CivilStatusClient civil =
      CivilStatusClient.builder()
          .bus(bus)
          .endpoint(URI.create(wm.baseUrl() + "/civil-status/v1"))
          .provider(Wire.PROVIDER)
          .build();
  private static final CallContext OFFICER = CallContext.officer("officer:tran.thi.b@xa-ba-dinh");
  private static final PersonalIdNumber ID = PersonalIdNumber.parse("001090123456");

  @AfterEach
  void close() {
    bus.close();
  }

  @Test
  void findsBirthRecords() {
    Stubs.ok(
        wm,
        "/civil-status/v1/births/search",
        Wire.example("registry/civil-status/searchBirthRecords.response.json"));
    List<CivilRecord> births = civil.births(ID, Purpose.verification(), OFFICER);
    assertThat(births).isNotEmpty();
    assertThat(births.get(0).people()).extracting(CivilRecord.Person::role).contains("child");
    Wire.assertRequestsMeetContract(wm, "registry/civil-status#searchBirthRecords");
  }

  @Test
  void findsMarriageRecords() {
    Stubs.ok(
        wm,
        "/civil-status/v1/marriages/search",
        Wire.example("registry/civil-status/searchMarriageRecords.response.json"));
    List<CivilRecord> marriages = civil.marriages(ID, Purpose.verification(), OFFICER);
    assertThat(marriages).isNotEmpty();
    assertThat(marriages.get(0).people())
        .extracting(CivilRecord.Person::role)
        .containsExactly("husband", "wife");
    Wire.assertRequestsMeetContract(wm, "registry/civil-status#searchMarriageRecords");
  }

  @Test
  void noRecordIsAnEmptyList() {
    Stubs.ok(wm, "/civil-status/v1/births/search", "{\"records\":[]}");
    assertThat(civil.births(ID, Purpose.verification(), OFFICER)).isEmpty();
  }
}
