package vn.lienthong.signature.internal;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.jspecify.annotations.Nullable;
import vn.lienthong.signature.DigestAlgorithm;
import vn.lienthong.signature.trust.CertificateStatus;
import vn.lienthong.signature.trust.CertificateVerifier;
import vn.lienthong.signature.trust.RevocationData;

/**
 * Verifies an RFC 3161 timestamp token: structure, allowed imprint algorithm, imprint match, the
 * token's signature by the TSA certificate it names (with critical id-kp-timeStamping, valid at the
 * time), and the TSA certificate's chain. Thread-safe (stateless).
 */
public final class TimestampCheck {

  /** The largest token accepted, in bytes. */
  public static final int MAX_TOKEN_BYTES = 256 * 1024;

  /**
   * The outcome.
   *
   * @param valid whether the token verifies
   * @param reason why not, or "ok"
   * @param time the token's genTime, or null
   * @param certificates the certificates found in the token
   */
  public record Result(
      boolean valid, String reason, @Nullable Instant time, List<X509Certificate> certificates) {

    static Result invalid(String reason) {
      return new Result(false, reason, null, List.of());
    }
  }

  private TimestampCheck() {}

  /**
   * Verifies a token over data, with the token's own imprint algorithm (SHA-2 only).
   *
   * @param token the DER token
   * @param data the timestamped data (a signature value)
   * @param chain the trust anchors and optional verifier for the TSA certificate
   * @param embedded revocation data found in the signature, for the TSA certificate
   * @return the result
   */
  public static Result verifyOver(
      byte[] token, byte[] data, ChainCheck chain, RevocationData embedded) {
    TimeStampToken t = parse(token);
    if (t == null) {
      return Result.invalid("malformed token");
    }
    DigestAlgorithm alg = algorithm(t.getTimeStampInfo().getMessageImprintAlgOID().getId());
    if (alg == null) {
      return Result.invalid("imprint algorithm not allowed");
    }
    byte[] digest;
    try {
      digest = MessageDigest.getInstance(alg.jcaName()).digest(data);
    } catch (GeneralSecurityException e) {
      return Result.invalid("digest unavailable");
    }
    return check(t, digest, alg, chain.anchorCertificates(), chain.verifier(), embedded);
  }

  /**
   * Verifies a token over a digest.
   *
   * @param token the DER token
   * @param digest the expected imprint
   * @param algorithm the expected imprint algorithm
   * @param anchors trust anchors for the TSA certificate (none: the chain is not checked)
   * @param verifier the verifier for the TSA certificate, or null
   * @return the result
   */
  public static Result verify(
      byte[] token,
      byte[] digest,
      DigestAlgorithm algorithm,
      List<X509Certificate> anchors,
      @Nullable CertificateVerifier verifier) {
    TimeStampToken t = parse(token);
    if (t == null) {
      return Result.invalid("malformed token");
    }
    return check(t, digest, algorithm, anchors, verifier, RevocationData.NONE);
  }

  private static Result check(
      TimeStampToken t,
      byte[] digest,
      DigestAlgorithm algorithm,
      List<X509Certificate> anchors,
      @Nullable CertificateVerifier verifier,
      RevocationData embedded) {
    if (!algorithm.oid().equals(t.getTimeStampInfo().getMessageImprintAlgOID().getId())
        || !MessageDigest.isEqual(digest, t.getTimeStampInfo().getMessageImprintDigest())) {
      return Result.invalid("message imprint does not match");
    }
    List<X509Certificate> certs = new ArrayList<>();
    X509Certificate tsa = null;
    try {
      for (X509CertificateHolder h : t.getCertificates().getMatches(null)) {
        X509Certificate c = new JcaX509CertificateConverter().getCertificate(h);
        certs.add(c);
        if (t.getSID().match(h)) {
          tsa = c;
        }
      }
    } catch (GeneralSecurityException | RuntimeException e) {
      return Result.invalid("certificates unreadable");
    }
    if (tsa == null) {
      return Result.invalid("TSA certificate not in the token");
    }
    try {
      // checks the signature, ESSCertID(v2), critical id-kp-timeStamping and validity at genTime
      t.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa));
    } catch (TSPException | OperatorCreationException | RuntimeException e) {
      return Result.invalid("token signature or TSA certificate invalid: " + e.getMessage());
    }
    Instant time = t.getTimeStampInfo().getGenTime().toInstant();
    if (verifier != null) {
      CertificateStatus s =
          verifier.verify(tsa, certs, embedded, time, false, Instant.now()).status();
      if (s != CertificateStatus.TRUSTED) {
        return Result.invalid("TSA certificate: " + s);
      }
    } else if (!anchors.isEmpty()) {
      Set<TrustAnchor> set = new HashSet<>();
      for (X509Certificate a : anchors) {
        set.add(new TrustAnchor(a, null));
      }
      ChainCheck.Result r = new ChainCheck(set).check(tsa, certs, time, time);
      if (r != ChainCheck.Result.TRUSTED) {
        return Result.invalid("TSA certificate: " + r);
      }
    }
    return new Result(true, "ok", time, certs);
  }

  private static @Nullable TimeStampToken parse(byte[] token) {
    if (token.length > MAX_TOKEN_BYTES) {
      return null;
    }
    try {
      return new TimeStampToken(new CMSSignedData(token));
    } catch (CMSException | TSPException | IOException | RuntimeException e) {
      return null;
    }
  }

  private static @Nullable DigestAlgorithm algorithm(String oid) {
    for (DigestAlgorithm d : DigestAlgorithm.values()) {
      if (d.oid().equals(oid)) {
        return d;
      }
    }
    return null;
  }
}
