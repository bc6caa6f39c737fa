package vn.lienthong.signature.internal;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.CRLException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.OtherRevocationInfoFormat;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.ocsp.OCSPResponse;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.tsp.TimeStampToken;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.signature.SignatureErrorCode;
import vn.lienthong.signature.SignatureLevel;
import vn.lienthong.signature.timestamp.TimestampSource;
import vn.lienthong.signature.trust.CertificateVerifier;
import vn.lienthong.signature.trust.RevocationData;

/**
 * Raises a CAdES signature to B-T, B-LT or B-LTA: a signature timestamp when there is none, then
 * the validation data of the signer and of every timestamp authority (signature and archive
 * timestamps), then an archive-time-stamp-v3. Values already in {@code SignedData.certificates} and
 * {@code SignedData.crls} are kept byte for byte (an earlier archive timestamp's index names them);
 * new ones are added once. Thread-safe (stateless).
 */
public final class CadesExtension {

  private CadesExtension() {}

  /**
   * Extends a signature.
   *
   * @param cms the DER SignedData with one signer
   * @param content the signed content
   * @param level B-T, B-LT or B-LTA
   * @param source the timestamp source
   * @param verifier the verifier gathering proofs (B-LT and B-LTA)
   * @return the extended DER SignedData
   * @throws InvalidInputException if the CMS has not exactly one signer with its certificate
   *     ({@code LT-SIG-1201}), or a certificate cannot be proven ({@code LT-SIG-1001})
   */
  public static byte[] extend(
      byte[] cms,
      byte[] content,
      SignatureLevel level,
      TimestampSource source,
      @Nullable CertificateVerifier verifier) {
    CMSSignedData signed = parse(cms);
    SignerInformation si = signer(signed);
    byte[] out = cms;
    if (CmsTimestamps.signatureTimestamps(si).isEmpty()) {
      out = CadesLevels.addSignatureTimestamp(out, source);
    }
    if (level == SignatureLevel.B_LT || level == SignatureLevel.B_LTA) {
      out = addValidationData(out, java.util.Objects.requireNonNull(verifier, "verifier"), level);
    }
    if (level == SignatureLevel.B_LTA) {
      out = CadesArchive.add(out, content, source);
    }
    return out;
  }

  private static byte[] addValidationData(
      byte[] cms, CertificateVerifier verifier, SignatureLevel level) {
    CMSSignedData signed = parse(cms);
    SignerInformation si = signer(signed);
    List<X509Certificate> pool = certificates(signed);
    X509Certificate signerCertificate = signerCertificate(signed, si);
    LongTermProofs proofs = new LongTermProofs(verifier);
    proofs.add(signerCertificate, pool, level.etsiName());
    for (byte[] token : CmsTimestamps.signatureTimestamps(si)) {
      proofs.addTimestampAuthority(token, si.getSignature(), level.etsiName());
    }
    for (byte[] token : CadesArchive.tokens(si)) {
      X509Certificate[] tsa = timestampAuthority(token);
      proofs.add(tsa[0], List.of(tsa), level.etsiName());
    }
    return merge(cms, proofs.certificates(), proofs.revocation());
  }

  /**
   * Adds certificates and revocation values to a SignedData, keeping the existing ones unchanged.
   *
   * @param cms the DER SignedData
   * @param certificates certificates to add (duplicates are skipped)
   * @param revocation CRLs and OCSP responses to add (duplicates are skipped)
   * @return the DER SignedData
   */
  public static byte[] merge(
      byte[] cms, List<X509Certificate> certificates, RevocationData revocation) {
    try {
      ContentInfo info = ContentInfo.getInstance(ASN1Primitive.fromByteArray(cms));
      SignedData sd = SignedData.getInstance(info.getContent());
      Set<String> seen = new HashSet<>();
      ASN1EncodableVector certs = existing(sd.getCertificates(), seen);
      for (X509Certificate c : certificates) {
        addOnce(certs, ASN1Primitive.fromByteArray(c.getEncoded()), seen);
      }
      ASN1EncodableVector crls = existing(sd.getCRLs(), seen);
      for (X509CRL c : revocation.crls()) {
        addOnce(crls, ASN1Primitive.fromByteArray(c.getEncoded()), seen);
      }
      for (byte[] o : revocation.ocspResponses()) {
        addOnce(
            crls,
            new DERTaggedObject(
                false,
                1,
                new OtherRevocationInfoFormat(
                    CMSObjectIdentifiers.id_ri_ocsp_response, OCSPResponse.getInstance(o))),
            seen);
      }
      SignedData merged =
          new SignedData(
              sd.getDigestAlgorithms(),
              sd.getEncapContentInfo(),
              certs.size() == 0 ? null : new DERSet(certs),
              crls.size() == 0 ? null : new DERSet(crls),
              sd.getSignerInfos());
      return new ContentInfo(CMSObjectIdentifiers.signedData, merged).getEncoded(ASN1Encoding.DER);
    } catch (IOException | CertificateEncodingException | CRLException | RuntimeException e) {
      throw notExtensible("validation data cannot be merged: " + e.getClass().getSimpleName());
    }
  }

  private static ASN1EncodableVector existing(@Nullable ASN1Set set, Set<String> seen)
      throws IOException {
    ASN1EncodableVector v = new ASN1EncodableVector();
    if (set != null) {
      for (ASN1Encodable e : set) {
        addOnce(v, e, seen);
      }
    }
    return v;
  }

  private static void addOnce(ASN1EncodableVector v, ASN1Encodable e, Set<String> seen)
      throws IOException {
    if (seen.add(HexFormat.of().formatHex(e.toASN1Primitive().getEncoded(ASN1Encoding.DER)))) {
      v.add(e);
    }
  }

  private static X509Certificate[] timestampAuthority(byte[] token) {
    try {
      TimeStampToken t = new TimeStampToken(new CMSSignedData(token));
      List<X509Certificate> all = new ArrayList<>();
      X509Certificate tsa = null;
      for (X509CertificateHolder h : t.getCertificates().getMatches(null)) {
        X509Certificate c = new JcaX509CertificateConverter().getCertificate(h);
        if (t.getSID().match(h)) {
          tsa = c;
        } else {
          all.add(c);
        }
      }
      if (tsa == null) {
        throw notExtensible("an archive timestamp lacks its authority's certificate");
      }
      all.add(0, tsa);
      return all.toArray(new X509Certificate[0]);
    } catch (CMSException
        | org.bouncycastle.tsp.TSPException
        | IOException
        | GeneralSecurityException e) {
      throw notExtensible("an archive timestamp is unreadable");
    }
  }

  private static CMSSignedData parse(byte[] cms) {
    try {
      return new CMSSignedData(cms);
    } catch (CMSException | RuntimeException e) {
      throw notExtensible("not a CMS SignedData");
    }
  }

  private static SignerInformation signer(CMSSignedData signed) {
    if (signed.getSignerInfos().size() != 1) {
      throw notExtensible("not exactly one signer");
    }
    return signed.getSignerInfos().getSigners().iterator().next();
  }

  private static List<X509Certificate> certificates(CMSSignedData signed) {
    List<X509Certificate> list = new ArrayList<>();
    for (X509CertificateHolder h : signed.getCertificates().getMatches(null)) {
      try {
        list.add(new JcaX509CertificateConverter().getCertificate(h));
      } catch (GeneralSecurityException e) {
        // an unreadable certificate cannot complete a chain
      }
    }
    return list;
  }

  private static X509Certificate signerCertificate(CMSSignedData signed, SignerInformation si) {
    for (X509CertificateHolder h : signed.getCertificates().getMatches(null)) {
      if (si.getSID().match(h)) {
        try {
          return new JcaX509CertificateConverter().getCertificate(h);
        } catch (GeneralSecurityException e) {
          break;
        }
      }
    }
    throw notExtensible("the signing certificate is not in the SignedData");
  }

  /**
   * The error for a signature that cannot be extended.
   *
   * @param reason why, for the details
   * @return the exception
   */
  public static InvalidInputException notExtensible(String reason) {
    return new InvalidInputException(
        SignatureErrorCode.CADES_NOT_EXTENSIBLE,
        ErrorDetails.field("signature").rule("signature.cades.extensible").with("reason", reason));
  }
}
