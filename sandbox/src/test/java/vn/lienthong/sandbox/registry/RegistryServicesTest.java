package vn.lienthong.sandbox.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.sandbox.BusTestClient.post;
import static vn.lienthong.sandbox.BusTestClient.problem;
import static vn.lienthong.sandbox.BusTestClient.valid;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.id.PersonalIdNumber;
import vn.lienthong.sandbox.BusTestClient;
import vn.lienthong.sandbox.Sandbox;
import vn.lienthong.sandbox.persona.Personas;

class RegistryServicesTest {

  static Sandbox sandbox;
  static BusTestClient bus;
  static final String PURPOSE = "\"purpose\":{\"code\":\"prefill\",\"procedureCode\":\"1.001193\"}";
  static final String LAN = "001192004521";
  static final String MINH = "001090017384";

  @BeforeAll
  static void start() {
    sandbox = Sandbox.create().start();
    bus = new BusTestClient(sandbox);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  static HttpRequest.Builder population(String op) {
    return bus.request("/registry/population/citizens/" + op, "csdl-dan-cu", "citizen-" + op);
  }

  @Test
  void mountsEveryNationalService() {
    assertThat(sandbox.services())
        .containsKeys(
            "/lgsp",
            "/registry/population",
            "/registry/business",
            "/registry/civil-status",
            "/registry/land",
            "/portal",
            "/exchange",
            "/national-admin");
  }

  @Test
  void looksUpPersonaWithHouseholdAndCommune() throws Exception {
    String body = "{\"personalId\":\"" + LAN + "\"," + PURPOSE + "}";
    var r = post(population("lookup"), body);
    assertThat(r.statusCode()).isEqualTo(200);
    BusTestClient.echoes(r, body);
    JsonNode c = valid(r, "registry/population", "Citizen");
    assertThat(c.path("fullName").asText()).isEqualTo("Nguyễn Thị Lan");
    assertThat(c.at("/permanentResidence/communeCode").asText()).isEqualTo("00004");
    assertThat(c.at("/household/householdId").asText()).isEqualTo(Personas.HOUSEHOLD_TRAN_MINH);
    assertThat(c.at("/household/relationToHead").asText()).isEqualTo("spouse");
    assertThat(c.at("/household/members").findValuesAsText("personalId"))
        .containsExactlyInAnyOrder(LAN, MINH);
  }

  @Test
  void lookupReturnsOnlyTheRequestedParts() throws Exception {
    var r =
        post(
            population("lookup"),
            "{\"personalId\":\"" + MINH + "\"," + PURPOSE + ",\"include\":[\"household\"]}");
    JsonNode c = valid(r, "registry/population", "Citizen");
    assertThat(c.has("permanentResidence")).isFalse();
    assertThat(c.at("/household/relationToHead").asText()).isEqualTo("head");
  }

  @Test
  void unknownCitizenIsNoRecord() throws Exception {
    var r = post(population("lookup"), "{\"personalId\":\"001099999999\"," + PURPOSE + "}");
    problem(r, 404, "LT-BUS-0502");
  }

  @Test
  void generatedCitizensAreDeterministicAndValid() throws Exception {
    SandboxRegistries reg = sandbox.registries();
    String id = reg.bulkPersonalId(41_017);
    assertThat(id).isEqualTo(reg.bulkPersonalId(41_017));
    assertThat(PersonalIdNumber.isValid(id)).isTrue();
    assertThat(PersonalIdNumber.isValid(reg.bulkPersonalId(0))).isTrue();
    assertThat(PersonalIdNumber.isValid(reg.bulkPersonalId(SandboxRegistries.BULK_CITIZENS - 1)))
        .isTrue();
    var r = post(population("lookup"), "{\"personalId\":\"" + id + "\"," + PURPOSE + "}");
    JsonNode c = valid(r, "registry/population", "Citizen");
    assertThat(c.path("personalId").asText()).isEqualTo(id);
    assertThat(
            PersonalIdNumber.parse(id)
                .checkAgainst(
                    java.time.LocalDate.parse(c.path("birthDate").asText()),
                    vn.lienthong.core.id.Gender.fromCode(c.path("gender").asInt()).orElseThrow()))
        .isEmpty();
  }

  @Test
  void verifiesDeclaredIdentity() throws Exception {
    var ok =
        post(
            population("verify"),
            "{\"personalId\":\""
                + LAN
                + "\",\"fullName\":\"NGUYỄN THỊ LAN\",\"birthDate\":\"1992-03-14\","
                + PURPOSE
                + "}");
    assertThat(valid(ok, "registry/population", "VerifyResult").path("match").asBoolean()).isTrue();
    var bad =
        post(
            population("verify"),
            "{\"personalId\":\""
                + LAN
                + "\",\"fullName\":\"Nguyễn Thị Lam\",\"birthDate\":\"1992-03-15\",\"gender\":1,"
                + PURPOSE
                + "}");
    JsonNode v = valid(bad, "registry/population", "VerifyResult");
    assertThat(v.path("match").asBoolean()).isFalse();
    assertThat(v.path("mismatches").findValuesAsText("x")).isEmpty();
    assertThat(v.path("mismatches").toString()).contains("fullName", "birthDate", "gender");
    var unknown =
        post(
            population("verify"),
            "{\"personalId\":\"001099999999\",\"fullName\":\"A\",\"birthDate\":\"1990\","
                + PURPOSE
                + "}");
    assertThat(valid(unknown, "registry/population", "VerifyResult").path("mismatches").toString())
        .isEqualTo("[\"personalId\"]");
  }

  @Test
  void looksUpEnterpriseAndBranch() throws Exception {
    var r =
        post(
            bus.request("/registry/business/enterprises/lookup", "dkkd", "enterprise-lookup"),
            "{\"taxCode\":\"0109012349\"," + PURPOSE + "}");
    JsonNode e = valid(r, "registry/business", "Enterprise");
    assertThat(e.path("name").asText()).isEqualTo("Công ty TNHH Thương mại An Phát");
    assertThat(e.at("/legalRepresentatives/0/maskedPersonalId").asText()).isEqualTo("*********345");
    var b =
        post(
            bus.request("/registry/business/enterprises/lookup", "dkkd", "enterprise-lookup"),
            "{\"taxCode\":\"0109012349-001\"," + PURPOSE + "}");
    assertThat(valid(b, "registry/business", "Enterprise").path("parentTaxCode").asText())
        .isEqualTo("0109012349");
    var none =
        post(
            bus.request("/registry/business/enterprises/lookup", "dkkd", "enterprise-lookup"),
            "{\"taxCode\":\"0100233488\"," + PURPOSE + "}");
    problem(none, 404, "LT-BUS-0502");
  }

  @Test
  void findsMarriageOfTheCoupleAndNoBirthRecordForTheNewborn() throws Exception {
    var m =
        post(
            bus.request("/registry/civil-status/marriages/search", "ho-tich", "marriage-records"),
            "{\"personalId\":\"" + LAN + "\"," + PURPOSE + "}");
    JsonNode records = valid(m, "registry/civil-status", "MarriageRecords").path("records");
    assertThat(records).hasSize(1);
    assertThat(records.at("/0/husband/personalId").asText()).isEqualTo(MINH);
    var births =
        post(
            bus.request("/registry/civil-status/births/search", "ho-tich", "birth-records"),
            "{\"personalId\":\"" + LAN + "\"," + PURPOSE + "}");
    assertThat(valid(births, "registry/civil-status", "BirthRecords").path("records")).hasSize(1);
    var byNumber =
        post(
            bus.request("/registry/civil-status/births/search", "ho-tich", "birth-records"),
            "{\"registration\":{\"authority\":{\"code\":\"000.00.01.H22\"},\"number\":\"9999\"},"
                + PURPOSE
                + "}");
    assertThat(valid(byNumber, "registry/civil-status", "BirthRecords").path("records")).isEmpty();
  }

  @Test
  void findsParcelsByOwnerAndLocation() throws Exception {
    var byOwner =
        post(
            bus.request("/registry/land/parcels/search", "dat-dai", "land-parcels"),
            "{\"owner\":{\"personalId\":\"" + MINH + "\"}," + PURPOSE + "}");
    JsonNode parcels = valid(byOwner, "registry/land", "Parcels").path("parcels");
    assertThat(parcels).hasSize(1);
    assertThat(parcels.at("/0/location/communeCode").asText()).isEqualTo("00004");
    var byLocation =
        post(
            bus.request("/registry/land/parcels/search", "dat-dai", "land-parcels"),
            "{\"location\":{\"communeCode\":\"16681\",\"mapSheetNumber\":21,\"parcelNumber\":1024},"
                + PURPOSE
                + "}");
    assertThat(valid(byLocation, "registry/land", "Parcels").path("parcels").at("/0/uses"))
        .hasSize(2);
    var byCompany =
        post(
            bus.request("/registry/land/parcels/search", "dat-dai", "land-parcels"),
            "{\"owner\":{\"taxCode\":\"0109012349\"}," + PURPOSE + "}");
    assertThat(valid(byCompany, "registry/land", "Parcels").path("parcels")).hasSize(1);
  }

  @Test
  void countsQueries() throws Exception {
    long before = sandbox.registries().queries();
    post(population("lookup"), "{\"personalId\":\"" + LAN + "\"," + PURPOSE + "}");
    assertThat(sandbox.registries().queries()).isGreaterThan(before);
    assertThat(sandbox.registries().seededPersonalIds()).contains(LAN, MINH).doesNotContainNull();
  }
}
