package vn.lienthong.registry.land;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.id.PersonalIdNumber;
import vn.lienthong.registry.BusClient;
import vn.lienthong.registry.CallContext;
import vn.lienthong.registry.Purpose;
import vn.lienthong.registry.testing.Stubs;
import vn.lienthong.registry.testing.Wire;

class LandClientTest {

  @RegisterExtension static WireMockExtension wm = Wire.server();

  private final BusClient bus = Wire.bus();
  private final LandClient land =
      LandClient.builder()
          .bus(bus)
          .endpoint(URI.create(wm.baseUrl() + "/land/v1"))
          .provider(Wire.PROVIDER)
          .build();
  private static final CallContext OFFICER = CallContext.officer("officer:tran.thi.b@xa-ba-dinh");

  @AfterEach
  void close() {
    bus.close();
  }

  @Test
  void findsAParcelByLocation() {
    Stubs.ok(
        wm, "/land/v1/parcels/search", Wire.example("registry/land/searchParcels.response.json"));
    List<Parcel> parcels =
        land.parcelAt(LandClient.commune("00004"), 12, 345, Purpose.verification(), OFFICER);
    assertThat(parcels).isNotEmpty();
    assertThat(parcels.get(0).useTypeCodes()).isNotEmpty();
    Wire.assertRequestsMeetContract(wm, "registry/land#searchParcels");
  }

  @Test
  void findsParcelsByHolder() {
    Stubs.ok(wm, "/land/v1/parcels/search", "{\"parcels\":[]}");
    assertThat(
            land.parcelsHeldBy(
                PersonalIdNumber.parse("001090123456"), Purpose.verification(), OFFICER))
        .isEmpty();
    Wire.assertRequestsMeetContract(wm, "registry/land#searchParcels");
  }

  @Test
  void refusesACommuneOutsideThe2025List() {
    assertThatThrownBy(() -> LandClient.commune("99999")).isInstanceOf(InvalidInputException.class);
  }
}
