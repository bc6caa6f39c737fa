package vn.lienthong.sandbox.internal;

import java.util.List;
import vn.lienthong.sandbox.internal.identity.IdentityServices;
import vn.lienthong.sandbox.internal.lgsp.NationalServices;

/**
 * The built-in services, in mounting order. Add one line per new area (registries, portal,
 * exchange, LGSP); each factory's services need distinct prefixes.
 */
public final class ServiceCatalogue {

  private ServiceCatalogue() {}

  /**
   * Returns the factories of the built-in services.
   *
   * @return the factories
   */
  public static List<ServiceFactory> standard() {
    return List.of(IdentityServices::create, NationalServices::create);
  }
}
