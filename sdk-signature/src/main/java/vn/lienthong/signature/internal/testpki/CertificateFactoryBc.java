package vn.lienthong.signature.internal.testpki;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Issues test certificates and CRLs with Bouncy Castle. Thread-safe (stateless apart from the
 * serial counter).
 */
public final class CertificateFactoryBc {

  /** What a certificate is for. */
  public enum Kind {
    /** A CA (basicConstraints cA=true, keyCertSign and cRLSign). */
    CA,
    /** A signer (digitalSignature and nonRepudiation). */
    SIGNER,
    /** A key-encipherment-only certificate (not for signing). */
    ENCIPHER_ONLY,
    /** A delegated OCSP responder (id-kp-OCSPSigning and id-pkix-ocsp-nocheck). */
    OCSP,
    /** A timestamp unit (critical id-kp-timeStamping). */
    TSA
  }

  private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis() * 1000);

  private CertificateFactoryBc() {}

  /**
   * Issues a certificate.
   *
   * @param subject the subject name
   * @param subjectKey the subject's public key
   * @param issuer the issuer's certificate, or null for a self-signed root
   * @param issuerKey the issuer's private key
   * @param notBefore start of validity
   * @param notAfter end of validity
   * @param kind what the certificate is for
   * @param baseUrl the test PKI server's base URL for AIA and CRL distribution points, or null
   * @param crlPath the path of the issuer's CRL on that server
   * @param caPath the path of the issuer's certificate on that server
   * @return the certificate
   * @throws GeneralSecurityException if signing fails
   */
  public static X509Certificate issue(
      X500Name subject,
      PublicKey subjectKey,
      @Nullable X509Certificate issuer,
      PrivateKey issuerKey,
      Instant notBefore,
      Instant notAfter,
      Kind kind,
      @Nullable String baseUrl,
      String crlPath,
      String caPath)
      throws GeneralSecurityException {
    try {
      X500Name issuerName =
          issuer == null
              ? subject
              : X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded());
      X509v3CertificateBuilder b =
          new JcaX509v3CertificateBuilder(
              issuerName,
              BigInteger.valueOf(SERIAL.incrementAndGet()),
              Date.from(notBefore),
              Date.from(notAfter),
              subject,
              subjectKey);
      JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
      b.addExtension(
          Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(subjectKey));
      if (issuer != null) {
        b.addExtension(
            Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(issuer));
      }
      b.addExtension(Extension.basicConstraints, true, new BasicConstraints(kind == Kind.CA));
      b.addExtension(Extension.keyUsage, true, keyUsage(kind));
      if (kind == Kind.OCSP) {
        b.addExtension(
            Extension.extendedKeyUsage,
            false,
            new ExtendedKeyUsage(KeyPurposeId.id_kp_OCSPSigning));
        b.addExtension(
            org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers.id_pkix_ocsp_nocheck,
            false,
            org.bouncycastle.asn1.DERNull.INSTANCE);
      } else if (kind == Kind.TSA) {
        b.addExtension(
            Extension.extendedKeyUsage,
            true,
            new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
      }
      if (issuer != null && baseUrl != null) {
        b.addExtension(
            Extension.cRLDistributionPoints,
            false,
            new CRLDistPoint(
                new DistributionPoint[] {
                  new DistributionPoint(
                      new DistributionPointName(
                          new GeneralNames(
                              new GeneralName(
                                  GeneralName.uniformResourceIdentifier, baseUrl + crlPath))),
                      null,
                      null)
                }));
        AccessDescription caIssuers =
            new AccessDescription(
                AccessDescription.id_ad_caIssuers,
                new GeneralName(
                    GeneralName.uniformResourceIdentifier, new DERIA5String(baseUrl + caPath)));
        AuthorityInformationAccess aia =
            kind == Kind.SIGNER || kind == Kind.ENCIPHER_ONLY
                ? new AuthorityInformationAccess(
                    new AccessDescription[] {
                      new AccessDescription(
                          AccessDescription.id_ad_ocsp,
                          new GeneralName(
                              GeneralName.uniformResourceIdentifier, baseUrl + "/ocsp")),
                      caIssuers
                    })
                : new AuthorityInformationAccess(caIssuers);
        b.addExtension(Extension.authorityInfoAccess, false, aia);
      }
      return new JcaX509CertificateConverter()
          .getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
    } catch (CertIOException | OperatorCreationException e) {
      throw new GeneralSecurityException(e);
    }
  }

  private static KeyUsage keyUsage(Kind kind) {
    return switch (kind) {
      case CA -> new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign);
      case SIGNER -> new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation);
      case ENCIPHER_ONLY -> new KeyUsage(KeyUsage.keyEncipherment);
      case OCSP, TSA -> new KeyUsage(KeyUsage.digitalSignature);
    };
  }

  /**
   * Issues a CRL.
   *
   * @param issuer the CA certificate
   * @param issuerKeys the CA's keys
   * @param revoked serial number to revocation time
   * @param thisUpdate the CRL's issue time
   * @param nextUpdate the next CRL's time
   * @param number the CRL number
   * @return the CRL
   * @throws GeneralSecurityException if signing fails
   */
  public static X509CRL crl(
      X509Certificate issuer,
      KeyPair issuerKeys,
      Map<BigInteger, Instant> revoked,
      Instant thisUpdate,
      Instant nextUpdate,
      long number)
      throws GeneralSecurityException {
    try {
      X509v2CRLBuilder b =
          new JcaX509v2CRLBuilder(issuer.getSubjectX500Principal(), Date.from(thisUpdate));
      b.setNextUpdate(Date.from(nextUpdate));
      for (Map.Entry<BigInteger, Instant> e : List.copyOf(revoked.entrySet())) {
        b.addCRLEntry(
            e.getKey(),
            Date.from(e.getValue()),
            org.bouncycastle.asn1.x509.CRLReason.keyCompromise);
      }
      JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
      b.addExtension(
          Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(issuer));
      b.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(number)));
      return new JcaX509CRLConverter()
          .getCRL(
              b.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate())));
    } catch (CertIOException | OperatorCreationException e) {
      throw new GeneralSecurityException(e);
    }
  }
}
