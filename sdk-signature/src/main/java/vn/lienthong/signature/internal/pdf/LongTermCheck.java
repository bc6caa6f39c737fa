package vn.lienthong.signature.internal.pdf;

import java.security.GeneralSecurityException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.lienthong.signature.internal.trust.RevocationChecks;
import vn.lienthong.signature.trust.RevocationData;

/**
 * Decides whether embedded validation data proves a certificate's chain (PAdES B-LT): every
 * certificate from the signer up to a trust anchor is embedded, and each one below the anchor has
 * an embedded OCSP response or CRL, signed by its issuer (or a delegated responder), naming it and
 * usable for the time to prove. Thread-safe (stateless).
 */
public final class LongTermCheck {

  /** The longest chain followed. */
  static final int MAX_DEPTH = 8;

  private LongTermCheck() {}

  /**
   * Tells whether the embedded data proves the chain of a certificate.
   *
   * @param cert the signer's (or timestamp authority's) certificate
   * @param pool the embedded certificates
   * @param anchors the trust anchors
   * @param data the embedded OCSP responses and CRLs
   * @param at the time to prove (the signature timestamp's)
   * @param now the validation time
   * @return whether every certificate of the chain has a usable embedded proof
   */
  public static boolean proven(
      X509Certificate cert,
      List<X509Certificate> pool,
      List<X509Certificate> anchors,
      RevocationData data,
      Instant at,
      Instant now) {
    X509Certificate current = cert;
    for (int depth = 0; depth < MAX_DEPTH; depth++) {
      if (anchors.contains(current)) {
        return true;
      }
      X509Certificate issuer = issuer(current, anchors);
      boolean anchorIssued = issuer != null;
      if (issuer == null) {
        issuer = issuer(current, pool);
      }
      if (issuer == null || !hasProof(current, issuer, data, at, now)) {
        return false;
      }
      if (anchorIssued) {
        return true;
      }
      current = issuer;
    }
    return false;
  }

  private static boolean hasProof(
      X509Certificate cert, X509Certificate issuer, RevocationData data, Instant at, Instant now) {
    for (byte[] r : data.ocspResponses()) {
      if (RevocationChecks.fromOcsp(r, cert, issuer, at, now) != null) {
        return true;
      }
    }
    for (X509CRL c : data.crls()) {
      if (RevocationChecks.fromCrl(c, cert, issuer, at, now) != null) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable X509Certificate issuer(
      X509Certificate cert, List<X509Certificate> candidates) {
    for (X509Certificate c : candidates) {
      if (c.getSubjectX500Principal().equals(cert.getIssuerX500Principal()) && !c.equals(cert)) {
        try {
          cert.verify(c.getPublicKey());
          return c;
        } catch (GeneralSecurityException | RuntimeException e) {
          // another certificate with the same name
        }
      }
    }
    return null;
  }
}
