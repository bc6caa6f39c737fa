package vn.lienthong.signature.internal.trust;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Finds the revocation status of one certificate: embedded OCSP responses and CRLs first, then
 * configured CRLs, then the cache, then online OCSP and CRL distribution points (capped and timed
 * out). Delta and indirect CRLs are not supported. Thread-safe.
 */
public final class RevocationChecks {

  /** The largest OCSP response fetched, in bytes. */
  public static final int MAX_OCSP_BYTES = 64 * 1024;

  /** The largest CRL fetched, in bytes. */
  public static final int MAX_CRL_BYTES = 8 * 1024 * 1024;

  /** The most cached entries; the cache is cleared when it grows beyond. */
  public static final int MAX_CACHE_ENTRIES = 10_000;

  /** What a source said. */
  public enum Kind {
    /** Not revoked. */
    GOOD,
    /** Revoked. */
    REVOKED,
    /** No usable information. */
    UNKNOWN
  }

  /**
   * A status and its proof.
   *
   * @param kind the status
   * @param revocationTime when revoked, or null
   * @param crl the CRL that proved it, or null
   * @param ocsp the OCSP response that proved it, or null
   * @param nextUpdate when the source says newer information will be available, or null
   */
  public record Outcome(
      Kind kind,
      @Nullable Instant revocationTime,
      @Nullable X509CRL crl,
      byte @Nullable [] ocsp,
      @Nullable Instant nextUpdate) {}

  private static final Outcome UNKNOWN = new Outcome(Kind.UNKNOWN, null, null, null, null);

  private record Cached<T>(T value, Instant expires) {}

  private final boolean ocsp;
  private final boolean crl;
  private final boolean online;
  private final List<X509CRL> configuredCrls;
  private final HttpFetch http;
  private final Duration maxCacheAge;
  private final Map<String, Cached<X509CRL>> crlCache = new ConcurrentHashMap<>();
  private final Map<String, Cached<byte[]>> ocspCache = new ConcurrentHashMap<>();
  private final Map<String, Cached<Outcome>> outcomeCache = new ConcurrentHashMap<>();

  /**
   * Creates a checker.
   *
   * @param ocsp whether OCSP is used
   * @param crl whether CRLs are used
   * @param online whether sources are fetched over the network
   * @param configuredCrls CRLs supplied by the user
   * @param http the fetcher
   * @param maxCacheAge the longest time a fetched answer is reused
   */
  public RevocationChecks(
      boolean ocsp,
      boolean crl,
      boolean online,
      List<X509CRL> configuredCrls,
      HttpFetch http,
      Duration maxCacheAge) {
    this.ocsp = ocsp;
    this.crl = crl;
    this.online = online;
    this.configuredCrls = List.copyOf(configuredCrls);
    this.http = http;
    this.maxCacheAge = maxCacheAge;
  }

  /**
   * Finds the status of a certificate.
   *
   * @param cert the certificate
   * @param issuer its issuer's certificate
   * @param embeddedCrls CRLs from the signature
   * @param embeddedOcsp OCSP responses from the signature
   * @param signatureTime the best signature time
   * @param now the validation time
   * @return the outcome
   */
  public Outcome check(
      X509Certificate cert,
      X509Certificate issuer,
      List<X509CRL> embeddedCrls,
      List<byte[]> embeddedOcsp,
      Instant signatureTime,
      Instant now) {
    if (ocsp) {
      for (byte[] r : embeddedOcsp) {
        Outcome o = fromOcsp(r, cert, issuer, signatureTime, now);
        if (o != null) {
          return o;
        }
      }
    }
    List<X509CRL> crls = new ArrayList<>(embeddedCrls);
    crls.addAll(configuredCrls);
    if (crl) {
      for (X509CRL c : crls) {
        Outcome o = fromCrl(c, cert, issuer, signatureTime, now);
        if (o != null) {
          return o;
        }
      }
    }
    if (!online) {
      return UNKNOWN;
    }
    // verified online answers are reused until their next update (at most maxCacheAge)
    String key =
        issuer.getSubjectX500Principal().getName()
            + "#"
            + issuer.hashCode()
            + "#"
            + cert.getSerialNumber();
    Cached<Outcome> known = outcomeCache.get(key);
    if (known != null && known.expires().isAfter(now)) {
      return known.value();
    }
    Outcome fetched = fetchOnline(cert, issuer, signatureTime, now);
    if (fetched.kind() != Kind.UNKNOWN) {
      Instant expires = now.plus(maxCacheAge);
      if (fetched.nextUpdate() != null && fetched.nextUpdate().isBefore(expires)) {
        expires = fetched.nextUpdate();
      }
      put(outcomeCache, key, new Cached<>(fetched, expires));
    }
    return fetched;
  }

  private Outcome fetchOnline(
      X509Certificate cert, X509Certificate issuer, Instant signatureTime, Instant now) {
    if (ocsp) {
      Outcome o = onlineOcsp(cert, issuer, signatureTime, now);
      if (o != null) {
        return o;
      }
    }
    if (crl) {
      for (String url : crlUrls(cert)) {
        X509CRL c = onlineCrl(url, now);
        Outcome o = c == null ? null : fromCrl(c, cert, issuer, signatureTime, now);
        if (o != null) {
          return o;
        }
      }
    }
    return UNKNOWN;
  }

  private @Nullable Outcome onlineOcsp(
      X509Certificate cert, X509Certificate issuer, Instant signatureTime, Instant now) {
    String url = ocspUrl(cert);
    if (url == null) {
      return null;
    }
    String key = issuer.getSubjectX500Principal().getName() + "#" + cert.getSerialNumber();
    Cached<byte[]> cached = ocspCache.get(key);
    if (cached != null && cached.expires().isAfter(now)) {
      Outcome o = fromOcsp(cached.value(), cert, issuer, signatureTime, now);
      if (o != null) {
        return o;
      }
    }
    try {
      byte[] request =
          new OCSPReqBuilder()
              .addRequest(
                  new CertificateID(
                      digests().get(CertificateID.HASH_SHA1),
                      new JcaX509CertificateHolder(issuer),
                      cert.getSerialNumber()))
              .build()
              .getEncoded();
      byte[] answer =
          http.fetch(URI.create(url), request, "application/ocsp-request", MAX_OCSP_BYTES);
      Outcome o = fromOcsp(answer, cert, issuer, signatureTime, now);
      if (o != null && o.kind() != Kind.UNKNOWN) {
        put(ocspCache, key, new Cached<>(answer, now.plus(maxCacheAge)));
      }
      return o;
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      return null;
    } catch (org.bouncycastle.operator.OperatorCreationException
        | org.bouncycastle.cert.ocsp.OCSPException e) {
      return null;
    }
  }

  private @Nullable X509CRL onlineCrl(String url, Instant now) {
    Cached<X509CRL> cached = crlCache.get(url);
    if (cached != null && cached.expires().isAfter(now)) {
      return cached.value();
    }
    try {
      byte[] der = http.fetch(URI.create(url), null, "", MAX_CRL_BYTES);
      X509CRL c =
          (X509CRL)
              CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
      Instant expires = now.plus(maxCacheAge);
      if (c.getNextUpdate() != null && c.getNextUpdate().toInstant().isBefore(expires)) {
        expires = c.getNextUpdate().toInstant();
      }
      put(crlCache, url, new Cached<>(c, expires));
      return c;
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      return null;
    }
  }

  private static <T> void put(Map<String, T> cache, String key, T value) {
    if (cache.size() >= MAX_CACHE_ENTRIES) {
      cache.clear();
    }
    cache.put(key, value);
  }

  /**
   * Reads a CRL's verdict on a certificate, if the CRL is the issuer's, verifies and is usable.
   *
   * @param c the CRL
   * @param cert the certificate
   * @param issuer its issuer
   * @param signatureTime the best signature time
   * @param now the validation time
   * @return the outcome, or null when the CRL cannot be used
   */
  public static @Nullable Outcome fromCrl(
      X509CRL c, X509Certificate cert, X509Certificate issuer, Instant signatureTime, Instant now) {
    if (!c.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
      return null;
    }
    try {
      c.verify(issuer.getPublicKey());
    } catch (GeneralSecurityException | RuntimeException e) {
      return null;
    }
    if (!usable(c.getThisUpdate(), c.getNextUpdate(), signatureTime, now)) {
      return null;
    }
    X509CRLEntry entry = c.getRevokedCertificate(cert.getSerialNumber());
    return entry == null
        ? new Outcome(Kind.GOOD, null, c, null, instant(c.getNextUpdate()))
        : new Outcome(
            Kind.REVOKED,
            entry.getRevocationDate().toInstant(),
            c,
            null,
            instant(c.getNextUpdate()));
  }

  /**
   * Reads an OCSP response's verdict on a certificate, if signed by the issuer or its delegated
   * responder and usable.
   *
   * @param der the DER OCSPResponse
   * @param cert the certificate
   * @param issuer its issuer
   * @param signatureTime the best signature time
   * @param now the validation time
   * @return the outcome, or null when the response cannot be used
   */
  public static @Nullable Outcome fromOcsp(
      byte[] der,
      X509Certificate cert,
      X509Certificate issuer,
      Instant signatureTime,
      Instant now) {
    try {
      OCSPResp resp = new OCSPResp(der);
      if (resp.getStatus() != OCSPResp.SUCCESSFUL
          || !(resp.getResponseObject() instanceof BasicOCSPResp basic)) {
        return null;
      }
      if (!signedByIssuerOrDelegate(basic, issuer)) {
        return null;
      }
      X509CertificateHolder issuerHolder = new JcaX509CertificateHolder(issuer);
      for (SingleResp s : basic.getResponses()) {
        CertificateID id = s.getCertID();
        if (!id.getSerialNumber().equals(cert.getSerialNumber())
            || !id.matchesIssuer(issuerHolder, digests())) {
          continue;
        }
        if (!usable(s.getThisUpdate(), s.getNextUpdate(), signatureTime, now)) {
          return null;
        }
        Object status = s.getCertStatus();
        if (status == null) {
          return new Outcome(Kind.GOOD, null, null, der.clone(), instant(s.getNextUpdate()));
        }
        if (status instanceof RevokedStatus r) {
          return new Outcome(
              Kind.REVOKED,
              r.getRevocationTime().toInstant(),
              null,
              der.clone(),
              instant(s.getNextUpdate()));
        }
        return null;
      }
      return null;
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      return null;
    } catch (org.bouncycastle.operator.OperatorCreationException
        | org.bouncycastle.cert.ocsp.OCSPException e) {
      return null;
    }
  }

  private static boolean signedByIssuerOrDelegate(BasicOCSPResp basic, X509Certificate issuer)
      throws org.bouncycastle.operator.OperatorCreationException,
          org.bouncycastle.cert.ocsp.OCSPException,
          GeneralSecurityException {
    if (basic.isSignatureValid(
        new JcaContentVerifierProviderBuilder().build(issuer.getPublicKey()))) {
      return true;
    }
    Date produced = basic.getProducedAt();
    for (X509CertificateHolder h : basic.getCerts()) {
      X509Certificate rc = new JcaX509CertificateConverter().getCertificate(h);
      try {
        rc.verify(issuer.getPublicKey());
        rc.checkValidity(produced);
      } catch (GeneralSecurityException e) {
        continue;
      }
      List<String> eku = rc.getExtendedKeyUsage();
      if (eku != null
          && eku.contains(KeyPurposeId.id_kp_OCSPSigning.getId())
          && basic.isSignatureValid(
              new JcaContentVerifierProviderBuilder().build(rc.getPublicKey()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A status is usable when it is current (next update not passed) or was issued after the
   * signature time (a proof for a past signature).
   */
  private static boolean usable(
      Date thisUpdate, @Nullable Date nextUpdate, Instant signatureTime, Instant now) {
    if (thisUpdate.toInstant().isAfter(now.plus(Duration.ofMinutes(5)))) {
      return false;
    }
    boolean current = nextUpdate == null || !nextUpdate.toInstant().isBefore(now);
    return current || !thisUpdate.toInstant().isBefore(signatureTime);
  }

  private static @Nullable Instant instant(@Nullable Date d) {
    return d == null ? null : d.toInstant();
  }

  private static DigestCalculatorProvider digests()
      throws org.bouncycastle.operator.OperatorCreationException {
    return new JcaDigestCalculatorProviderBuilder().build();
  }

  /**
   * Returns the OCSP responder URL of a certificate's AIA extension.
   *
   * @param cert the certificate
   * @return the first http URL, or null
   */
  public static @Nullable String ocspUrl(X509Certificate cert) {
    return aiaUrl(cert, AccessDescription.id_ad_ocsp);
  }

  /**
   * Returns the CA issuers URL of a certificate's AIA extension.
   *
   * @param cert the certificate
   * @return the first http URL, or null
   */
  public static @Nullable String caIssuersUrl(X509Certificate cert) {
    return aiaUrl(cert, AccessDescription.id_ad_caIssuers);
  }

  private static @Nullable String aiaUrl(
      X509Certificate cert, org.bouncycastle.asn1.ASN1ObjectIdentifier method) {
    byte[] ext = cert.getExtensionValue(Extension.authorityInfoAccess.getId());
    if (ext == null) {
      return null;
    }
    try {
      AuthorityInformationAccess aia =
          AuthorityInformationAccess.getInstance(
              ASN1Primitive.fromByteArray(ASN1OctetString.getInstance(ext).getOctets()));
      for (AccessDescription d : aia.getAccessDescriptions()) {
        if (d.getAccessMethod().equals(method)) {
          String url = uri(d.getAccessLocation());
          if (url != null) {
            return url;
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
    return null;
  }

  /**
   * Returns the http URLs of a certificate's CRL distribution points.
   *
   * @param cert the certificate
   * @return the URLs, possibly empty
   */
  public static List<String> crlUrls(X509Certificate cert) {
    byte[] ext = cert.getExtensionValue(Extension.cRLDistributionPoints.getId());
    List<String> urls = new ArrayList<>();
    if (ext == null) {
      return urls;
    }
    try {
      CRLDistPoint dp =
          CRLDistPoint.getInstance(
              ASN1Primitive.fromByteArray(ASN1OctetString.getInstance(ext).getOctets()));
      for (DistributionPoint p : dp.getDistributionPoints()) {
        DistributionPointName n = p.getDistributionPoint();
        if (n != null && n.getType() == DistributionPointName.FULL_NAME) {
          for (GeneralName g : GeneralNames.getInstance(n.getName()).getNames()) {
            String url = uri(g);
            if (url != null) {
              urls.add(url);
            }
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
    return urls;
  }

  private static @Nullable String uri(GeneralName g) {
    if (g.getTagNo() != GeneralName.uniformResourceIdentifier) {
      return null;
    }
    String url = g.getName().toString();
    return url.startsWith("http://") || url.startsWith("https://") ? url : null;
  }
}
