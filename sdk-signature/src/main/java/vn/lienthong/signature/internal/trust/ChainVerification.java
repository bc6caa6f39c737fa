package vn.lienthong.signature.internal.trust;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.lienthong.signature.trust.CertificateStatus;
import vn.lienthong.signature.trust.CertificateVerification;
import vn.lienthong.signature.trust.RevocationData;

/**
 * Verifies a certificate: PKIX path building (now, at the signature time, then at mid-validity to
 * tell time problems from missing chains), optional AIA fetching of missing CA certificates, then
 * revocation of every certificate of the path from the top down. Thread-safe.
 */
public final class ChainVerification {

  /** The largest CA certificate fetched by AIA, in bytes. */
  public static final int MAX_AIA_BYTES = 64 * 1024;

  /** The most CA certificates fetched by AIA for one path. */
  public static final int MAX_AIA_DEPTH = 4;

  private final Set<TrustAnchor> anchors;
  private final Map<X509Certificate, String> anchorSets;
  private final @Nullable RevocationChecks revocation;
  private final boolean revocationRequired;
  private final boolean aia;
  private final HttpFetch http;

  /**
   * Creates a verification.
   *
   * @param anchorSets anchor certificate to the name of its set
   * @param revocation the revocation checker, or null to skip revocation
   * @param revocationRequired whether a missing status makes the result REVOCATION_UNKNOWN
   * @param aia whether to fetch missing CA certificates by AIA
   * @param http the fetcher
   */
  public ChainVerification(
      Map<X509Certificate, String> anchorSets,
      @Nullable RevocationChecks revocation,
      boolean revocationRequired,
      boolean aia,
      HttpFetch http) {
    this.anchorSets = Map.copyOf(anchorSets);
    Set<TrustAnchor> a = new java.util.HashSet<>();
    for (X509Certificate c : anchorSets.keySet()) {
      a.add(new TrustAnchor(c, null));
    }
    this.anchors = Set.copyOf(a);
    this.revocation = revocation;
    this.revocationRequired = revocationRequired;
    this.aia = aia;
    this.http = http;
  }

  /**
   * Tells whether revocation is checked.
   *
   * @return true with a revocation checker
   */
  public boolean checksRevocation() {
    return revocation != null;
  }

  /**
   * Verifies a certificate.
   *
   * @param cert the certificate
   * @param others other certificates (from the signature)
   * @param embedded revocation data from the signature
   * @param signatureTime the best signature time
   * @param timeProven whether the signature time is proven (a timestamp)
   * @param now the validation time
   * @return the result
   */
  public CertificateVerification verify(
      X509Certificate cert,
      Collection<X509Certificate> others,
      RevocationData embedded,
      Instant signatureTime,
      boolean timeProven,
      Instant now) {
    List<X509Certificate> pool = new ArrayList<>(others);
    PKIXCertPathBuilderResult path = build(cert, pool, now);
    if (path == null) {
      PKIXCertPathBuilderResult past = build(cert, pool, signatureTime);
      if (past == null) {
        Instant mid =
            Instant.ofEpochMilli(
                (cert.getNotBefore().getTime() + cert.getNotAfter().getTime()) / 2);
        PKIXCertPathBuilderResult any = build(cert, pool, mid);
        if (any == null && aia && fetchIssuers(cert, pool)) {
          path = build(cert, pool, now);
          any = path != null ? path : build(cert, pool, mid);
        }
        if (path == null) {
          if (any == null) {
            return result(CertificateStatus.NO_CHAIN, null, null, RevocationData.NONE);
          }
          return result(
              signatureTime.isBefore(cert.getNotBefore().toInstant())
                  ? CertificateStatus.NOT_YET_VALID
                  : CertificateStatus.OUT_OF_VALIDITY,
              any,
              null,
              RevocationData.NONE);
        }
      } else if (!timeProven) {
        return result(CertificateStatus.OUT_OF_VALIDITY, past, null, RevocationData.NONE);
      } else {
        path = past;
      }
    }
    if (revocation == null) {
      return result(CertificateStatus.TRUSTED, path, null, RevocationData.NONE, false);
    }
    return revocation(path, embedded, signatureTime, timeProven, now);
  }

  private CertificateVerification revocation(
      PKIXCertPathBuilderResult path,
      RevocationData embedded,
      Instant signatureTime,
      boolean timeProven,
      Instant now) {
    List<X509Certificate> certs = certificates(path);
    X509Certificate anchor = path.getTrustAnchor().getTrustedCert();
    List<X509CRL> crls = new ArrayList<>();
    List<byte[]> ocsps = new ArrayList<>();
    boolean complete = true;
    Instant revokedAfter = null;
    for (int i = certs.size() - 1; i >= 0; i--) {
      X509Certificate c = certs.get(i);
      X509Certificate issuer = i + 1 < certs.size() ? certs.get(i + 1) : anchor;
      RevocationChecks.Outcome o =
          revocation.check(
              c, issuer, embedded.crls(), embedded.ocspResponses(), signatureTime, now);
      if (o.crl() != null && !crls.contains(o.crl())) {
        crls.add(o.crl());
      }
      if (o.ocsp() != null) {
        ocsps.add(o.ocsp());
      }
      RevocationData proofs = new RevocationData(crls, ocsps);
      if (o.kind() == RevocationChecks.Kind.UNKNOWN) {
        if (revocationRequired) {
          return result(CertificateStatus.REVOCATION_UNKNOWN, path, null, proofs);
        }
        complete = false;
        continue;
      }
      if (o.kind() == RevocationChecks.Kind.REVOKED) {
        Instant at = o.revocationTime();
        if (i > 0) {
          return result(CertificateStatus.CA_REVOKED, path, at, proofs);
        }
        boolean before = at == null || !at.isAfter(signatureTime);
        if (!timeProven) {
          return result(CertificateStatus.REVOKED_NO_POE, path, at, proofs);
        }
        if (before) {
          return result(CertificateStatus.REVOKED, path, at, proofs);
        }
        revokedAfter = at;
      }
    }
    return result(
        CertificateStatus.TRUSTED, path, revokedAfter, new RevocationData(crls, ocsps), complete);
  }

  private CertificateVerification result(
      CertificateStatus status,
      @Nullable PKIXCertPathBuilderResult path,
      @Nullable Instant revoked,
      RevocationData proofs) {
    return result(status, path, revoked, proofs, revocation != null);
  }

  private CertificateVerification result(
      CertificateStatus status,
      @Nullable PKIXCertPathBuilderResult path,
      @Nullable Instant revoked,
      RevocationData proofs,
      boolean checked) {
    List<X509Certificate> chain = new ArrayList<>();
    String set = null;
    if (path != null) {
      chain.addAll(certificates(path));
      X509Certificate anchor = path.getTrustAnchor().getTrustedCert();
      chain.add(anchor);
      set = anchorSets.get(anchor);
    }
    return new CertificateVerification(status, chain, revoked, checked, set, proofs);
  }

  private static List<X509Certificate> certificates(PKIXCertPathBuilderResult path) {
    List<X509Certificate> list = new ArrayList<>();
    for (Certificate c : path.getCertPath().getCertificates()) {
      list.add((X509Certificate) c);
    }
    return list;
  }

  private @Nullable PKIXCertPathBuilderResult build(
      X509Certificate cert, List<X509Certificate> others, Instant at) {
    try {
      X509CertSelector target = new X509CertSelector();
      target.setCertificate(cert);
      PKIXBuilderParameters params = new PKIXBuilderParameters(anchors, target);
      params.setRevocationEnabled(false);
      params.setDate(Date.from(at));
      params.addCertStore(
          CertStore.getInstance("Collection", new CollectionCertStoreParameters(others)));
      return (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(params);
    } catch (GeneralSecurityException e) {
      return null;
    }
  }

  /** Fetches missing issuers by AIA caIssuers; returns whether any was added. */
  private boolean fetchIssuers(X509Certificate cert, List<X509Certificate> pool) {
    boolean added = false;
    X509Certificate current = cert;
    for (int depth = 0; depth < MAX_AIA_DEPTH; depth++) {
      if (isAnchorIssued(current)) {
        return added;
      }
      X509Certificate known = issuerIn(current, pool);
      if (known == null) {
        String url = RevocationChecks.caIssuersUrl(current);
        if (url == null) {
          return added;
        }
        try {
          byte[] der = http.fetch(URI.create(url), null, "", MAX_AIA_BYTES);
          X509Certificate found = null;
          for (Certificate c :
              CertificateFactory.getInstance("X.509")
                  .generateCertificates(new ByteArrayInputStream(der))) {
            if (c instanceof X509Certificate x
                && x.getSubjectX500Principal().equals(current.getIssuerX500Principal())) {
              found = x;
            }
          }
          if (found == null) {
            return added;
          }
          pool.add(found);
          added = true;
          known = found;
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
          return added;
        }
      }
      if (known.getSubjectX500Principal().equals(known.getIssuerX500Principal())) {
        return added;
      }
      current = known;
    }
    return added;
  }

  private boolean isAnchorIssued(X509Certificate c) {
    for (X509Certificate a : anchorSets.keySet()) {
      if (a.getSubjectX500Principal().equals(c.getIssuerX500Principal())) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable X509Certificate issuerIn(X509Certificate c, List<X509Certificate> pool) {
    for (X509Certificate p : pool) {
      if (p.getSubjectX500Principal().equals(c.getIssuerX500Principal()) && !p.equals(c)) {
        return p;
      }
    }
    return null;
  }
}
