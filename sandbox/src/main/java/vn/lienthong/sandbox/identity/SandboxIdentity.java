package vn.lienthong.sandbox.identity;

import com.nimbusds.jose.jwk.JWKSet;
import java.net.URI;

/**
 * The sandbox identity provider as a test or demo drives it: issuer URIs, client registration,
 * signing-key rotation. Obtained from {@code Sandbox.identity()}. Implementations are thread-safe.
 *
 * <pre>{@code
 * SandboxIdentity idp = sandbox.identity();
 * idp.registerClient(ClientRegistration.builder()
 *     .clientId("my-commune-app")
 *     .redirectUri(URI.create("http://127.0.0.1:8080/callback"))
 *     .jwks(myPublicJwks)
 *     .build());
 * URI issuer = idp.issuer(IdentityIssuer.CITIZEN);
 * }</pre>
 *
 * @since 0.1.0
 */
public interface SandboxIdentity {

  /**
   * Returns an issuer's identifier, which is also the base of its endpoints.
   *
   * @param issuer the issuer
   * @return for example {@code http://127.0.0.1:49152/idp}
   * @since 0.1.0
   */
  URI issuer(IdentityIssuer issuer);

  /**
   * Registers (or replaces) a client at every issuer.
   *
   * @param registration the client
   * @since 0.1.0
   */
  void registerClient(ClientRegistration registration);

  /**
   * Makes a new signing key current for an issuer. The previous key stays published until the next
   * rotation, so tokens it signed still validate.
   *
   * @param issuer the issuer
   * @return the new key's {@code kid}
   * @since 0.1.0
   */
  String rotateKeys(IdentityIssuer issuer);

  /**
   * Returns the public keys an issuer publishes at its JWKS endpoint.
   *
   * @param issuer the issuer
   * @return the public JWK set
   * @since 0.1.0
   */
  JWKSet publicKeys(IdentityIssuer issuer);
}
