package vn.lienthong.signature.internal;

import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Provider;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.signature.SignedInfo;
import org.apache.xml.security.signature.XMLSignature;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.signature.DigestAlgorithm;
import vn.lienthong.signature.SignatureErrorCode;
import vn.lienthong.signature.timestamp.TimestampSource;

/**
 * XAdES B-LTA: the {@code xades141:ArchiveTimeStamp} unsigned signature property (ETSI EN 319
 * 132-1, 5.5.2). Its input is, in order: the output of each {@code ds:Reference} after its
 * transforms; the canonicalized {@code ds:SignedInfo}, {@code ds:SignatureValue} and {@code
 * ds:KeyInfo}; each unsigned signature property that precedes the archive timestamp; and every
 * {@code ds:Object} other than the one holding the qualifying properties. Thread-safe (stateless).
 */
public final class XadesArchive {

  /** The XAdES 1.4.1 namespace, home of ArchiveTimeStamp. */
  public static final String XADES141 = "http://uri.etsi.org/01903/v1.4.1#";

  /** Bouncy Castle, for RSASSA-PSS URIs; never registered. */
  private static final Provider BC = new BouncyCastleProvider();

  private static final Set<String> ALLOWED_C14N =
      Set.of(
          "http://www.w3.org/TR/2001/REC-xml-c14n-20010315",
          Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS,
          Canonicalizer.ALGO_ID_C14N11_OMIT_COMMENTS);

  private XadesArchive() {}

  /**
   * Appends an ArchiveTimeStamp over the signature as it now stands.
   *
   * @param signature the ds:Signature element (with its references resolvable)
   * @param source where to get the token
   * @param resolver the resolver for detached references, or null
   */
  public static void add(
      Element signature,
      TimestampSource source,
      org.apache.xml.security.utils.resolver.@Nullable ResourceResolverSpi resolver) {
    String c14n = Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS;
    byte[] digest;
    try {
      byte[] input = input(signature, null, c14n, resolver);
      digest = MessageDigest.getInstance(DigestAlgorithm.SHA256.jcaName()).digest(input);
    } catch (XMLSecurityException | GeneralSecurityException e) {
      throw new ConfigurationException(
          SignatureErrorCode.PLATFORM_UNSUPPORTED,
          ErrorDetails.field("xades")
              .rejectedValue("archive timestamp input")
              .with("reason", e.toString()),
          e);
    }
    byte[] token = source.timestamp(digest, DigestAlgorithm.SHA256);
    Document d = signature.getOwnerDocument();
    Element usp = XadesTimestamps.unsignedSignatureProperties(signature);
    Element ats = d.createElementNS(XADES141, "xades141:ArchiveTimeStamp");
    ats.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xades141", XADES141);
    int n = find(signature, resolver).size();
    ats.setAttributeNS(null, "Id", signature.getAttribute("Id") + "-archive-timestamp-" + n);
    Element method = d.createElementNS(Xades.DS, "ds:CanonicalizationMethod");
    method.setAttributeNS(null, "Algorithm", c14n);
    Element encapsulated = d.createElementNS(Xades.XADES, "xades:EncapsulatedTimeStamp");
    encapsulated.setTextContent(Base64.getEncoder().encodeToString(token));
    ats.appendChild(method);
    ats.appendChild(encapsulated);
    usp.appendChild(ats);
  }

  /**
   * Reads the signature's archive timestamps with the bytes each must cover.
   *
   * @param signature the ds:Signature element
   * @param resolver the resolver for detached references, or null
   * @return the timestamps, in document order (an unreadable one yields an empty token)
   */
  public static List<XadesTimestamps.Found> find(
      Element signature,
      org.apache.xml.security.utils.resolver.@Nullable ResourceResolverSpi resolver) {
    List<XadesTimestamps.Found> found = new ArrayList<>();
    Element usp = XadesTimestamps.findUnsignedSignatureProperties(signature);
    if (usp == null) {
      return found;
    }
    for (Node n = usp.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element e)
          || !XADES141.equals(e.getNamespaceURI())
          || !"ArchiveTimeStamp".equals(e.getLocalName())) {
        continue;
      }
      if (found.size() >= CmsTimestamps.MAX_TIMESTAMPS) {
        break;
      }
      Element method = XadesTimestamps.child(e, Xades.DS, "CanonicalizationMethod");
      String alg =
          method == null
              ? "http://www.w3.org/TR/2001/REC-xml-c14n-20010315"
              : method.getAttribute("Algorithm");
      Element encapsulated = XadesTimestamps.child(e, Xades.XADES, "EncapsulatedTimeStamp");
      String text = encapsulated == null ? "" : encapsulated.getTextContent();
      try {
        if (!ALLOWED_C14N.contains(alg) || text.length() > XadesTimestamps.MAX_TOKEN_CHARS) {
          found.add(new XadesTimestamps.Found(new byte[0], new byte[0]));
          continue;
        }
        found.add(
            new XadesTimestamps.Found(
                Base64.getMimeDecoder().decode(text.strip()), input(signature, e, alg, resolver)));
      } catch (XMLSecurityException | IllegalArgumentException ex) {
        found.add(new XadesTimestamps.Found(new byte[0], new byte[0]));
      }
    }
    return found;
  }

  private static byte[] input(
      Element signature,
      @Nullable Element before,
      String c14n,
      org.apache.xml.security.utils.resolver.@Nullable ResourceResolverSpi resolver)
      throws XMLSecurityException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XMLSignature sig = new XMLSignature(signature, "", true, BC);
    if (resolver != null) {
      sig.addResourceResolver(resolver);
    }
    SignedInfo si = sig.getSignedInfo();
    for (int i = 0; i < si.getLength(); i++) {
      out.writeBytes(si.item(i).getReferencedBytes());
    }
    for (String name : List.of("SignedInfo", "SignatureValue", "KeyInfo")) {
      Element e = XadesTimestamps.child(signature, Xades.DS, name);
      if (e != null) {
        out.writeBytes(XadesTimestamps.canonical(e, c14n));
      }
    }
    Element usp = XadesTimestamps.findUnsignedSignatureProperties(signature);
    for (Node n = usp == null ? null : usp.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n == before) {
        break;
      }
      if (n instanceof Element e) {
        out.writeBytes(XadesTimestamps.canonical(e, c14n));
      }
    }
    Element qp = XadesTimestamps.qualifyingProperties(signature);
    for (Node n = signature.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && Xades.DS.equals(e.getNamespaceURI())
          && "Object".equals(e.getLocalName())
          && (qp == null || qp.getParentNode() != e)) {
        out.writeBytes(XadesTimestamps.canonical(e, c14n));
      }
    }
    return out.toByteArray();
  }
}
