package vn.lienthong.signature.remote.csc;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.RemoteServiceException;
import vn.lienthong.signature.SignatureAlgorithm;
import vn.lienthong.signature.SignatureErrorCode;
import vn.lienthong.signature.external.RemoteSigningService;
import vn.lienthong.signature.internal.keys.ExternalValues;
import vn.lienthong.signature.internal.remote.AlgorithmOids;

/**
 * A {@link RemoteSigningService} for one credential of a CSC API v2 service: reads the credential
 * once, then for each batch asks its {@link CscAuthorizer} for a SAD (PIN/OTP callback, implicit
 * push, or an OAuth 2.0 credential token) and calls {@code signatures/signHash}. When the SAD
 * expires before or during the call, it authorises again once. ECDSA values come back in DER.
 *
 * <p>Instances are thread-safe when the authoriser is; the {@link CscClient} stays the caller's to
 * close.
 *
 * <pre>{@code
 * CscSigningService service = CscSigningService.builder(client, credentialId)
 *     .authorizer(CscAuthorizer.explicit(client, c -> CscSecrets.of(askPin(), null)))
 *     .build();
 * byte[] p7s = CadesSigner.create().sign(content, parameters, service.signingKey());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CscSigningService implements RemoteSigningService {

  private final CscClient client;
  private final CscCredential credential;
  private final CscAuthorizer authorizer;
  private final Clock clock;

  private CscSigningService(Builder b, CscCredential credential, CscAuthorizer authorizer) {
    this.client = b.client;
    this.credential = credential;
    this.authorizer = authorizer;
    this.clock = b.clock;
  }

  /**
   * Starts a builder.
   *
   * @param client the client of the service
   * @param credentialId the credential to sign with
   * @return the builder
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(CscClient client, String credentialId) {
    return new Builder(client, credentialId);
  }

  /**
   * Returns the credential as {@code credentials/info} described it.
   *
   * @return the credential
   */
  public CscCredential credential() {
    return credential;
  }

  /**
   * {@inheritDoc}
   *
   * @return the chain read when the service was built
   */
  @Override
  public List<X509Certificate> certificateChain() {
    return credential.certificateChain();
  }

  /**
   * {@inheritDoc}
   *
   * <p>Batches larger than the credential's {@code multisign} are split into several
   * authorisations.
   *
   * @param hashes {@inheritDoc}
   * @param algorithm {@inheritDoc}
   * @return {@inheritDoc}
   * @throws RemoteServiceException {@code LT-SIG-0518} if the key does not support the algorithm,
   *     {@code LT-SIG-0512} if the SAD expires twice, or another remote signing code
   */
  @Override
  public List<byte[]> signHashes(List<byte[]> hashes, SignatureAlgorithm algorithm) {
    List<byte[]> copy = List.copyOf(hashes);
    checkAlgorithm(algorithm);
    List<byte[]> out = new ArrayList<>(copy.size());
    int step = Math.min(credential.multisign(), CscClient.MAX_HASHES);
    for (int i = 0; i < copy.size(); i += step) {
      out.addAll(signBatch(copy.subList(i, Math.min(copy.size(), i + step)), algorithm));
    }
    X509Certificate cert = credential.certificateChain().get(0);
    out.replaceAll(v -> ExternalValues.jcaForm(algorithm, cert, v));
    return out;
  }

  private List<byte[]> signBatch(List<byte[]> batch, SignatureAlgorithm algorithm) {
    CscAuthorization sad = authorize(batch, algorithm);
    if (sad.expired(clock.instant())) {
      sad = authorize(batch, algorithm);
    }
    try {
      return client.signHash(credential.id(), sad, batch, algorithm);
    } catch (RemoteServiceException e) {
      if (e.errorCode() != SignatureErrorCode.REMOTE_AUTHORISATION_EXPIRED) {
        throw e;
      }
      return client.signHash(credential.id(), authorize(batch, algorithm), batch, algorithm);
    }
  }

  private CscAuthorization authorize(List<byte[]> batch, SignatureAlgorithm algorithm) {
    return Objects.requireNonNull(
        authorizer.authorize(credential, batch, algorithm.digest()), "authorization");
  }

  private void checkAlgorithm(SignatureAlgorithm algorithm) {
    List<String> algos = credential.keyAlgorithms();
    if (algos.isEmpty()
        || algos.contains(AlgorithmOids.signature(algorithm))
        || algos.contains(AlgorithmOids.keyLevel(algorithm))) {
      return;
    }
    throw new RemoteServiceException(
        SignatureErrorCode.REMOTE_ALGORITHM_UNSUPPORTED,
        ErrorDetails.field("credentialID")
            .rule("signature.remote.algorithm-supported")
            .rejectedValue(credential.id())
            .with("algorithm", algorithm.name())
            .with("supported", String.join(", ", algos)),
        0,
        null,
        null,
        null);
  }

  /**
   * Describes the service by credential id and signer.
   *
   * @return a text for logs
   */
  @Override
  public String toString() {
    return "CscSigningService["
        + credential.id()
        + ", "
        + credential.certificateChain().get(0).getSubjectX500Principal().getName()
        + "]";
  }

  /**
   * Builds a {@link CscSigningService}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final CscClient client;
    private final String credentialId;
    private @Nullable CscAuthorizer authorizer;
    private Clock clock = Clock.systemUTC();

    private Builder(CscClient client, String credentialId) {
      this.client = Objects.requireNonNull(client, "client");
      this.credentialId = Objects.requireNonNull(credentialId, "credentialId");
    }

    /**
     * Sets how batches are authorised (default: {@link CscAuthorizer#implicit(CscClient)}).
     *
     * @param authorizer the authoriser
     * @return this builder
     */
    public Builder authorizer(CscAuthorizer authorizer) {
      this.authorizer = Objects.requireNonNull(authorizer, "authorizer");
      return this;
    }

    /**
     * Sets the clock used to see whether a SAD has expired (tests).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Reads the credential with {@code credentials/info} and builds the service.
     *
     * @return the service
     * @throws RemoteServiceException {@code LT-SIG-0511} if the credential is unknown, or if the
     *     call fails
     */
    public CscSigningService build() {
      CscCredential c = client.credential(credentialId);
      return new CscSigningService(
          this, c, authorizer != null ? authorizer : CscAuthorizer.implicit(client));
    }
  }
}
