package vn.lienthong.signature.trust;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The result of {@link CertificateVerifier#verify}: the status, the chain built, the revocation
 * time when revoked, and the revocation information that proved the status (to embed for B-LT).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CertificateVerification {

  private final CertificateStatus status;
  private final List<X509Certificate> chain;
  private final @Nullable Instant revocationTime;
  private final boolean revocationChecked;
  private final @Nullable String anchorSet;
  private final RevocationData proofs;

  /**
   * Creates a result; for verifiers.
   *
   * @param status the status
   * @param chain the chain from the certificate to the anchor (empty without a chain)
   * @param revocationTime when the certificate (or a CA) was revoked, or null
   * @param revocationChecked whether revocation was checked
   * @param anchorSet the name of the anchor set the chain ends in, or null
   * @param proofs the OCSP responses and CRLs that proved the revocation status
   */
  public CertificateVerification(
      CertificateStatus status,
      List<X509Certificate> chain,
      @Nullable Instant revocationTime,
      boolean revocationChecked,
      @Nullable String anchorSet,
      RevocationData proofs) {
    this.status = Objects.requireNonNull(status, "status");
    this.chain = List.copyOf(chain);
    this.revocationTime = revocationTime;
    this.revocationChecked = revocationChecked;
    this.anchorSet = anchorSet;
    this.proofs = Objects.requireNonNull(proofs, "proofs");
  }

  /**
   * Returns the status.
   *
   * @return the status
   */
  public CertificateStatus status() {
    return status;
  }

  /**
   * Returns the chain: the certificate first, the trust anchor last.
   *
   * @return the unmodifiable chain, empty when none was built
   */
  public List<X509Certificate> chain() {
    return chain;
  }

  /**
   * Returns when the certificate or a CA above it was revoked.
   *
   * @return the revocation time, empty when not revoked or not checked
   */
  public Optional<Instant> revocationTime() {
    return Optional.ofNullable(revocationTime);
  }

  /**
   * Tells whether revocation was checked.
   *
   * @return false when the verifier was configured without revocation
   */
  public boolean revocationChecked() {
    return revocationChecked;
  }

  /**
   * Returns the name of the trust anchor set the chain ends in.
   *
   * @return the name, such as {@code "VGCA"}, empty without a chain
   */
  public Optional<String> anchorSet() {
    return Optional.ofNullable(anchorSet);
  }

  /**
   * Returns the revocation information that proved the status.
   *
   * @return the OCSP responses and CRLs used
   */
  public RevocationData proofs() {
    return proofs;
  }

  @Override
  public String toString() {
    return "CertificateVerification[" + status + ", chain=" + chain.size() + "]";
  }
}
