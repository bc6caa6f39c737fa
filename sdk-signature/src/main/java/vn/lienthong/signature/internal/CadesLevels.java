package vn.lienthong.signature.internal;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.OtherRevocationInfoFormat;
import org.bouncycastle.asn1.ocsp.OCSPResponse;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CRLHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.util.CollectionStore;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.signature.DigestAlgorithm;
import vn.lienthong.signature.SignatureErrorCode;
import vn.lienthong.signature.SignatureLevel;
import vn.lienthong.signature.timestamp.TimestampSource;
import vn.lienthong.signature.trust.CertificateStatus;
import vn.lienthong.signature.trust.CertificateVerification;
import vn.lienthong.signature.trust.CertificateVerifier;
import vn.lienthong.signature.trust.RevocationData;

/**
 * Raises a CAdES B-B SignedData to B-T (signature-time-stamp unsigned attribute over the signature
 * value) and B-LT (the chains and the OCSP responses and CRLs that prove them, in the SignedData's
 * certificates and crls fields; OCSP as id-ri-ocsp-response other revocation info). Thread-safe
 * (stateless).
 */
public final class CadesLevels {

  private CadesLevels() {}

  /**
   * Adds a signature timestamp to the single signer of a CMS.
   *
   * @param cms the DER SignedData
   * @param source where to get the token
   * @return the DER SignedData with the unsigned attribute
   */
  public static byte[] addSignatureTimestamp(byte[] cms, TimestampSource source) {
    try {
      CMSSignedData signed = new CMSSignedData(cms);
      SignerInformation si = signed.getSignerInfos().getSigners().iterator().next();
      byte[] digest =
          MessageDigest.getInstance(DigestAlgorithm.SHA256.jcaName()).digest(si.getSignature());
      byte[] token = source.timestamp(digest, DigestAlgorithm.SHA256);
      AttributeTable unsigned =
          si.getUnsignedAttributes() == null
              ? new AttributeTable(new ASN1EncodableVector())
              : si.getUnsignedAttributes();
      unsigned =
          unsigned.add(
              PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
              ContentInfo.getInstance(ASN1Primitive.fromByteArray(token)));
      SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(si, unsigned);
      return CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped))
          .getEncoded("DER");
    } catch (CMSException | IOException | GeneralSecurityException e) {
      throw platform(e);
    }
  }

  /**
   * Adds the validation data of the signer and of the signature timestamps' authorities.
   *
   * @param cms the DER SignedData (B-T)
   * @param verifier the verifier that gathers the proofs
   * @param signer the signing certificate
   * @return the DER SignedData with certificates and revocation data
   * @throws InvalidInputException if a certificate does not verify as TRUSTED ({@code LT-SIG-0704})
   */
  public static byte[] addValidationData(
      byte[] cms, CertificateVerifier verifier, X509Certificate signer) {
    try {
      CMSSignedData signed = new CMSSignedData(cms);
      Set<X509Certificate> certs = new LinkedHashSet<>();
      for (X509CertificateHolder h : signed.getCertificates().getMatches(null)) {
        certs.add(new JcaX509CertificateConverter().getCertificate(h));
      }
      RevocationData proofs = proofs(verifier, signer, List.copyOf(certs), certs);
      SignerInformation si = signed.getSignerInfos().getSigners().iterator().next();
      for (byte[] token : CmsTimestamps.signatureTimestamps(si)) {
        TimestampCheck.Result r =
            TimestampCheck.verifyOver(
                token,
                si.getSignature(),
                ChainCheck.of(java.util.Set.of(), verifier),
                RevocationData.NONE);
        if (r.valid() && !r.certificates().isEmpty()) {
          X509Certificate tsa = r.certificates().get(0);
          for (X509Certificate c : r.certificates()) {
            if (c.getBasicConstraints() < 0) {
              tsa = c;
            }
          }
          proofs = proofs.and(proofs(verifier, tsa, r.certificates(), certs));
        }
      }
      List<X509CertificateHolder> holders = new ArrayList<>();
      for (X509Certificate c : certs) {
        holders.add(new JcaX509CertificateHolder(c));
      }
      List<Object> revocations = new ArrayList<>();
      Set<X509CRL> crls = new LinkedHashSet<>(proofs.crls());
      for (X509CRL c : crls) {
        revocations.add(new JcaX509CRLHolder(c));
      }
      for (byte[] o : proofs.ocspResponses()) {
        revocations.add(
            new OtherRevocationInfoFormat(
                CMSObjectIdentifiers.id_ri_ocsp_response, OCSPResponse.getInstance(o)));
      }
      for (X509CRLHolder h : signed.getCRLs().getMatches(null)) {
        revocations.add(h);
      }
      return CMSSignedData.replaceCertificatesAndCRLs(
              signed,
              new CollectionStore<>(holders),
              signed.getAttributeCertificates(),
              new CollectionStore<>(revocations))
          .getEncoded("DER");
    } catch (CMSException | IOException | GeneralSecurityException e) {
      throw platform(e);
    }
  }

  private static RevocationData proofs(
      CertificateVerifier verifier,
      X509Certificate cert,
      List<X509Certificate> others,
      Set<X509Certificate> collect) {
    CertificateVerification v = verifier.verify(cert, others);
    if (v.status() != CertificateStatus.TRUSTED || !v.revocationChecked()) {
      throw new InvalidInputException(
          SignatureErrorCode.LEVEL_REQUIREMENTS_MISSING,
          ErrorDetails.field("level")
              .rejectedValue(SignatureLevel.B_LT.etsiName())
              .with(
                  "reason",
                  "a trusted, not revoked chain with revocation proofs; got " + v.status()));
    }
    collect.addAll(v.chain());
    return v.proofs();
  }

  private static ConfigurationException platform(Exception e) {
    return new ConfigurationException(
        SignatureErrorCode.PLATFORM_UNSUPPORTED,
        ErrorDetails.field("cades").rejectedValue("CMS").with("reason", e.toString()),
        e);
  }
}
