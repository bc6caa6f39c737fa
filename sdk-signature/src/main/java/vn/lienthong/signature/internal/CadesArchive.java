package vn.lienthong.signature.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.signature.DigestAlgorithm;
import vn.lienthong.signature.SignatureErrorCode;
import vn.lienthong.signature.timestamp.TimestampSource;

/**
 * CAdES B-LTA: the {@code archive-time-stamp-v3} unsigned attribute with its {@code
 * ats-hash-index-v3} (ETSI EN 319 122-1, 5.5.2 and 5.5.3).
 *
 * <p>The index, an unsigned attribute of the timestamp token's own SignerInfo, lists one hash per
 * CertificateChoices of {@code SignedData.certificates}, per RevocationInfoChoice of {@code
 * SignedData.crls} (tag, length and value each), and per AttributeValue of the signer's unsigned
 * attributes (the hash of the attribute's encoded {@code attrType} followed by the encoded value),
 * as they stand when the archive timestamp is requested. The timestamp's message imprint is the
 * hash of: the encoded {@code eContentType}; the hash of the signed content; the signer's {@code
 * version}, {@code sid}, {@code digestAlgorithm}, {@code signedAttrs} (with its {@code [0]} tag),
 * {@code signatureAlgorithm} and {@code signature}, each with tag and length; then the encoded
 * index. All hashes use the timestamp's imprint algorithm (SHA-256 here), which the index names in
 * {@code hashIndAlgorithm}. A verifier recomputes the imprint over the index as stored, after
 * checking that every hash it lists still matches a value present in the signature, so that
 * removing an archived certificate, CRL, OCSP response or timestamp is detected while later
 * additions are allowed. Thread-safe (stateless).
 */
public final class CadesArchive {

  /** id-aa-ets-archiveTimestampV3, {@code 0.4.0.1733.2.4}. */
  public static final ASN1ObjectIdentifier ARCHIVE_TIMESTAMP_V3 =
      new ASN1ObjectIdentifier("0.4.0.1733.2.4");

  /** id-aa-ATSHashIndex-v3, {@code 0.4.0.19122.1.5}. */
  public static final ASN1ObjectIdentifier ATS_HASH_INDEX_V3 =
      new ASN1ObjectIdentifier("0.4.0.19122.1.5");

  /** The most hashes read from one list of an index. */
  public static final int MAX_INDEX_ENTRIES = 1024;

  private static final DigestAlgorithm ALGORITHM = DigestAlgorithm.SHA256;

  private CadesArchive() {}

  /**
   * An archive timestamp found in a signature.
   *
   * @param token the DER token (with its index), or an empty array when unreadable
   * @param input the message imprint input recomputed from the signature, or an empty array when
   *     the index does not match the signature
   * @param reason why the index does not match, or "ok"
   */
  public record Found(byte[] token, byte[] input, String reason) {

    /**
     * Tells whether the index matched the signature, so that the token must be checked over {@link
     * #input()}.
     *
     * @return whether the index matched
     */
    public boolean indexMatches() {
      return "ok".equals(reason);
    }
  }

  /**
   * Adds an archive-time-stamp-v3 over the signature as it now stands.
   *
   * @param cms the DER SignedData with one signer
   * @param content the signed content (the encapsulated one for attached signatures)
   * @param source where to get the token
   * @return the DER SignedData with one more unsigned attribute
   */
  public static byte[] add(byte[] cms, byte[] content, TimestampSource source) {
    try {
      CMSSignedData signed = new CMSSignedData(der(cms));
      SignerInformation si = signed.getSignerInfos().getSigners().iterator().next();
      SignedData sd = signedData(signed);
      ASN1Sequence index = index(sd, si.toASN1Structure(), ALGORITHM);
      byte[] input = input(sd, si.toASN1Structure(), content, ALGORITHM, index);
      byte[] token =
          source.timestamp(MessageDigest.getInstance(ALGORITHM.jcaName()).digest(input), ALGORITHM);
      ContentInfo indexed = withIndex(token, index);
      AttributeTable unsigned =
          si.getUnsignedAttributes() == null
              ? new AttributeTable(new ASN1EncodableVector())
              : si.getUnsignedAttributes();
      SignerInformation stamped =
          SignerInformation.replaceUnsignedAttributes(
              si, unsigned.add(ARCHIVE_TIMESTAMP_V3, indexed));
      return CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped))
          .getEncoded(ASN1Encoding.DER);
    } catch (CMSException | IOException | GeneralSecurityException | RuntimeException e) {
      if (e instanceof vn.lienthong.core.LienThongException l) {
        throw l;
      }
      throw new ConfigurationException(
          SignatureErrorCode.PLATFORM_UNSUPPORTED,
          ErrorDetails.field("cades")
              .rejectedValue("archive-time-stamp-v3")
              .with("reason", e.toString()),
          e);
    }
  }

  /**
   * Returns the DER tokens of the signer's archive-time-stamp-v3 attributes.
   *
   * @param signer the signer
   * @return the tokens, at most {@link CmsTimestamps#MAX_TIMESTAMPS}
   */
  public static List<byte[]> tokens(SignerInformation signer) {
    List<byte[]> tokens = new ArrayList<>();
    AttributeTable unsigned = signer.getUnsignedAttributes();
    if (unsigned == null) {
      return tokens;
    }
    try {
      ASN1EncodableVector all = unsigned.getAll(ARCHIVE_TIMESTAMP_V3);
      for (int i = 0; i < all.size(); i++) {
        for (ASN1Encodable v : Attribute.getInstance(all.get(i)).getAttrValues().toArray()) {
          if (tokens.size() >= CmsTimestamps.MAX_TIMESTAMPS) {
            return tokens;
          }
          tokens.add(v.toASN1Primitive().getEncoded(ASN1Encoding.DER));
        }
      }
    } catch (IOException | RuntimeException e) {
      tokens.add(new byte[0]);
    }
    return tokens;
  }

  /**
   * Reads the archive timestamps of a signature with the message imprint input each must cover.
   *
   * @param signed the SignedData
   * @param signer its signer
   * @param content the signed content
   * @return one entry per archive-time-stamp-v3 value
   */
  public static List<Found> find(CMSSignedData signed, SignerInformation signer, byte[] content) {
    List<Found> found = new ArrayList<>();
    for (byte[] token : tokens(signer)) {
      found.add(check(signed, signer, content, token));
    }
    return found;
  }

  private static Found check(
      CMSSignedData signed, SignerInformation signer, byte[] content, byte[] token) {
    try {
      org.bouncycastle.tsp.TimeStampToken t =
          new org.bouncycastle.tsp.TimeStampToken(new CMSSignedData(token));
      DigestAlgorithm alg = algorithm(t.getTimeStampInfo().getMessageImprintAlgOID().getId());
      if (alg == null) {
        return new Found(token, new byte[0], "imprint algorithm not allowed");
      }
      AttributeTable attributes = t.getUnsignedAttributes();
      ASN1EncodableVector indexes =
          attributes == null ? new ASN1EncodableVector() : attributes.getAll(ATS_HASH_INDEX_V3);
      if (indexes.size() != 1
          || Attribute.getInstance(indexes.get(0)).getAttrValues().size() != 1) {
        return new Found(token, new byte[0], "not exactly one ats-hash-index-v3");
      }
      ASN1Sequence stored =
          ASN1Sequence.getInstance(
              Attribute.getInstance(indexes.get(0)).getAttrValues().getObjectAt(0));
      SignedData sd = signedData(signed);
      String mismatch = mismatch(stored, sd, signer.toASN1Structure(), alg);
      if (mismatch != null) {
        return new Found(token, new byte[0], mismatch);
      }
      return new Found(token, input(sd, signer.toASN1Structure(), content, alg, stored), "ok");
    } catch (Exception e) {
      return new Found(token, new byte[0], "unreadable: " + e.getClass().getSimpleName());
    }
  }

  /** Names what the stored index lists that the signature no longer holds, or null. */
  private static @Nullable String mismatch(
      ASN1Sequence stored, SignedData sd, SignerInfo signer, DigestAlgorithm alg)
      throws IOException, GeneralSecurityException {
    int first = 0;
    DigestAlgorithm indexAlgorithm = DigestAlgorithm.SHA256;
    if (stored.size() == 4) {
      AlgorithmIdentifier id = AlgorithmIdentifier.getInstance(stored.getObjectAt(0));
      indexAlgorithm = algorithm(id.getAlgorithm().getId());
      first = 1;
    } else if (stored.size() != 3) {
      return "index structure";
    }
    if (indexAlgorithm != alg) {
      return "index algorithm differs from the imprint algorithm";
    }
    ASN1Sequence expected = index(sd, signer, alg);
    int offset = expected.size() - 3;
    String[] names = {"certificate", "revocation value", "unsigned attribute value"};
    for (int i = 0; i < 3; i++) {
      List<String> present = hexes(ASN1Sequence.getInstance(expected.getObjectAt(offset + i)));
      ASN1Sequence listed = ASN1Sequence.getInstance(stored.getObjectAt(first + i));
      if (listed.size() > MAX_INDEX_ENTRIES) {
        return "index too long";
      }
      for (String h : hexes(listed)) {
        if (!present.remove(h)) {
          return "an archived " + names[i] + " is missing or changed";
        }
      }
    }
    return null;
  }

  private static List<String> hexes(ASN1Sequence octets) {
    List<String> list = new ArrayList<>();
    for (ASN1Encodable e : octets) {
      list.add(HexFormat.of().formatHex(ASN1OctetString.getInstance(e).getOctets()));
    }
    return list;
  }

  /** Builds the ATSHashIndexV3 of a signature as it stands. */
  private static ASN1Sequence index(SignedData sd, SignerInfo signer, DigestAlgorithm alg)
      throws IOException, GeneralSecurityException {
    ASN1EncodableVector certificates = new ASN1EncodableVector();
    for (ASN1Encodable c : elements(sd.getCertificates())) {
      certificates.add(hash(alg, der(c)));
    }
    ASN1EncodableVector revocation = new ASN1EncodableVector();
    for (ASN1Encodable r : elements(sd.getCRLs())) {
      revocation.add(hash(alg, der(r)));
    }
    ASN1EncodableVector values = new ASN1EncodableVector();
    for (ASN1Encodable a : elements(signer.getUnauthenticatedAttributes())) {
      Attribute attribute = Attribute.getInstance(a);
      byte[] type = der(attribute.getAttrType());
      for (ASN1Encodable v : attribute.getAttrValues()) {
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        both.writeBytes(type);
        both.writeBytes(der(v));
        values.add(hash(alg, both.toByteArray()));
      }
    }
    ASN1EncodableVector index = new ASN1EncodableVector();
    index.add(new AlgorithmIdentifier(new ASN1ObjectIdentifier(alg.oid())));
    index.add(new DERSequence(certificates));
    index.add(new DERSequence(revocation));
    index.add(new DERSequence(values));
    return new DERSequence(index);
  }

  /** The archive-time-stamp-v3 message imprint input (EN 319 122-1, 5.5.3). */
  private static byte[] input(
      SignedData sd, SignerInfo signer, byte[] content, DigestAlgorithm alg, ASN1Sequence index)
      throws IOException, GeneralSecurityException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(der(sd.getEncapContentInfo().getContentType()));
    out.writeBytes(MessageDigest.getInstance(alg.jcaName()).digest(content));
    out.writeBytes(der(signer.getVersion()));
    out.writeBytes(der(signer.getSID()));
    out.writeBytes(der(signer.getDigestAlgorithm()));
    if (signer.getAuthenticatedAttributes() != null) {
      out.writeBytes(der(new DERTaggedObject(false, 0, signer.getAuthenticatedAttributes())));
    }
    out.writeBytes(der(signer.getDigestEncryptionAlgorithm()));
    out.writeBytes(der(signer.getEncryptedDigest()));
    out.writeBytes(der(index));
    return out.toByteArray();
  }

  /** Puts the index in the token's SignerInfo as an unsigned attribute. */
  private static ContentInfo withIndex(byte[] token, ASN1Sequence index)
      throws CMSException, IOException {
    CMSSignedData t = new CMSSignedData(token);
    SignerInformation tsa = t.getSignerInfos().getSigners().iterator().next();
    AttributeTable unsigned =
        tsa.getUnsignedAttributes() == null
            ? new AttributeTable(new ASN1EncodableVector())
            : tsa.getUnsignedAttributes();
    SignerInformation indexed =
        SignerInformation.replaceUnsignedAttributes(tsa, unsigned.add(ATS_HASH_INDEX_V3, index));
    return ContentInfo.getInstance(
        ASN1Primitive.fromByteArray(
            CMSSignedData.replaceSigners(t, new SignerInformationStore(indexed))
                .getEncoded(ASN1Encoding.DER)));
  }

  private static SignedData signedData(CMSSignedData signed) {
    return SignedData.getInstance(signed.toASN1Structure().getContent());
  }

  private static List<ASN1Encodable> elements(@Nullable ASN1Set set) {
    List<ASN1Encodable> list = new ArrayList<>();
    if (set != null) {
      for (ASN1Encodable e : set) {
        list.add(e);
      }
    }
    return list;
  }

  private static byte[] der(ASN1Encodable e) throws IOException {
    return e.toASN1Primitive().getEncoded(ASN1Encoding.DER);
  }

  private static DEROctetString hash(DigestAlgorithm alg, byte[] data)
      throws GeneralSecurityException {
    return new DEROctetString(MessageDigest.getInstance(alg.jcaName()).digest(data));
  }

  private static @Nullable DigestAlgorithm algorithm(String oid) {
    for (DigestAlgorithm d : DigestAlgorithm.values()) {
      if (d.oid().equals(oid)) {
        return d;
      }
    }
    return null;
  }

  /**
   * Returns the DER value of a fresh SignedData encoding, so that the index is computed over the
   * bytes that will be written.
   *
   * @param cms a SignedData in any encoding
   * @return its DER encoding
   */
  public static byte[] der(byte[] cms) {
    try {
      return new CMSSignedData(cms).getEncoded(ASN1Encoding.DER);
    } catch (CMSException | IOException e) {
      throw new ConfigurationException(
          SignatureErrorCode.PLATFORM_UNSUPPORTED,
          ErrorDetails.field("cades").rejectedValue("CMS").with("reason", e.toString()),
          e);
    }
  }
}
