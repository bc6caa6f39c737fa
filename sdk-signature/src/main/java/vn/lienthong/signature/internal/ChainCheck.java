package vn.lienthong.signature.internal;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

/**
 * Builds a path from a signing certificate to the trust anchors with the JDK's PKIX builder,
 * without revocation checking (not implemented yet). Immutable and thread-safe.
 */
public final class ChainCheck {

  /** The outcome of a path build. */
  public enum Result {
    /** A path to a trust anchor is valid now. */
    TRUSTED,
    /** A path is valid at the claimed signing time but not now (expired, not yet valid). */
    OUT_OF_VALIDITY,
    /** No path to any trust anchor. */
    NO_CHAIN
  }

  private final Set<TrustAnchor> anchors;

  /**
   * Creates a check.
   *
   * @param anchors the trust anchors, not empty
   */
  public ChainCheck(Set<TrustAnchor> anchors) {
    this.anchors = Set.copyOf(anchors);
  }

  /**
   * Builds a path now, then at the signing time.
   *
   * @param signer the signing certificate
   * @param intermediates other certificates found in the signature
   * @param now the validation time
   * @param signingTime the claimed signing time
   * @return the result
   */
  public Result check(
      X509Certificate signer,
      List<X509Certificate> intermediates,
      Instant now,
      Instant signingTime) {
    if (builds(signer, intermediates, now)) {
      return Result.TRUSTED;
    }
    return builds(signer, intermediates, signingTime) ? Result.OUT_OF_VALIDITY : Result.NO_CHAIN;
  }

  private boolean builds(X509Certificate signer, List<X509Certificate> others, Instant at) {
    try {
      X509CertSelector target = new X509CertSelector();
      target.setCertificate(signer);
      PKIXBuilderParameters params = new PKIXBuilderParameters(anchors, target);
      params.setRevocationEnabled(false);
      params.setDate(Date.from(at));
      params.addCertStore(
          CertStore.getInstance("Collection", new CollectionCertStoreParameters(others)));
      CertPathBuilder.getInstance("PKIX").build(params);
      return true;
    } catch (GeneralSecurityException e) {
      return false;
    }
  }
}
