package vn.lienthong.sandbox.internal.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.lienthong.core.text.VietnameseNames;
import vn.lienthong.sandbox.internal.SandboxService;
import vn.lienthong.sandbox.internal.http.HttpReply;
import vn.lienthong.sandbox.internal.lgsp.BusCode;
import vn.lienthong.sandbox.internal.lgsp.BusGateway;
import vn.lienthong.sandbox.internal.lgsp.BusOperation;
import vn.lienthong.sandbox.internal.lgsp.BusProblem;
import vn.lienthong.sandbox.internal.lgsp.BusRequest;
import vn.lienthong.sandbox.internal.lgsp.BusService;
import vn.lienthong.sandbox.lgsp.NationalService;

/** The four registry services and their operations over {@link RegistryData}. */
public final class RegistryServices {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private RegistryServices() {}

  /**
   * Creates the services.
   *
   * @param gateway the bus gateway
   * @param data the registry data
   * @return population, business, civil status and land
   */
  public static List<SandboxService> create(BusGateway gateway, RegistryData data) {
    String pop = "registry/population";
    String biz = "registry/business";
    String civ = "registry/civil-status";
    String land = "registry/land";
    return List.of(
        new BusService(
            NationalService.POPULATION,
            "Population registry (CSDLQG về dân cư): citizen look-up and verification",
            gateway,
            List.of(
                BusOperation.postJson(
                    "lookupCitizen",
                    "/citizens/lookup",
                    pop,
                    "citizen-lookup",
                    "LookupRequest",
                    "Citizen",
                    true,
                    r -> lookupCitizen(data, r)),
                BusOperation.postJson(
                    "verifyCitizen",
                    "/citizens/verify",
                    pop,
                    "citizen-verify",
                    "VerifyRequest",
                    "VerifyResult",
                    true,
                    r -> verifyCitizen(data, r)))),
        new BusService(
            NationalService.BUSINESS,
            "Business registration: enterprise look-up",
            gateway,
            List.of(
                BusOperation.postJson(
                    "lookupEnterprise",
                    "/enterprises/lookup",
                    biz,
                    "enterprise-lookup",
                    "LookupRequest",
                    "Enterprise",
                    true,
                    r ->
                        HttpReply.json(
                            200,
                            data.enterprise(r.jsonBody().path("taxCode").asText())
                                .orElseThrow(() -> noRecord("enterprise")))))),
        new BusService(
            NationalService.CIVIL_STATUS,
            "Civil status (hộ tịch): birth and marriage records",
            gateway,
            List.of(
                BusOperation.postJson(
                    "searchBirthRecords",
                    "/births/search",
                    civ,
                    "birth-records",
                    "RecordSearch",
                    "BirthRecords",
                    true,
                    r -> list("records", data.births(r.jsonBody()))),
                BusOperation.postJson(
                    "searchMarriageRecords",
                    "/marriages/search",
                    civ,
                    "marriage-records",
                    "RecordSearch",
                    "MarriageRecords",
                    true,
                    r -> list("records", data.marriages(r.jsonBody()))))),
        new BusService(
            NationalService.LAND,
            "Land parcels (CSDL đất đai)",
            gateway,
            List.of(
                BusOperation.postJson(
                    "searchParcels",
                    "/parcels/search",
                    land,
                    "land-parcels",
                    "ParcelSearch",
                    "Parcels",
                    true,
                    r -> list("parcels", data.parcels(r.jsonBody()))))));
  }

  private static BusProblem noRecord(String what) {
    return new BusProblem(BusCode.NO_RECORD, "The registry has no " + what + " with this key.");
  }

  private static HttpReply list(String field, List<ObjectNode> items) {
    ObjectNode out = F.objectNode();
    ArrayNode a = out.putArray(field);
    items.forEach(a::add);
    return HttpReply.json(200, out);
  }

  private static HttpReply lookupCitizen(RegistryData data, BusRequest r) {
    JsonNode req = r.jsonBody();
    ObjectNode c =
        data.citizen(req.path("personalId").asText()).orElseThrow(() -> noRecord("citizen"));
    if (req.has("include")) {
      Set<String> want = new HashSet<>();
      req.path("include").forEach(n -> want.add(n.asText()));
      for (String part : List.of("permanentResidence", "temporaryResidence", "household")) {
        if (!want.contains(part)) {
          c.remove(part);
        }
      }
    }
    return HttpReply.json(200, c);
  }

  private static HttpReply verifyCitizen(RegistryData data, BusRequest r) {
    JsonNode req = r.jsonBody();
    ObjectNode out = F.objectNode();
    var found = data.citizen(req.path("personalId").asText());
    List<String> mismatches = new ArrayList<>();
    if (found.isEmpty()) {
      mismatches.add("personalId");
    } else {
      ObjectNode c = found.get();
      if (!VietnameseNames.matches(c.path("fullName").asText(), req.path("fullName").asText())) {
        mismatches.add("fullName");
      }
      if (!c.path("birthDate").asText().startsWith(req.path("birthDate").asText())) {
        mismatches.add("birthDate");
      }
      if (req.has("gender") && req.path("gender").asInt() != c.path("gender").asInt()) {
        mismatches.add("gender");
      }
    }
    out.put("match", mismatches.isEmpty());
    if (!mismatches.isEmpty()) {
      ArrayNode a = out.putArray("mismatches");
      mismatches.forEach(a::add);
    }
    return HttpReply.json(200, out);
  }
}
