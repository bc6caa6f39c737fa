package vn.lienthong.registry.business;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.InvalidInputException;
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
 * Looks up an enterprise in the national business registration database by tax code through the bus
 * ({@code contracts/registry/business.yaml}). An unknown tax code is an empty result.
 *
 * <p>Instances are thread-safe; create one and reuse it.
 *
 * <pre>{@code
 * BusinessClient business = BusinessClient.builder().bus(bus).endpoint(uri).provider(provider).build();
 * Optional<Enterprise> e = business.lookup(TaxCode.parse("0100233488"), purpose, ctx);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class BusinessClient {

  private static final String LOOKUP = "registry/business#lookupEnterprise";

  private final ClientSettings settings;
  private final URI lookupUri;
  private final ServiceId lookupService;

  private BusinessClient(ClientSettings settings) {
    this.settings = settings;
    this.lookupUri = Mapping.resolve(settings.endpoint(), "/enterprises/lookup");
    this.lookupService = settings.provider().service("enterprise-lookup", "v1");
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
   * Looks up an enterprise.
   *
   * @param taxCode the tax code
   * @param purpose why the data are needed
   * @param context the officer (required) and the dossier
   * @return the enterprise, or empty if the registry has none with that code
   * @throws BusException if the call fails
   * @throws InvalidInputException if the context has no user id or the request breaks the contract
   */
  public Optional<Enterprise> lookup(TaxCode taxCode, Purpose purpose, CallContext context) {
    Mapping.requireUser(context);
    ObjectNode body = Json.MAPPER.createObjectNode().put("taxCode", taxCode.value());
    body.set("purpose", Mapping.purpose(purpose));
    return JsonCall.callOrNotFound(settings.bus(), lookupUri, lookupService, LOOKUP, context, body)
        .map(n -> JsonCall.map(lookupService, n, BusinessClient::enterprise));
  }

  static Enterprise enterprise(JsonNode n) {
    List<String> representatives = new ArrayList<>();
    n.path("legalRepresentatives").forEach(r -> representatives.add(r.path("fullName").asText()));
    String registered = JsonCall.text(n, "registeredOn");
    String parent = JsonCall.text(n, "parentTaxCode");
    return new Enterprise(
        TaxCode.parse(n.path("taxCode").asText()),
        n.path("kind").asText(),
        n.path("name").asText(),
        n.path("status").asText(),
        JsonCall.text(n, "legalForm"),
        registered == null ? null : LocalDate.parse(registered),
        Mapping.address(n.get("headOffice")),
        parent == null ? null : TaxCode.parse(parent),
        representatives);
  }

  /**
   * Builds a {@link BusinessClient}.
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
     * Sets the provider subsystem (required); the service is {@code enterprise-lookup/v1} under it.
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
    public BusinessClient build() {
      if (bus == null || endpoint == null || provider == null) {
        throw new IllegalStateException("bus, endpoint and provider required");
      }
      return new BusinessClient(new ClientSettings(bus, endpoint, provider));
    }
  }
}
