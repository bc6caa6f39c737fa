package vn.lienthong.registry.business;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.lienthong.core.id.TaxCode;
import vn.lienthong.registry.BusClient;
import vn.lienthong.registry.CallContext;
import vn.lienthong.registry.Purpose;
import vn.lienthong.registry.testing.Stubs;
import vn.lienthong.registry.testing.Wire;

class BusinessClientTest {

  @RegisterExtension static WireMockExtension wm = Wire.server();

  private final BusClient bus = Wire.bus();
  private final BusinessClient business =
      BusinessClient.builder()
          .bus(bus)
          .endpoint(URI.create(wm.baseUrl() + "/business/v1"))
          .provider(Wire.PROVIDER)
          .build();
  private static final CallContext OFFICER = CallContext.officer("officer:tran.thi.b@xa-ba-dinh");

  @AfterEach
  void close() {
    bus.close();
  }

  @Test
  void looksUpAnEnterpriseByTaxCode() throws Exception {
    String example = Wire.example("registry/business/lookupEnterprise.response.json");
    Stubs.ok(wm, "/business/v1/enterprises/lookup", example);
    TaxCode code =
        TaxCode.parse(
            new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(example)
                .path("taxCode")
                .asText());
    Enterprise e = business.lookup(code, Purpose.verification(), OFFICER).orElseThrow();
    assertThat(e.taxCode()).isEqualTo(code);
    assertThat(e.name()).isNotBlank();
    Wire.assertRequestsMeetContract(wm, "registry/business#lookupEnterprise");
  }

  @Test
  void anUnknownTaxCodeIsAnEmptyResult() {
    Stubs.problem(wm, "/business/v1/enterprises/lookup", 404, "LT-BUS-0502", "business");
    assertThat(business.lookup(TaxCode.parse("0100233488"), Purpose.verification(), OFFICER))
        .isEmpty();
  }
}
