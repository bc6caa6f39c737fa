package vn.lienthong.registry.population;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.id.Gender;
import vn.lienthong.core.id.PersonalIdNumber;
import vn.lienthong.registry.BusClient;
import vn.lienthong.registry.BusException;
import vn.lienthong.registry.CallContext;
import vn.lienthong.registry.ClientId;
import vn.lienthong.registry.Purpose;
import vn.lienthong.registry.ServiceId;
import vn.lienthong.registry.internal.bus.Json;
import vn.lienthong.registry.internal.bus.JsonCall;
import vn.lienthong.registry.internal.bus.Mapping;

/**
 * Looks up or verifies a citizen in the national population database (CSDLQG về dân cư) through the
 * bus ({@code contracts/registry/population.yaml}). A citizen the registry does not know is an
 * empty result, not an exception.
 *
 * <p>Instances are thread-safe; create one and reuse it.
 *
 * <pre>{@code
 * PopulationClient population = PopulationClient.builder()
 *     .bus(bus)
 *     .endpoint(URI.create("https://lgsp.example.gov.vn/population/v1"))
 *     .provider(ClientId.parse("VN/GOV/000.00.00.G01/csdl-dan-cu"))
 *     .build();
 * Optional<Citizen> citizen = population.lookup(id, Purpose.prefill(procedure, null), ctx);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PopulationClient {

  private static final String LOOKUP = "registry/population#lookupCitizen";
  private static final String VERIFY = "registry/population#verifyCitizen";

  private final BusClient bus;
  private final URI lookupUri;
  private final URI verifyUri;
  private final ServiceId lookupService;
  private final ServiceId verifyService;

  private PopulationClient(Builder b) {
    this.bus = Objects.requireNonNull(b.bus);
    URI endpoint = Objects.requireNonNull(b.endpoint);
    ClientId provider = Objects.requireNonNull(b.provider);
    this.lookupUri = Mapping.resolve(endpoint, "/citizens/lookup");
    this.verifyUri = Mapping.resolve(endpoint, "/citizens/verify");
    this.lookupService = provider.service("citizen-lookup", "v1");
    this.verifyService = provider.service("citizen-verify", "v1");
  }

  /**
   * Starts a configuration.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Looks up a citizen with identity, residences and household.
   *
   * @param personalId the personal id
   * @param purpose why the data are needed
   * @param context the officer (required) and the dossier
   * @return the citizen, or empty if the registry has no such citizen
   * @throws BusException if the call fails
   * @throws InvalidInputException if the context has no user id or the request breaks the contract
   */
  public Optional<Citizen> lookup(
      PersonalIdNumber personalId, Purpose purpose, CallContext context) {
    Mapping.requireUser(context);
    ObjectNode body = Json.MAPPER.createObjectNode().put("personalId", personalId.value());
    body.set("purpose", Mapping.purpose(purpose));
    return JsonCall.callOrNotFound(bus, lookupUri, lookupService, LOOKUP, context, body)
        .map(n -> JsonCall.map(lookupService, n, PopulationClient::citizen));
  }

  /**
   * Says whether declared identity data match the registry.
   *
   * @param personalId the declared personal id
   * @param fullName the declared full name
   * @param birthDate the declared birth date, {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}
   * @param gender the declared gender, or null if not declared
   * @param context the officer (required) and the dossier
   * @return the outcome
   * @throws BusException if the call fails
   * @throws InvalidInputException if the context has no user id or the request breaks the contract
   */
  public Verification verify(
      PersonalIdNumber personalId,
      String fullName,
      String birthDate,
      @Nullable Gender gender,
      CallContext context) {
    Mapping.requireUser(context);
    ObjectNode body =
        Json.MAPPER
            .createObjectNode()
            .put("personalId", personalId.value())
            .put("fullName", fullName)
            .put("birthDate", birthDate);
    if (gender != null) {
      body.put("gender", gender.code());
    }
    body.set("purpose", Mapping.purpose(Purpose.verification()));
    JsonNode r = JsonCall.call(bus, verifyUri, verifyService, VERIFY, context, body, null);
    Set<String> mismatches = new HashSet<>();
    r.path("mismatches").forEach(m -> mismatches.add(m.asText()));
    return new Verification(
        r.path("match").asBoolean(), mismatches, r.path("deceased").asBoolean(false));
  }

  static Citizen citizen(JsonNode n) {
    Citizen.Household household = null;
    JsonNode h = n.get("household");
    if (h != null && h.isObject()) {
      List<Citizen.Member> members = new ArrayList<>();
      ArrayNode list =
          h.has("members") ? (ArrayNode) h.get("members") : Json.MAPPER.createArrayNode();
      for (JsonNode m : list) {
        String id = JsonCall.text(m, "personalId");
        members.add(
            new Citizen.Member(
                id == null ? null : PersonalIdNumber.parse(id),
                m.path("fullName").asText(),
                m.path("relationToHead").asText()));
      }
      household =
          new Citizen.Household(
              h.path("householdId").asText(), h.path("relationToHead").asText(), members);
    }
    Gender gender = Mapping.gender(n.get("gender"));
    return new Citizen(
        PersonalIdNumber.parse(n.path("personalId").asText()),
        n.path("fullName").asText(),
        n.path("birthDate").asText(),
        gender == null ? Gender.values()[0] : gender,
        Mapping.address(n.get("permanentResidence")),
        Mapping.address(n.get("temporaryResidence")),
        household,
        n.path("deceased").asBoolean(false));
  }

  /**
   * Builds a {@link PopulationClient}.
   *
   * <p>Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable BusClient bus;
    private @Nullable URI endpoint;
    private @Nullable ClientId provider;

    private Builder() {}

    /**
     * Sets the bus client (required).
     *
     * @param bus the bus client
     * @return this builder
     */
    public Builder bus(BusClient bus) {
      this.bus = Objects.requireNonNull(bus, "bus");
      return this;
    }

    /**
     * Sets the service's base address (required), such as {@code
     * https://lgsp.example.gov.vn/population/v1}.
     *
     * @param endpoint the base address
     * @return this builder
     */
    public Builder endpoint(URI endpoint) {
      this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
      return this;
    }

    /**
     * Sets the provider subsystem (required); the services are {@code citizen-lookup/v1} and {@code
     * citizen-verify/v1} under it.
     *
     * @param provider such as {@code VN/GOV/000.00.00.G01/csdl-dan-cu}
     * @return this builder
     */
    public Builder provider(ClientId provider) {
      this.provider = Objects.requireNonNull(provider, "provider");
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws IllegalStateException if a required part is missing
     */
    public PopulationClient build() {
      if (bus == null || endpoint == null || provider == null) {
        throw new IllegalStateException("bus, endpoint and provider required");
      }
      return new PopulationClient(this);
    }
  }
}
