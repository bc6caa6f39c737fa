package vn.lienthong.registry.civilstatus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.id.PersonalIdNumber;
import vn.lienthong.registry.BusClient;
import vn.lienthong.registry.BusException;
import vn.lienthong.registry.CallContext;
import vn.lienthong.registry.ClientId;
import vn.lienthong.registry.Purpose;
import vn.lienthong.registry.ServiceId;
import vn.lienthong.registry.internal.bus.ClientSettings;
import vn.lienthong.registry.internal.bus.Json;
import vn.lienthong.registry.internal.bus.JsonCall;
import vn.lienthong.registry.internal.bus.Mapping;

/**
 * Searches the civil-status database (CSDL hộ tịch điện tử) for birth and marriage records of a
 * person through the bus ({@code contracts/registry/civil-status.yaml}). No record is an empty
 * list.
 *
 * <p>Instances are thread-safe; create one and reuse it.
 *
 * <pre>{@code
 * List<CivilRecord> births = civilStatus.births(childId, purpose, ctx);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CivilStatusClient {

  private static final String BIRTHS = "registry/civil-status#searchBirthRecords";
  private static final String MARRIAGES = "registry/civil-status#searchMarriageRecords";

  private final ClientSettings settings;
  private final URI birthsUri;
  private final URI marriagesUri;
  private final ServiceId birthService;
  private final ServiceId marriageService;

  private CivilStatusClient(ClientSettings settings) {
    this.settings = settings;
    this.birthsUri = Mapping.resolve(settings.endpoint(), "/births/search");
    this.marriagesUri = Mapping.resolve(settings.endpoint(), "/marriages/search");
    this.birthService = settings.provider().service("birth-records", "v1");
    this.marriageService = settings.provider().service("marriage-records", "v1");
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
   * Finds the birth records of a person.
   *
   * @param personalId the person's personal id
   * @param purpose why the data are needed
   * @param context the officer (required) and the dossier
   * @return the records, possibly empty
   * @throws BusException if the call fails
   * @throws InvalidInputException if the context has no user id or the request breaks the contract
   */
  public List<CivilRecord> births(
      PersonalIdNumber personalId, Purpose purpose, CallContext context) {
    return search(BIRTHS, birthsUri, birthService, "birth", personalId, purpose, context);
  }

  /**
   * Finds the marriage records of a person.
   *
   * @param personalId the person's personal id
   * @param purpose why the data are needed
   * @param context the officer (required) and the dossier
   * @return the records, possibly empty
   * @throws BusException if the call fails
   * @throws InvalidInputException if the context has no user id or the request breaks the contract
   */
  public List<CivilRecord> marriages(
      PersonalIdNumber personalId, Purpose purpose, CallContext context) {
    return search(
        MARRIAGES, marriagesUri, marriageService, "marriage", personalId, purpose, context);
  }

  private List<CivilRecord> search(
      String operation,
      URI uri,
      ServiceId service,
      String kind,
      PersonalIdNumber personalId,
      Purpose purpose,
      CallContext context) {
    Mapping.requireUser(context);
    ObjectNode body = Json.MAPPER.createObjectNode().put("personalId", personalId.value());
    body.set("purpose", Mapping.purpose(purpose));
    JsonNode r =
        JsonCall.callOrNotFound(settings.bus(), uri, service, operation, context, body)
            .orElse(null);
    List<CivilRecord> out = new ArrayList<>();
    if (r != null) {
      for (JsonNode rec : r.path("records")) {
        out.add(JsonCall.map(service, rec, n -> record(kind, n)));
      }
    }
    return List.copyOf(out);
  }

  static CivilRecord record(String kind, JsonNode n) {
    JsonNode reg = n.path("registration");
    List<CivilRecord.Person> people = new ArrayList<>();
    String[] roles =
        kind.equals("birth")
            ? new String[] {"child", "mother", "father"}
            : new String[] {"husband", "wife"};
    for (String role : roles) {
      JsonNode p = n.get(role);
      if (p != null && p.isObject()) {
        people.add(
            new CivilRecord.Person(
                role,
                p.path("fullName").asText(),
                JsonCall.text(p, "personalId"),
                JsonCall.text(p, "birthDate")));
      }
    }
    String status = JsonCall.text(n, "status");
    return new CivilRecord(
        kind,
        n.path("recordId").asText(),
        reg.path("number").asText(),
        JsonCall.text(reg, "book"),
        reg.path("authority").path("code").asText(),
        LocalDate.parse(n.path("registeredOn").asText()),
        status == null ? "valid" : status,
        people);
  }

  /**
   * Builds a {@link CivilStatusClient}.
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
     * Sets the service's base address (required).
     *
     * @param endpoint the base address
     * @return this builder
     */
    public Builder endpoint(URI endpoint) {
      this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
      return this;
    }

    /**
     * Sets the provider subsystem (required); the services are {@code birth-records/v1} and {@code
     * marriage-records/v1} under it.
     *
     * @param provider the provider subsystem
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
    public CivilStatusClient build() {
      if (bus == null || endpoint == null || provider == null) {
        throw new IllegalStateException("bus, endpoint and provider required");
      }
      return new CivilStatusClient(new ClientSettings(bus, endpoint, provider));
    }
  }
}
