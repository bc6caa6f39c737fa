package vn.lienthong.sandbox.internal.lgsp;

import java.util.ArrayList;
import java.util.List;
import vn.lienthong.sandbox.exchange.SandboxExchange;
import vn.lienthong.sandbox.internal.SandboxContext;
import vn.lienthong.sandbox.internal.SandboxService;
import vn.lienthong.sandbox.internal.exchange.ExchangeServices;
import vn.lienthong.sandbox.internal.exchange.ExchangeState;
import vn.lienthong.sandbox.internal.portal.PortalServices;
import vn.lienthong.sandbox.internal.portal.PortalState;
import vn.lienthong.sandbox.internal.registry.RegistryData;
import vn.lienthong.sandbox.internal.registry.RegistryServices;
import vn.lienthong.sandbox.lgsp.NationalService;
import vn.lienthong.sandbox.lgsp.SandboxLgsp;
import vn.lienthong.sandbox.portal.SandboxPortal;
import vn.lienthong.sandbox.registry.SandboxRegistries;

/**
 * Creates the national services (LGSP token endpoint, registries, portal, document exchange and
 * their admin endpoints) and publishes their Java APIs on the sandbox context.
 */
public final class NationalServices {

  private NationalServices() {}

  /**
   * Creates the services.
   *
   * @param context the sandbox context
   * @return the services, each with its own prefix
   */
  public static List<SandboxService> create(SandboxContext context) {
    LgspState lgsp = new LgspState(context);
    BusGateway gateway = new BusGateway(lgsp, new ReplayCache(context.clock()));
    RegistryData registries = new RegistryData();
    PortalState portal =
        new PortalState(context.clock(), () -> gateway.replays(NationalService.PORTAL));
    ExchangeState exchange = new ExchangeState(context.clock());
    context.publish(SandboxLgsp.class, lgsp);
    context.publish(SandboxRegistries.class, registries);
    context.publish(SandboxPortal.class, portal);
    context.publish(SandboxExchange.class, exchange);
    List<SandboxService> services = new ArrayList<>();
    services.add(new TokenService(lgsp));
    services.addAll(RegistryServices.create(gateway, registries));
    services.add(PortalServices.create(gateway, portal));
    services.add(ExchangeServices.create(gateway, exchange));
    services.add(new AdminService(lgsp, portal, exchange));
    return services;
  }
}
