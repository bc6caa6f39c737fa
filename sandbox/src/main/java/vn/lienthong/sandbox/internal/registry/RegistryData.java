package vn.lienthong.sandbox.internal.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import vn.lienthong.core.admin.AdministrativeUnits;
import vn.lienthong.core.admin.Commune;
import vn.lienthong.core.id.Gender;
import vn.lienthong.core.privacy.Masking;
import vn.lienthong.sandbox.persona.Persona;
import vn.lienthong.sandbox.persona.PersonaKind;
import vn.lienthong.sandbox.persona.Personas;
import vn.lienthong.sandbox.registry.SandboxRegistries;

/**
 * The registries' records as contract-shaped JSON, seeded from {@link Personas}: every citizen and
 * officer persona in the population registry (households included; the newborn is not, its birth is
 * not registered yet), birth records of the adults, the marriage of citizen-lan and citizen-minh,
 * the enterprise of enterprise-an-phat with a branch, and three land parcels. Built once; read-only
 * afterwards, so thread-safe.
 */
public final class RegistryData implements SandboxRegistries {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final String BA_DINH_PEOPLES_COMMITTEE = "000.00.01.H22";

  private final Map<String, ObjectNode> citizens = new LinkedHashMap<>();
  private final Map<String, ObjectNode> enterprises = new LinkedHashMap<>();
  private final List<ObjectNode> births = new ArrayList<>();
  private final List<ObjectNode> marriages = new ArrayList<>();
  private final List<ObjectNode> parcels = new ArrayList<>();
  private final BulkCitizens bulk = new BulkCitizens();
  private final AtomicLong queries = new AtomicLong();

  /** Builds the seed data. */
  public RegistryData() {
    seedPopulation();
    seedCivilStatus();
    seedBusiness();
    seedLand();
  }

  @Override
  public String bulkPersonalId(int index) {
    return bulk.get(index).personalId();
  }

  @Override
  public List<String> seededPersonalIds() {
    return List.copyOf(citizens.keySet());
  }

  @Override
  public long queries() {
    return queries.get();
  }

  /**
   * Returns a citizen record, seeded or generated.
   *
   * @param personalId the id
   * @return a fresh copy of the record, if the registry knows the id
   */
  public Optional<ObjectNode> citizen(String personalId) {
    queries.incrementAndGet();
    ObjectNode seeded = citizens.get(personalId);
    if (seeded != null) {
      return Optional.of(seeded.deepCopy());
    }
    return bulk.find(personalId).map(RegistryData::bulkCitizen);
  }

  /**
   * Returns an enterprise, branch or household business.
   *
   * @param taxCode the tax code
   * @return a copy of the record, if known
   */
  public Optional<ObjectNode> enterprise(String taxCode) {
    queries.incrementAndGet();
    return Optional.ofNullable(enterprises.get(taxCode)).map(ObjectNode::deepCopy);
  }

  /**
   * Searches birth records by the child's personal id or by registration.
   *
   * @param search a {@code RecordSearch} that passed the contract
   * @return the matching records
   */
  public List<ObjectNode> births(JsonNode search) {
    queries.incrementAndGet();
    return match(births, search, List.of("/child/personalId"));
  }

  /**
   * Searches marriage records where a person is a spouse, or by registration.
   *
   * @param search a {@code RecordSearch} that passed the contract
   * @return the matching records
   */
  public List<ObjectNode> marriages(JsonNode search) {
    queries.incrementAndGet();
    return match(marriages, search, List.of("/husband/personalId", "/wife/personalId"));
  }

  /**
   * Searches land parcels by location or owner.
   *
   * @param search a {@code ParcelSearch} that passed the contract
   * @return the matching parcels
   */
  public List<ObjectNode> parcels(JsonNode search) {
    queries.incrementAndGet();
    List<ObjectNode> out = new ArrayList<>();
    JsonNode location = search.path("location");
    JsonNode owner = search.path("owner");
    for (ObjectNode p : parcels) {
      boolean hit;
      if (!location.isMissingNode()) {
        hit = p.path("location").equals(location);
      } else {
        hit = false;
        for (JsonNode h : p.path("holders")) {
          hit |= owner.has("personalId") && owner.path("personalId").equals(h.path("personalId"));
          hit |= owner.has("taxCode") && owner.path("taxCode").equals(h.path("taxCode"));
        }
      }
      if (hit) {
        out.add(p.deepCopy());
      }
    }
    return out;
  }

  private static List<ObjectNode> match(
      List<ObjectNode> records, JsonNode search, List<String> idPointers) {
    List<ObjectNode> out = new ArrayList<>();
    for (ObjectNode r : records) {
      boolean hit = false;
      if (search.has("personalId")) {
        for (String ptr : idPointers) {
          hit |= r.at(ptr).equals(search.path("personalId"));
        }
      } else {
        JsonNode want = search.path("registration");
        JsonNode have = r.path("registration");
        hit =
            want.at("/authority/code").equals(have.at("/authority/code"))
                && want.path("number").equals(have.path("number"))
                && (!want.has("book") || want.path("book").equals(have.path("book")));
      }
      if (hit) {
        out.add(r.deepCopy());
      }
    }
    return out;
  }

  private void seedPopulation() {
    int household = 100;
    for (Persona p : Personas.all()) {
      if (p.personalId().isEmpty()) {
        continue;
      }
      String id = p.personalId().get().value();
      ObjectNode c = person(id, p.fullName(), p.birthDate(), p.gender());
      c.put("nationality", "VN");
      c.put("ethnicityCode", "01");
      c.set("permanentResidence", address(p.residence().commune(), p.residence().street()));
      ObjectNode h = F.objectNode();
      if (p.householdId().isPresent()) {
        h.put("householdId", p.householdId().get());
        h.put("relationToHead", p.id().equals("citizen-minh") ? "head" : "spouse");
      } else {
        h.put(
            "householdId",
            "HGD-" + p.residence().commune().code() + "-" + String.format("%06d", household++));
        h.put("relationToHead", "head");
      }
      c.set("household", h);
      c.put("deceased", false);
      c.put("updatedAt", "2025-07-01T00:00:00+07:00");
      citizens.put(id, c);
    }
    Map<String, ArrayNode> members = new LinkedHashMap<>();
    for (Map.Entry<String, ObjectNode> e : citizens.entrySet()) {
      JsonNode h = e.getValue().path("household");
      ObjectNode m = F.objectNode();
      m.put("personalId", e.getKey());
      m.set("fullName", e.getValue().path("fullName"));
      m.set("birthDate", e.getValue().path("birthDate"));
      m.set("gender", e.getValue().path("gender"));
      m.set("relationToHead", h.path("relationToHead"));
      members.computeIfAbsent(h.path("householdId").asText(), k -> F.arrayNode()).add(m);
    }
    for (ObjectNode c : citizens.values()) {
      ObjectNode h = (ObjectNode) c.path("household");
      h.set("members", members.get(h.path("householdId").asText()).deepCopy());
    }
  }

  private static ObjectNode bulkCitizen(BulkCitizens.Citizen b) {
    ObjectNode c = person(b.personalId(), b.fullName(), b.birthDate(), b.gender());
    c.put("nationality", "VN");
    c.put("ethnicityCode", "01");
    c.set("permanentResidence", address(b.commune(), b.street()));
    ObjectNode h = F.objectNode();
    h.put("householdId", "HGD-B" + String.format("%07d", b.index()));
    h.put("relationToHead", "head");
    ObjectNode m = F.objectNode();
    m.put("personalId", b.personalId());
    m.put("fullName", b.fullName());
    m.put("birthDate", b.birthDate().toString());
    m.put("gender", b.gender().code());
    m.put("relationToHead", "head");
    h.set("members", F.arrayNode().add(m));
    c.set("household", h);
    return c;
  }

  private static ObjectNode person(String id, String name, LocalDate birth, Gender gender) {
    ObjectNode c = F.objectNode();
    c.put("personalId", id);
    c.put("fullName", name);
    c.put("birthDate", birth.toString());
    c.put("gender", gender.code());
    return c;
  }

  private static ObjectNode address(Commune commune, String street) {
    ObjectNode a = F.objectNode();
    a.put("provinceCode", commune.province().code());
    a.put("provinceName", commune.province().name());
    a.put("communeCode", commune.code());
    a.put("communeName", commune.name());
    a.put("street", street);
    a.put("fullText", street + ", " + commune.name() + ", " + commune.province().name());
    return a;
  }

  private ObjectNode personRef(String personaId) {
    Persona p = Personas.require(personaId);
    ObjectNode r = F.objectNode();
    p.personalId().ifPresent(id -> r.put("personalId", id.value()));
    r.put("fullName", p.fullName());
    r.put("birthDate", p.birthDate().toString());
    r.put("gender", p.gender().code());
    r.put("nationality", "VN");
    return r;
  }

  private static ObjectNode registration(
      String authority, String name, String number, String book) {
    ObjectNode reg = F.objectNode();
    ObjectNode a = reg.putObject("authority");
    a.put("code", authority);
    a.put("name", name);
    reg.put("number", number);
    reg.put("book", book);
    return reg;
  }

  private void seedCivilStatus() {
    int n = 1;
    for (Persona p : Personas.ofKind(PersonaKind.CITIZEN)) {
      ObjectNode b = F.objectNode();
      String year = String.valueOf(p.birthDate().getYear());
      b.put("recordId", "KS-" + year + "-" + String.format("%05d", n));
      b.set(
          "registration",
          registration(
              BA_DINH_PEOPLES_COMMITTEE,
              "Ủy ban nhân dân phường Ba Đình",
              String.valueOf(n),
              "01/" + year));
      b.put("registeredOn", p.birthDate().plusDays(20).toString());
      b.put("kind", "first-time");
      b.put("status", "valid");
      ObjectNode child = personRef(p.id());
      child.remove("nationality");
      child.put("nationality", "VN");
      child.put("birthPlace", p.residence().commune().province().name());
      b.set("child", child);
      births.add(b);
      n++;
    }
    ObjectNode m = F.objectNode();
    m.put("recordId", "KH-2019-00045");
    m.set(
        "registration",
        registration(BA_DINH_PEOPLES_COMMITTEE, "Ủy ban nhân dân phường Ba Đình", "45", "01/2019"));
    m.put("registeredOn", "2019-10-12");
    m.put("kind", "first-time");
    m.put("status", "valid");
    m.set("husband", personRef("citizen-minh"));
    m.set("wife", personRef("citizen-lan"));
    marriages.add(m);
  }

  private void seedBusiness() {
    Persona owner = Personas.require("enterprise-an-phat");
    String taxCode = owner.taxCode().orElseThrow().value();
    ObjectNode e = F.objectNode();
    e.put("taxCode", taxCode);
    e.put("kind", "enterprise");
    e.put("legalForm", "llc-multi-member");
    e.put("name", owner.organisationName().orElseThrow());
    e.put("shortName", "AN PHAT CO., LTD");
    e.put("status", "active");
    e.put("registeredOn", "2019-04-02");
    e.put("lastChangedOn", "2025-08-15");
    e.set("headOffice", address(owner.residence().commune(), owner.residence().street()));
    e.put("charterCapitalVnd", 5_000_000_000L);
    e.put("mainBusinessLine", "4690");
    ObjectNode rep = e.putArray("legalRepresentatives").addObject();
    rep.put("fullName", owner.fullName());
    rep.put("title", "Giám đốc");
    rep.put("maskedPersonalId", Masking.personalIdNumber(owner.personalId().orElseThrow().value()));
    enterprises.put(taxCode, e);
    ObjectNode branch = F.objectNode();
    branch.put("taxCode", taxCode + "-001");
    branch.put("kind", "branch");
    branch.put("name", owner.organisationName().orElseThrow() + " - Chi nhánh Đà Nẵng");
    branch.put("status", "active");
    branch.put("registeredOn", "2022-01-10");
    branch.set("headOffice", address(commune("20242"), "Số 99 đường Bạch Đằng"));
    branch.put("parentTaxCode", taxCode);
    enterprises.put(taxCode + "-001", branch);
  }

  private static Commune commune(String code) {
    return AdministrativeUnits.july2025().commune(code).orElseThrow();
  }

  private void seedLand() {
    Persona minh = Personas.require("citizen-minh");
    Persona lan = Personas.require("citizen-lan");
    ObjectNode p1 = parcel("00004", 12, 345, 68.5, minh.residence().street());
    p1.putArray("uses").add(use("ODT", 68.5, "long-term", "Nhà nước công nhận quyền sử dụng đất"));
    certificate(p1, "DA123456", "2020-05-14");
    ArrayNode holders = p1.putArray("holders");
    holders.add(holder("person", minh.fullName(), minh.personalId().orElseThrow().value(), 0.5));
    holders.add(holder("person", lan.fullName(), lan.personalId().orElseThrow().value(), 0.5));
    p1.put("encumbered", false);
    parcels.add(p1);

    Persona hung = Personas.require("enterprise-an-phat");
    ObjectNode p2 = parcel("00070", 3, 88, 250.0, hung.residence().street());
    p2.putArray("uses")
        .add(use("TMD", 250.0, "2069-12-31", "Nhà nước cho thuê đất trả tiền hằng năm"));
    ObjectNode org = p2.putArray("holders").addObject();
    org.put("kind", "organisation");
    org.put("name", hung.organisationName().orElseThrow());
    org.put("taxCode", hung.taxCode().orElseThrow().value());
    p2.put("encumbered", true);
    parcels.add(p2);

    Persona duc = Personas.require("citizen-duc");
    ObjectNode p3 = parcel("16681", 21, 1024, 1500.0, duc.residence().street());
    ArrayNode uses = p3.putArray("uses");
    uses.add(use("ONT", 300.0, "long-term", "Nhà nước giao đất có thu tiền sử dụng đất"));
    uses.add(use("CLN", 1200.0, "2064-10-15", "Nhà nước giao đất không thu tiền sử dụng đất"));
    certificate(p3, "CS045678", "2015-09-30");
    p3.putArray("holders")
        .add(
            holder(
                "household",
                "Hộ ông " + duc.fullName(),
                duc.personalId().orElseThrow().value(),
                1.0));
    p3.put("encumbered", false);
    parcels.add(p3);
  }

  private static ObjectNode parcel(
      String communeCode, int sheet, int number, double area, String street) {
    Commune c = commune(communeCode);
    ObjectNode p = F.objectNode();
    p.put("parcelId", "TD-" + communeCode + "-" + sheet + "-" + number);
    ObjectNode loc = p.putObject("location");
    loc.put("communeCode", communeCode);
    loc.put("mapSheetNumber", sheet);
    loc.put("parcelNumber", number);
    p.put("provinceCode", c.province().code());
    p.set("address", address(c, street));
    p.put("areaSquareMetres", area);
    return p;
  }

  private static ObjectNode use(String type, double area, String term, String origin) {
    ObjectNode u = F.objectNode();
    u.put("typeCode", type);
    u.put("areaSquareMetres", area);
    u.put("term", term);
    u.put("origin", origin);
    return u;
  }

  private static void certificate(ObjectNode parcel, String serial, String issuedOn) {
    ObjectNode cert = parcel.putObject("certificate");
    cert.put("serialNumber", serial);
    cert.put("issuedOn", issuedOn);
  }

  private static ObjectNode holder(String kind, String name, String personalId, double share) {
    ObjectNode h = F.objectNode();
    h.put("kind", kind);
    h.put("name", name);
    h.put("personalId", personalId);
    h.put("share", share);
    return h;
  }
}
