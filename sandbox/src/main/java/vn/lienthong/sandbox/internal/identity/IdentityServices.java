package vn.lienthong.sandbox.internal.identity;

import java.util.ArrayList;
import java.util.List;
import vn.lienthong.sandbox.identity.IdentityIssuer;
import vn.lienthong.sandbox.identity.SandboxIdentity;
import vn.lienthong.sandbox.internal.SandboxContext;
import vn.lienthong.sandbox.internal.SandboxService;

/** Creates the identity provider and one service per issuer. */
public final class IdentityServices {

  private IdentityServices() {}

  /**
   * Creates the identity services and publishes the provider as {@link SandboxIdentity}.
   *
   * @param context the sandbox context
   * @return one service per issuer
   */
  public static List<SandboxService> create(SandboxContext context) {
    IdentityProvider provider = new IdentityProvider(context);
    context.publish(SandboxIdentity.class, provider);
    List<SandboxService> services = new ArrayList<>();
    for (IdentityIssuer i : IdentityIssuer.values()) {
      services.add(new IssuerService(provider, i));
    }
    return services;
  }
}
