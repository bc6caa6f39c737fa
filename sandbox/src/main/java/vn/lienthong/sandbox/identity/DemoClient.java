package vn.lienthong.sandbox.identity;

import com.nimbusds.jose.jwk.JWKSet;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.sandbox.SandboxErrorCode;

/**
 * The demo client every sandbox registers at start, so a demo app or a quick test can log in with
 * no set-up. Its keys are TEST KEYS, published in this jar: never trust them anywhere else.
 * Thread-safe: constants and fresh copies only.
 *
 * <pre>{@code
 * JWKSet keys = DemoClient.privateJwks(); // ES256 signing key + RSA-OAEP-256 encryption key
 * // client_id DemoClient.CLIENT_ID, redirect_uri DemoClient.REDIRECT_URIS.get(0)
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DemoClient {

  /** The demo client's id. */
  public static final String CLIENT_ID = "lienthong-demo";

  /** The demo client's secret for the NPSP and VNeID profiles (a test secret). */
  public static final String CLIENT_SECRET = "lienthong-demo-secret-TEST-ONLY";

  /** The redirect URIs registered for the demo client (the reference app's defaults). */
  public static final List<URI> REDIRECT_URIS =
      List.of(
          URI.create("http://127.0.0.1:8080/auth/callback"),
          URI.create("http://localhost:8080/auth/callback"));

  /** The class-path resource holding the demo client's private test keys. */
  public static final String PRIVATE_JWKS_RESOURCE =
      "/vn/lienthong/sandbox/identity/test-keys/demo-client-TEST-ONLY.private.jwks.json";

  private DemoClient() {}

  /**
   * Returns the demo client's private test keys: {@code demo-client-sig-TEST-ONLY} (EC P-256, ES256
   * client assertions and DPoP) and {@code demo-client-enc-TEST-ONLY} (RSA 2048, RSA-OAEP-256
   * ID-token encryption and the VNeID envelope).
   *
   * @return a fresh copy of the key set
   * @throws ConfigurationException if the resource is missing ({@link
   *     SandboxErrorCode#RESOURCE_UNREADABLE})
   * @since 0.1.0
   */
  public static JWKSet privateJwks() {
    try (InputStream in = DemoClient.class.getResourceAsStream(PRIVATE_JWKS_RESOURCE)) {
      if (in == null) {
        throw new IOException("not on the class path");
      }
      return JWKSet.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException | ParseException e) {
      throw new ConfigurationException(
          SandboxErrorCode.RESOURCE_UNREADABLE,
          ErrorDetails.field("resource")
              .rule("resource.readable")
              .rejectedValue(PRIVATE_JWKS_RESOURCE)
              .with("reason", String.valueOf(e.getMessage())),
          e);
    }
  }

  /**
   * Returns the demo client's registration (public keys, secret, envelope key, redirect URIs).
   *
   * @return the registration
   * @throws ConfigurationException if the key resource is missing
   * @since 0.1.0
   */
  public static ClientRegistration registration() {
    JWKSet keys = privateJwks();
    ClientRegistration.Builder b =
        ClientRegistration.builder()
            .clientId(CLIENT_ID)
            .jwks(keys.toPublicJWKSet())
            .clientSecret(CLIENT_SECRET)
            .envelopeKey(keys.getKeyByKeyId("demo-client-enc-TEST-ONLY").toRSAKey().toPublicJWK());
    REDIRECT_URIS.forEach(b::redirectUri);
    return b.build();
  }
}
