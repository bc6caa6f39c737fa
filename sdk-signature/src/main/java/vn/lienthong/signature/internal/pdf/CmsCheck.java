package vn.lienthong.signature.internal.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.DefaultCMSSignatureAlgorithmNameGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationVerifier;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.util.Selector;
import org.jspecify.annotations.Nullable;
import vn.lienthong.signature.DigestAlgorithm;
import vn.lienthong.signature.SubIndication;
import vn.lienthong.signature.ValidationFinding;
import vn.lienthong.signature.ValidationReport;

/**
 * Checks the CMS of a PDF signature: one signer, detached, allowed algorithms, the message digest
 * over the byte range, the signing certificate (signing-certificate-v2 for PAdES) and the signature
 * value. Not thread-safe; one instance per signature.
 */
public final class CmsCheck {

  /** Computes the digest of the byte range (or of detached content, for CAdES). */
  public interface RangeDigest {
    /**
     * Digests the signed bytes.
     *
     * @param jcaDigest the JCA digest name
     * @param range the PDF byte range (empty for CAdES)
     * @return the digest
     * @throws IOException if the bytes cannot be read
     */
    byte[] digest(String jcaDigest, long[] range) throws IOException;
  }

  /** Bouncy Castle, for RSASSA-PSS parameters; never registered. */
  private static final Provider BC = new BouncyCastleProvider();

  /** Signature algorithms the policy allows (RSA, RSASSA-PSS, ECDSA with SHA-2). */
  private static final Set<String> ALLOWED_SIGNATURE_OIDS =
      Set.of(
          "1.2.840.113549.1.1.1",
          "1.2.840.113549.1.1.10",
          "1.2.840.113549.1.1.11",
          "1.2.840.113549.1.1.12",
          "1.2.840.113549.1.1.13",
          "1.2.840.10045.2.1",
          "1.2.840.10045.4.3.2",
          "1.2.840.10045.4.3.3",
          "1.2.840.10045.4.3.4");

  private final byte[] contents;
  private final boolean pades;
  private final ValidationReport.Builder report;
  private final List<X509Certificate> certificates = new ArrayList<>();

  private @Nullable CMSSignedData signedData;
  private @Nullable SignerInformation signerInformation;

  /**
   * Creates a check.
   *
   * @param contents the DER CMS
   * @param pades whether signing-certificate-v2 is required (PAdES)
   * @param report the report being built
   */
  public CmsCheck(byte[] contents, boolean pades, ValidationReport.Builder report) {
    this.contents = contents;
    this.pades = pades;
    this.report = report;
  }

  /**
   * Returns the certificates found in the CMS.
   *
   * @return the certificates
   */
  public List<X509Certificate> certificates() {
    return certificates;
  }

  /**
   * Returns the parsed SignedData, after {@link #run} found one signer.
   *
   * @return the SignedData
   * @throws IllegalStateException before a successful parse
   */
  public CMSSignedData signedData() {
    if (signedData == null) {
      throw new IllegalStateException("not parsed");
    }
    return signedData;
  }

  /**
   * Returns the signer, after {@link #run} found one.
   *
   * @return the signer information
   * @throws IllegalStateException before a successful parse
   */
  public SignerInformation signerInformation() {
    if (signerInformation == null) {
      throw new IllegalStateException("not parsed");
    }
    return signerInformation;
  }

  /**
   * Runs the checks.
   *
   * @param rangeDigest computes the digest of the signed bytes
   * @param range the PDF byte range (empty for CAdES)
   * @return the verified signer, or null after recording a failure
   * @throws IOException if the signed bytes cannot be read
   */
  public @Nullable X509Certificate run(RangeDigest rangeDigest, long[] range) throws IOException {
    CMSSignedData cms;
    SignerInformation signer;
    try (ASN1InputStream in =
        new ASN1InputStream(new ByteArrayInputStream(contents), contents.length)) {
      ASN1Primitive p = in.readObject();
      cms = new CMSSignedData(ContentInfo.getInstance(p));
      if (cms.getSignedContent() != null || cms.getSignerInfos().size() != 1) {
        return structure();
      }
      signer = cms.getSignerInfos().getSigners().iterator().next();
      signedData = cms;
      signerInformation = signer;
      for (X509CertificateHolder h : cms.getCertificates().getMatches(null)) {
        certificates.add(new JcaX509CertificateConverter().getCertificate(h));
      }
    } catch (IOException | CMSException | CertificateException | RuntimeException e) {
      return structure();
    }
    DigestAlgorithm digest = digestAlgorithm(signer.getDigestAlgOID());
    if (digest == null || !ALLOWED_SIGNATURE_OIDS.contains(signer.getEncryptionAlgOID())) {
      report.fail(
          SubIndication.CRYPTO_CONSTRAINTS_FAILURE_NO_POE, ValidationFinding.ALGORITHM_NOT_ALLOWED);
      return null;
    }
    AttributeTable signed = signer.getSignedAttributes();
    Attribute md = signed == null ? null : signed.get(CMSAttributes.messageDigest);
    if (md == null || signed.getAll(CMSAttributes.messageDigest).size() != 1) {
      return structure();
    }
    X509Certificate cert = signingCertificate(signer, signed);
    if (cert == null) {
      report.fail(
          SubIndication.NO_SIGNING_CERTIFICATE_FOUND,
          ValidationFinding.SIGNING_CERTIFICATE_MISMATCH);
      return null;
    }
    report.signingCertificate(cert);
    byte[] actual = rangeDigest.digest(digest.jcaName(), range);
    byte[] claimed;
    try {
      claimed = ASN1OctetString.getInstance(md.getAttrValues().getObjectAt(0)).getOctets();
    } catch (RuntimeException e) {
      return structure();
    }
    if (!MessageDigest.isEqual(actual, claimed)) {
      report.fail(SubIndication.HASH_FAILURE, ValidationFinding.DIGEST_MISMATCH);
      return null;
    }
    if (!verifies(signer, cert, digest, actual)) {
      report.fail(SubIndication.SIG_CRYPTO_FAILURE, ValidationFinding.SIGNATURE_VALUE_INVALID);
      return null;
    }
    report.finding(ValidationFinding.SIGNATURE_VALUE_VALID);
    return cert;
  }

  private boolean verifies(
      SignerInformation signer, X509Certificate cert, DigestAlgorithm digest, byte[] actual) {
    try {
      CMSSignedData withDigest =
          new CMSSignedData(
              Map.of(new ASN1ObjectIdentifier(digest.oid()), actual),
              ContentInfo.getInstance(ASN1Primitive.fromByteArray(reencoded())));
      SignerInformation s = withDigest.getSignerInfos().get(signer.getSID());
      // built from the public key, so BC checks the value only (validity is the chain's job)
      SignerInformationVerifier verifier =
          new SignerInformationVerifier(
              new DefaultCMSSignatureAlgorithmNameGenerator(),
              new DefaultSignatureAlgorithmIdentifierFinder(),
              new JcaContentVerifierProviderBuilder().setProvider(BC).build(cert.getPublicKey()),
              new JcaDigestCalculatorProviderBuilder().setProvider(BC).build());
      return s != null && s.verify(verifier);
    } catch (CMSException | OperatorCreationException | IOException | RuntimeException e) {
      return false;
    }
  }

  private byte[] reencoded() throws IOException {
    try (ASN1InputStream in =
        new ASN1InputStream(new ByteArrayInputStream(contents), contents.length)) {
      return in.readObject().getEncoded();
    }
  }

  /** The certificate named by the signer identifier and, for PAdES, by signing-certificate-v2. */
  private @Nullable X509Certificate signingCertificate(
      SignerInformation signer, AttributeTable signed) {
    @SuppressWarnings("unchecked")
    Selector<X509CertificateHolder> sid =
        (Selector<X509CertificateHolder>) (Selector<?>) signer.getSID();
    X509Certificate match = null;
    for (X509Certificate c : certificates) {
      try {
        if (sid.match(new X509CertificateHolder(c.getEncoded()))) {
          match = c;
          break;
        }
      } catch (IOException | java.security.cert.CertificateEncodingException e) {
        return null;
      }
    }
    if (match == null) {
      return null;
    }
    Attribute v2 = signed.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
    if (v2 == null) {
      return pades ? null : match;
    }
    try {
      ESSCertIDv2 id =
          SigningCertificateV2.getInstance(v2.getAttrValues().getObjectAt(0)).getCerts()[0];
      DigestAlgorithm d = digestAlgorithm(id.getHashAlgorithm().getAlgorithm().getId());
      if (d == null) {
        return null;
      }
      byte[] hash = MessageDigest.getInstance(d.jcaName()).digest(match.getEncoded());
      if (!MessageDigest.isEqual(hash, id.getCertHash())) {
        return null;
      }
      if (id.getIssuerSerial() != null
          && !id.getIssuerSerial().getSerial().getValue().equals(match.getSerialNumber())) {
        return null;
      }
      return match;
    } catch (NoSuchAlgorithmException
        | java.security.cert.CertificateEncodingException
        | RuntimeException e) {
      return null;
    }
  }

  private static @Nullable DigestAlgorithm digestAlgorithm(String oid) {
    for (DigestAlgorithm d : DigestAlgorithm.values()) {
      if (d.oid().equals(oid)) {
        return d;
      }
    }
    return null;
  }

  private @Nullable X509Certificate structure() {
    report.fail(SubIndication.FORMAT_FAILURE, ValidationFinding.CMS_STRUCTURE_INVALID);
    return null;
  }
}
