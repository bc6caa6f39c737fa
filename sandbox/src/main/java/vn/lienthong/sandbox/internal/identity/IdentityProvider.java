package vn.lienthong.sandbox.internal.identity;

import com.nimbusds.jose.jwk.JWKSet;
import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.lienthong.sandbox.identity.ClientRegistration;
import vn.lienthong.sandbox.identity.DemoClient;
import vn.lienthong.sandbox.identity.IdentityIssuer;
import vn.lienthong.sandbox.identity.SandboxIdentity;
import vn.lienthong.sandbox.internal.SandboxContext;

/**
 * The state the identity issuers share: registered clients (valid at every issuer) and each
 * issuer's signing keys. Thread-safe.
 */
public final class IdentityProvider implements SandboxIdentity {

  private final SandboxContext context;
  private final Map<String, ClientRegistration> clients = new ConcurrentHashMap<>();
  private final Map<IdentityIssuer, ProviderKeys> keys = new EnumMap<>(IdentityIssuer.class);

  /**
   * Creates the provider with fresh keys and the demo client.
   *
   * @param context the sandbox context
   */
  public IdentityProvider(SandboxContext context) {
    this.context = context;
    for (IdentityIssuer i : IdentityIssuer.values()) {
      keys.put(i, new ProviderKeys(i.path().substring(1)));
    }
    registerClient(DemoClient.registration());
  }

  @Override
  public URI issuer(IdentityIssuer issuer) {
    return context.uri(issuer.path());
  }

  @Override
  public void registerClient(ClientRegistration registration) {
    clients.put(registration.clientId(), registration);
  }

  @Override
  public String rotateKeys(IdentityIssuer issuer) {
    return keys.get(issuer).rotate();
  }

  @Override
  public JWKSet publicKeys(IdentityIssuer issuer) {
    return keys.get(issuer).publicSet();
  }

  /** The sandbox context. */
  SandboxContext context() {
    return context;
  }

  /** An issuer's signing keys. */
  ProviderKeys keys(IdentityIssuer issuer) {
    return keys.get(issuer);
  }

  /** A registered client. */
  Optional<ClientRegistration> client(String clientId) {
    return Optional.ofNullable(clients.get(clientId));
  }
}
