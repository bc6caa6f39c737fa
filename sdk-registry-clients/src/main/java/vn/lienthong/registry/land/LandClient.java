package vn.lienthong.registry.land;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.admin.AdministrativeUnits;
import vn.lienthong.core.admin.Commune;
import vn.lienthong.core.id.PersonalIdNumber;
import vn.lienthong.core.id.TaxCode;
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
 * Finds land parcels in the land database (CSDL đất đai) by location or by holder through the bus
 * ({@code contracts/registry/land.yaml}). No parcel is an empty list.
 *
 * <p>Instances are thread-safe; create one and reuse it.
 *
 * <pre>{@code
 * List<Parcel> p = land.parcelAt(commune, 12, 345, purpose, ctx);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class LandClient {

  private static final String SEARCH = "registry/land#searchParcels";

  private final ClientSettings settings;
  private final URI searchUri;
  private final ServiceId service;

  private LandClient(ClientSettings settings) {
    this.settings = settings;
    this.searchUri = Mapping.resolve(settings.endpoint(), "/parcels/search");
    this.service = settings.provider().service("land-parcels", "v1");
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
   * Finds the parcel at a location.
   *
   * @param commune the commune (2025 list)
   * @param mapSheetNumber the map sheet number, 1-99999
   * @param parcelNumber the parcel number, 1-9999999
   * @param purpose why the data are needed
   * @param context the officer (required) and the dossier
   * @return the parcels, possibly empty
   * @throws BusException if the call fails
   * @throws InvalidInputException if the context has no user id or a number is out of range
   */
  public List<Parcel> parcelAt(
      Commune commune, int mapSheetNumber, int parcelNumber, Purpose purpose, CallContext context) {
    ObjectNode location =
        Json.MAPPER
            .createObjectNode()
            .put("communeCode", commune.code())
            .put("mapSheetNumber", mapSheetNumber)
            .put("parcelNumber", parcelNumber);
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.set("location", location);
    return search(body, purpose, context);
  }

  /**
   * Finds the parcels held by a person.
   *
   * @param holder the holder's personal id
   * @param purpose why the data are needed
   * @param context the officer (required) and the dossier
   * @return the parcels, possibly empty
   * @throws BusException if the call fails
   */
  public List<Parcel> parcelsHeldBy(PersonalIdNumber holder, Purpose purpose, CallContext context) {
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.set("owner", Json.MAPPER.createObjectNode().put("personalId", holder.value()));
    return search(body, purpose, context);
  }

  /**
   * Finds the parcels held by an organisation.
   *
   * @param holder the holder's tax code
   * @param purpose why the data are needed
   * @param context the officer (required) and the dossier
   * @return the parcels, possibly empty
   * @throws BusException if the call fails
   */
  public List<Parcel> parcelsHeldBy(TaxCode holder, Purpose purpose, CallContext context) {
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.set("owner", Json.MAPPER.createObjectNode().put("taxCode", holder.value()));
    return search(body, purpose, context);
  }

  private List<Parcel> search(ObjectNode body, Purpose purpose, CallContext context) {
    Mapping.requireUser(context);
    body.set("purpose", Mapping.purpose(purpose));
    List<Parcel> out = new ArrayList<>();
    JsonCall.callOrNotFound(settings.bus(), searchUri, service, SEARCH, context, body)
        .ifPresent(
            r ->
                r.path("parcels")
                    .forEach(p -> out.add(JsonCall.map(service, p, LandClient::parcel))));
    return List.copyOf(out);
  }

  static Parcel parcel(JsonNode n) {
    JsonNode loc = n.path("location");
    List<String> uses = new ArrayList<>();
    n.path("uses").forEach(u -> uses.add(u.path("typeCode").asText()));
    return new Parcel(
        loc.path("communeCode").asText(),
        loc.path("mapSheetNumber").asInt(),
        loc.path("parcelNumber").asInt(),
        n.path("areaSquareMetres").decimalValue(),
        uses,
        n.path("certificate").isObject()
            ? n.path("certificate").path("serialNumber").asText()
            : null,
        n.path("holders").size(),
        n.path("encumbered").asBoolean(false));
  }

  /**
   * Returns the commune of a 2025 code, for {@link #parcelAt}.
   *
   * @param code the 5-digit code
   * @return the commune
   * @throws InvalidInputException with {@code INVALID_REQUEST_VALUE} if the code is not in the
   *     current list
   */
  public static Commune commune(String code) {
    return AdministrativeUnits.current()
        .commune(code)
        .orElseThrow(
            () ->
                vn.lienthong.registry.internal.bus.WireChecks.invalid(
                    "communeCode", code, "not in the current administrative unit list"));
  }

  /**
   * Builds a {@link LandClient}.
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
     * Sets the provider subsystem (required); the service is {@code land-parcels/v1} under it.
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
    public LandClient build() {
      if (bus == null || endpoint == null || provider == null) {
        throw new IllegalStateException("bus, endpoint and provider required");
      }
      return new LandClient(new ClientSettings(bus, endpoint, provider));
    }
  }
}
