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
import org.jspecify.annotations.Nullable;
import vn.lienthong.signature.trust.CertificateVerifier;
import vn.lienthong.signature.trust.TrustAnchors;

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
  private final @Nullable CertificateVerifier verifier;

  /**
   * Creates a check.
   *
   * @param anchors the trust anchors, not empty
   */
  public ChainCheck(Set<TrustAnchor> anchors) {
    this(anchors, null);
  }

  private ChainCheck(Set<TrustAnchor> anchors, @Nullable CertificateVerifier verifier) {
    this.anchors = Set.copyOf(anchors);
    this.verifier = verifier;
  }

  /**
   * Creates a check from trust anchors and an optional verifier, whose anchors are added.
   *
   * @param anchors the trust anchors given directly
   * @param verifier the certificate verifier (revocation), or null
   * @return the check
   */
  public static ChainCheck of(Set<TrustAnchor> anchors, @Nullable CertificateVerifier verifier) {
    if (verifier == null) {
      return new ChainCheck(anchors);
    }
    Set<TrustAnchor> all = new java.util.HashSet<>(anchors);
    for (X509Certificate c : verifier.anchorCertificates()) {
      all.add(new TrustAnchor(c, null));
    }
    if (!anchors.isEmpty()) {
      java.util.List<X509Certificate> extra = new java.util.ArrayList<>();
      for (TrustAnchor a : anchors) {
        extra.add(a.getTrustedCert());
      }
      return new ChainCheck(all, verifier, extra);
    }
    return new ChainCheck(all, verifier);
  }

  private ChainCheck(
      Set<TrustAnchor> anchors, CertificateVerifier verifier, List<X509Certificate> extra) {
    this(anchors, withExtra(verifier, extra));
  }

  private static CertificateVerifier withExtra(
      CertificateVerifier verifier, List<X509Certificate> extra) {
    // anchors given to a validator directly join the verifier's sets under the name "configured"
    return verifier.withAnchors(TrustAnchors.of("configured", extra));
  }

  /**
   * Returns the anchor certificates.
   *
   * @return the certificates
   */
  public List<X509Certificate> anchorCertificates() {
    java.util.List<X509Certificate> list = new java.util.ArrayList<>();
    for (TrustAnchor a : anchors) {
      list.add(a.getTrustedCert());
    }
    return list;
  }

  /**
   * Returns the certificate verifier.
   *
   * @return the verifier, or null when the validator checks chains only
   */
  public @Nullable CertificateVerifier verifier() {
    return verifier;
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
