package vn.lienthong.signature.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.jspecify.annotations.Nullable;

/**
 * Splits an attached CAdES SignedData into its encapsulated content and the same SignedData without
 * it, so the detached validation path checks both. Parsing is bounded by the input length.
 * Thread-safe (stateless).
 */
public final class CadesAttached {

  private CadesAttached() {}

  /**
   * An attached signature taken apart.
   *
   * @param content the encapsulated content
   * @param detached the DER SignedData with the content removed
   */
  public record Split(byte[] content, byte[] detached) {}

  /**
   * Splits a SignedData.
   *
   * @param cms the DER ContentInfo holding a SignedData
   * @return the parts, or null when the input is not a SignedData with encapsulated content
   */
  public static @Nullable Split split(byte[] cms) {
    try (ASN1InputStream in = new ASN1InputStream(new ByteArrayInputStream(cms), cms.length)) {
      ASN1Primitive top = in.readObject();
      if (top == null || in.available() > 0) {
        return null;
      }
      ContentInfo info = ContentInfo.getInstance(top);
      if (!CMSObjectIdentifiers.signedData.equals(info.getContentType())) {
        return null;
      }
      SignedData sd = SignedData.getInstance(info.getContent());
      ContentInfo encap = sd.getEncapContentInfo();
      if (encap.getContent() == null) {
        return null;
      }
      byte[] content = ASN1OctetString.getInstance(encap.getContent()).getOctets();
      SignedData detached =
          new SignedData(
              sd.getDigestAlgorithms(),
              new ContentInfo(encap.getContentType(), null),
              sd.getCertificates(),
              sd.getCRLs(),
              sd.getSignerInfos());
      byte[] der = new ContentInfo(CMSObjectIdentifiers.signedData, detached).getEncoded("DER");
      return new Split(content, der);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
