package vn.lienthong.registry.internal.bus;

import java.net.URI;
import java.util.Objects;
import vn.lienthong.registry.BusClient;
import vn.lienthong.registry.ClientId;

/**
 * The three settings every typed client needs.
 *
 * @param bus the bus client
 * @param endpoint the service's base address
 * @param provider the provider subsystem
 */
public record ClientSettings(BusClient bus, URI endpoint, ClientId provider) {

  /**
   * Checks the settings are present.
   *
   * @param bus the bus client
   * @param endpoint the service's base address
   * @param provider the provider subsystem
   */
  public ClientSettings {
    Objects.requireNonNull(bus, "bus");
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(provider, "provider");
  }
}
