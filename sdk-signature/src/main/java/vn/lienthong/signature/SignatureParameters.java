package vn.lienthong.signature;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;

/**
 * What a signature is made with: the signer's certificate chain, the digest and signature
 * algorithms and the claimed signing time. The same parameters must be given to both signing steps
 * ({@code dataToSign} and {@code sign}).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * SignatureParameters parameters =
 *     SignatureParameters.builder(key.certificateChain())
 *         .digestAlgorithm(DigestAlgorithm.SHA256)
 *         .rsaPadding(RsaPadding.PKCS1_V1_5) // only for verifiers without PSS
 *         .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SignatureParameters {

  private final List<X509Certificate> certificateChain;
  private final DigestAlgorithm digestAlgorithm;
  private final SignatureAlgorithm signatureAlgorithm;
  private final Instant signingTime;

  private SignatureParameters(Builder b, SignatureAlgorithm algorithm, Instant signingTime) {
    this.certificateChain = b.certificateChain;
    this.digestAlgorithm = b.digestAlgorithm;
    this.signatureAlgorithm = algorithm;
    this.signingTime = signingTime;
  }

  /**
   * Starts parameters for a signer.
   *
   * @param certificateChain the signer's certificate first, then its issuers; not empty
   * @return a builder
   * @throws IllegalArgumentException if the chain is empty
   * @throws NullPointerException if the chain or an element is null
   */
  public static Builder builder(List<X509Certificate> certificateChain) {
    return new Builder(certificateChain);
  }

  /**
   * Returns the certificate chain, signer first.
   *
   * @return the unmodifiable chain
   */
  public List<X509Certificate> certificateChain() {
    return certificateChain;
  }

  /**
   * Returns the signer's certificate.
   *
   * @return the first certificate of the chain
   */
  public X509Certificate signingCertificate() {
    return certificateChain.get(0);
  }

  /**
   * Returns the digest algorithm for references and certificate digests.
   *
   * @return the digest algorithm
   */
  public DigestAlgorithm digestAlgorithm() {
    return digestAlgorithm;
  }

  /**
   * Returns the signature algorithm.
   *
   * @return the algorithm
   */
  public SignatureAlgorithm signatureAlgorithm() {
    return signatureAlgorithm;
  }

  /**
   * Returns the claimed signing time, to the second.
   *
   * @return the instant
   */
  public Instant signingTime() {
    return signingTime;
  }

  /**
   * Builds {@link SignatureParameters}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final List<X509Certificate> certificateChain;
    private DigestAlgorithm digestAlgorithm = DigestAlgorithm.SHA256;
    private RsaPadding rsaPadding = RsaPadding.PSS;
    private @Nullable SignatureAlgorithm signatureAlgorithm;
    private @Nullable Instant signingTime;

    private Builder(List<X509Certificate> certificateChain) {
      this.certificateChain = List.copyOf(certificateChain);
      if (this.certificateChain.isEmpty()) {
        throw new IllegalArgumentException("certificateChain must not be empty");
      }
    }

    /**
     * Sets the digest algorithm; SHA-256 by default.
     *
     * @param digestAlgorithm the digest
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder digestAlgorithm(DigestAlgorithm digestAlgorithm) {
      this.digestAlgorithm = Objects.requireNonNull(digestAlgorithm, "digestAlgorithm");
      return this;
    }

    /**
     * Sets the RSA padding used when no signature algorithm is set; PSS by default.
     *
     * @param rsaPadding the padding
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder rsaPadding(RsaPadding rsaPadding) {
      this.rsaPadding = Objects.requireNonNull(rsaPadding, "rsaPadding");
      return this;
    }

    /**
     * Sets the signature algorithm explicitly; by default it follows from the key, the digest and
     * the RSA padding.
     *
     * @param signatureAlgorithm the algorithm
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder signatureAlgorithm(SignatureAlgorithm signatureAlgorithm) {
      this.signatureAlgorithm = Objects.requireNonNull(signatureAlgorithm, "signatureAlgorithm");
      return this;
    }

    /**
     * Sets the claimed signing time (truncated to the second); the build time by default.
     *
     * @param signingTime the instant
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder signingTime(Instant signingTime) {
      this.signingTime = Objects.requireNonNull(signingTime, "signingTime");
      return this;
    }

    /**
     * Builds the parameters after checking the key and algorithm against the policy.
     *
     * @return the parameters
     * @throws InvalidInputException if the key is not allowed ({@code LT-SIG-0003}) or the
     *     algorithm does not fit it ({@code LT-SIG-0004}) or uses another digest ({@code
     *     LT-SIG-0004})
     */
    public SignatureParameters build() {
      var key = certificateChain.get(0).getPublicKey();
      SignatureAlgorithm algorithm = signatureAlgorithm;
      if (algorithm == null) {
        algorithm = SignatureAlgorithm.forKey(key, digestAlgorithm, rsaPadding);
      } else {
        algorithm.checkFits(key);
        if (algorithm.digest() != digestAlgorithm) {
          throw new InvalidInputException(
              SignatureErrorCode.ALGORITHM_KEY_MISMATCH,
              ErrorDetails.field("signatureAlgorithm")
                  .rule("signature.algorithm.same-digest")
                  .rejectedValue(algorithm.name())
                  .with("keyType", digestAlgorithm));
        }
      }
      Instant time = signingTime == null ? Instant.now() : signingTime;
      return new SignatureParameters(this, algorithm, time.truncatedTo(ChronoUnit.SECONDS));
    }
  }
}
