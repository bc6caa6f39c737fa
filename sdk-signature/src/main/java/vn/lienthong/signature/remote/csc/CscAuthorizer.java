package vn.lienthong.signature.remote.csc;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import vn.lienthong.signature.DigestAlgorithm;

/**
 * Obtains an authorisation for a batch of hashes: by PIN/OTP through {@code credentials/authorize},
 * or by the OAuth 2.0 {@code credential} scope, whose browser redirect the application drives and
 * whose token it hands back.
 *
 * <p>Implementations must be thread-safe when the {@link CscSigningService} using them is shared.
 *
 * <pre>{@code
 * CscAuthorizer byPin = CscAuthorizer.explicit(client, credential -> CscSecrets.of(askPin(), null));
 * }</pre>
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface CscAuthorizer {

  /**
   * Authorises the credential for these hashes.
   *
   * @param credential the credential
   * @param hashes the hashes to sign
   * @param digest their hash algorithm
   * @return the authorisation
   * @throws vn.lienthong.core.RemoteServiceException if the service or the signer refuses
   */
  CscAuthorization authorize(CscCredential credential, List<byte[]> hashes, DigestAlgorithm digest);

  /**
   * An authoriser that asks the caller for the PIN and/or OTP each time and calls {@code
   * credentials/authorize}; the secrets are cleared after the call.
   *
   * @param client the client
   * @param secrets asks the signer for the PIN/OTP of a credential
   * @return the authoriser
   * @throws NullPointerException if an argument is null
   */
  static CscAuthorizer explicit(CscClient client, Function<CscCredential, CscSecrets> secrets) {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(secrets, "secrets");
    return (credential, hashes, digest) -> {
      CscSecrets s = Objects.requireNonNull(secrets.apply(credential), "secrets");
      try {
        return client.authorize(credential.id(), hashes, digest, s);
      } finally {
        s.clear();
      }
    };
  }

  /**
   * An authoriser for credentials whose {@code authMode} is {@code implicit}: the service
   * authorises by its own means (a push to the signer's phone...) when {@code
   * credentials/authorize} is called without PIN or OTP.
   *
   * @param client the client
   * @return the authoriser
   * @throws NullPointerException if the client is null
   */
  static CscAuthorizer implicit(CscClient client) {
    Objects.requireNonNull(client, "client");
    return (credential, hashes, digest) ->
        client.authorize(credential.id(), hashes, digest, CscSecrets.of(null, null));
  }
}
