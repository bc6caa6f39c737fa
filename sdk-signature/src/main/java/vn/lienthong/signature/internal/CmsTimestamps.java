package vn.lienthong.signature.internal;

import java.io.IOException;
import java.security.cert.CRLException;
import java.security.cert.X509CRL;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import vn.lienthong.signature.trust.RevocationData;

/** Reads signature timestamps and embedded revocation data from a CMS. Thread-safe (stateless). */
public final class CmsTimestamps {

  /** The most signature timestamps read from one signer. */
  public static final int MAX_TIMESTAMPS = 4;

  /** The most CRLs or OCSP responses read from one CMS. */
  public static final int MAX_REVOCATION_VALUES = 64;

  private CmsTimestamps() {}

  /**
   * Returns the DER tokens of the signer's signature-time-stamp unsigned attributes.
   *
   * @param signer the signer
   * @return the tokens, at most {@link #MAX_TIMESTAMPS}
   */
  public static List<byte[]> signatureTimestamps(SignerInformation signer) {
    try {
      return timestamps(signer);
    } catch (RuntimeException e) {
      // a malformed unsigned attribute: no timestamp can be read (the validator reports B-B)
      return List.of();
    }
  }

  private static List<byte[]> timestamps(SignerInformation signer) {
    List<byte[]> tokens = new ArrayList<>();
    AttributeTable unsigned = signer.getUnsignedAttributes();
    if (unsigned == null) {
      return tokens;
    }
    org.bouncycastle.asn1.ASN1EncodableVector all =
        unsigned.getAll(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
    for (int i = 0; i < all.size(); i++) {
      Attribute a = Attribute.getInstance(all.get(i));
      for (ASN1Encodable v : a.getAttrValues().toArray()) {
        if (tokens.size() >= MAX_TIMESTAMPS) {
          return tokens;
        }
        try {
          tokens.add(v.toASN1Primitive().getEncoded(ASN1Encoding.DER));
        } catch (IOException e) {
          // skip an unencodable value; the validator reports no valid timestamp
        }
      }
    }
    return tokens;
  }

  /**
   * Returns the CRLs and OCSP responses in the SignedData's crls field.
   *
   * @param cms the SignedData
   * @return the revocation data
   */
  public static RevocationData revocationData(CMSSignedData cms) {
    try {
      return revocation(cms);
    } catch (RuntimeException e) {
      // malformed revocation values are ignored, as if absent
      return RevocationData.NONE;
    }
  }

  @SuppressWarnings("unchecked")
  private static RevocationData revocation(CMSSignedData cms) {
    List<X509CRL> crls = new ArrayList<>();
    for (X509CRLHolder h : cms.getCRLs().getMatches(null)) {
      if (crls.size() >= MAX_REVOCATION_VALUES) {
        break;
      }
      try {
        crls.add(new JcaX509CRLConverter().getCRL(h));
      } catch (CRLException e) {
        // skip
      }
    }
    List<byte[]> ocsp = new ArrayList<>();
    for (Object o :
        cms.getOtherRevocationInfo(CMSObjectIdentifiers.id_ri_ocsp_response).getMatches(null)) {
      if (ocsp.size() >= MAX_REVOCATION_VALUES) {
        break;
      }
      try {
        ocsp.add(((ASN1Encodable) o).toASN1Primitive().getEncoded(ASN1Encoding.DER));
      } catch (IOException | ClassCastException e) {
        // skip
      }
    }
    return new RevocationData(crls, ocsp);
  }
}
