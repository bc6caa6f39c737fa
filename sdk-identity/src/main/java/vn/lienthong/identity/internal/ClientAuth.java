package vn.lienthong.identity.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.auth.JWTAuthenticationClaimsSet;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.id.Audience;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.JWTID;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Client authentication at the provider: {@code private_key_jwt} (ES256 for EC keys, PS256 for RSA
 * keys; a fresh {@code jti}, audience the issuer, lifetime {@link #ASSERTION_LIFETIME}) or {@code
 * client_secret_post}. Thread-safe.
 */
public final class ClientAuth {

  /** Lifetime of a client assertion (FAPI 2.0 and Singpass require at most 2 minutes). */
  public static final Duration ASSERTION_LIFETIME = Duration.ofSeconds(60);

  private final String clientId;
  private final String issuer;
  private final @Nullable KeyPair key;
  private final @Nullable String keyId;
  private final @Nullable String secret;
  private final Clock clock;

  /**
   * Creates the authenticator.
   *
   * @param clientId the client id
   * @param issuer the provider's issuer (the assertion audience)
   * @param key the client's key pair, or null for secrets
   * @param keyId the key id, or null
   * @param secret the client secret, or null for keys
   * @param clock the clock
   */
  public ClientAuth(
      String clientId,
      String issuer,
      @Nullable KeyPair key,
      @Nullable String keyId,
      @Nullable String secret,
      Clock clock) {
    this.clientId = clientId;
    this.issuer = issuer;
    this.key = key;
    this.keyId = keyId;
    this.secret = secret;
    this.clock = clock;
  }

  /**
   * Returns the form parameters that authenticate the client for one request.
   *
   * @return the parameters, in order
   */
  public Map<String, String> parameters() {
    Map<String, String> p = new LinkedHashMap<>();
    KeyPair k = key;
    if (k != null) {
      Instant now = clock.instant();
      JWTAuthenticationClaimsSet claims =
          new JWTAuthenticationClaimsSet(
              new ClientID(clientId),
              List.of(new Audience(issuer)),
              Date.from(now.plus(ASSERTION_LIFETIME)),
              null,
              Date.from(now),
              new JWTID(Randoms.token()));
      JWSAlgorithm alg =
          k.getPrivate() instanceof ECPrivateKey ? JWSAlgorithm.ES256 : JWSAlgorithm.PS256;
      try {
        PrivateKeyJWT jwt = new PrivateKeyJWT(claims, alg, k.getPrivate(), keyId, null);
        p.put("client_id", clientId);
        p.put("client_assertion_type", PrivateKeyJWT.CLIENT_ASSERTION_TYPE);
        p.put("client_assertion", jwt.getClientAssertion().serialize());
      } catch (JOSEException e) {
        throw Failures.config("clientKey", "cannot sign a client assertion: " + e.getMessage());
      }
    } else {
      p.put("client_id", clientId);
      if (secret != null) {
        p.put("client_secret", secret);
      }
    }
    return p;
  }
}
