package vn.lienthong.signature.internal;

import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Set;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.exceptions.XMLSecurityException;
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
 * XAdES B-T: the SignatureTimeStamp unsigned property over the canonicalized {@code
 * ds:SignatureValue} element (ETSI EN 319 132-1, 5.3), written with exclusive C14N and read with
 * any C14N the property names. Thread-safe (stateless).
 */
public final class XadesTimestamps {

  /** The largest encapsulated token read, in base64 characters. */
  public static final int MAX_TOKEN_CHARS = 512 * 1024;

  private static final String INCLUSIVE_C14N = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315";

  private static final Set<String> ALLOWED_C14N =
      Set.of(
          INCLUSIVE_C14N,
          Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS,
          Canonicalizer.ALGO_ID_C14N11_OMIT_COMMENTS);

  private XadesTimestamps() {}

  /**
   * Adds a SignatureTimeStamp to a signature whose value is set.
   *
   * @param signature the ds:Signature element
   * @param source where to get the token
   */
  public static void add(Element signature, TimestampSource source) {
    Document d = signature.getOwnerDocument();
    Element value = child(signature, Xades.DS, "SignatureValue");
    Element qp = qualifyingProperties(signature);
    if (value == null || qp == null) {
      throw new IllegalStateException("not a XAdES signature");
    }
    byte[] c14n;
    byte[] digest;
    try {
      c14n = canonical(value, Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
      digest = MessageDigest.getInstance(DigestAlgorithm.SHA256.jcaName()).digest(c14n);
    } catch (XMLSecurityException | GeneralSecurityException e) {
      throw new ConfigurationException(
          SignatureErrorCode.PLATFORM_UNSUPPORTED,
          ErrorDetails.field("xades").rejectedValue("C14N").with("reason", e.toString()),
          e);
    }
    byte[] token = source.timestamp(digest, DigestAlgorithm.SHA256);
    Element usp = unsignedSignatureProperties(signature);
    Element ts = d.createElementNS(Xades.XADES, "xades:SignatureTimeStamp");
    ts.setAttributeNS(null, "Id", signature.getAttribute("Id") + "-signature-timestamp");
    Element method = d.createElementNS(Xades.DS, "ds:CanonicalizationMethod");
    method.setAttributeNS(null, "Algorithm", Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
    Element encapsulated = d.createElementNS(Xades.XADES, "xades:EncapsulatedTimeStamp");
    encapsulated.setTextContent(Base64.getEncoder().encodeToString(token));
    ts.appendChild(method);
    ts.appendChild(encapsulated);
    usp.appendChild(ts);
  }

  /**
   * Returns the signature's UnsignedSignatureProperties, creating it and UnsignedProperties when
   * absent.
   *
   * @param signature the ds:Signature element of a XAdES signature
   * @return the element
   */
  public static Element unsignedSignatureProperties(Element signature) {
    Element qp = qualifyingProperties(signature);
    if (qp == null) {
      throw new IllegalStateException("not a XAdES signature");
    }
    Document d = signature.getOwnerDocument();
    Element up = child(qp, Xades.XADES, "UnsignedProperties");
    if (up == null) {
      up = d.createElementNS(Xades.XADES, "xades:UnsignedProperties");
      qp.appendChild(up);
    }
    Element usp = child(up, Xades.XADES, "UnsignedSignatureProperties");
    if (usp == null) {
      usp = d.createElementNS(Xades.XADES, "xades:UnsignedSignatureProperties");
      up.appendChild(usp);
    }
    return usp;
  }

  /**
   * Returns the signature's UnsignedSignatureProperties if there is one.
   *
   * @param signature the ds:Signature element
   * @return the element, or null
   */
  public static @Nullable Element findUnsignedSignatureProperties(Element signature) {
    Element qp = qualifyingProperties(signature);
    Element up = qp == null ? null : child(qp, Xades.XADES, "UnsignedProperties");
    return up == null ? null : child(up, Xades.XADES, "UnsignedSignatureProperties");
  }

  /**
   * A signature timestamp found in a signature: the token and the bytes it must cover.
   *
   * @param token the DER token
   * @param covered the canonicalized ds:SignatureValue
   */
  public record Found(byte[] token, byte[] covered) {}

  /**
   * Reads the signature's SignatureTimeStamp properties.
   *
   * @param signature the ds:Signature element
   * @return the timestamps found (an unreadable one yields an empty token, which never verifies)
   */
  public static java.util.List<Found> find(Element signature) {
    java.util.List<Found> found = new java.util.ArrayList<>();
    Element value = child(signature, Xades.DS, "SignatureValue");
    Element qp = qualifyingProperties(signature);
    Element up = qp == null ? null : child(qp, Xades.XADES, "UnsignedProperties");
    Element usp = up == null ? null : child(up, Xades.XADES, "UnsignedSignatureProperties");
    if (value == null || usp == null) {
      return found;
    }
    for (Node n = usp.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element e)
          || !Xades.XADES.equals(e.getNamespaceURI())
          || !"SignatureTimeStamp".equals(e.getLocalName())) {
        continue;
      }
      if (found.size() >= CmsTimestamps.MAX_TIMESTAMPS) {
        break;
      }
      Element method = child(e, Xades.DS, "CanonicalizationMethod");
      String alg = method == null ? INCLUSIVE_C14N : method.getAttribute("Algorithm");
      Element encapsulated = child(e, Xades.XADES, "EncapsulatedTimeStamp");
      try {
        String text = encapsulated == null ? "" : encapsulated.getTextContent();
        if (!ALLOWED_C14N.contains(alg) || text.length() > MAX_TOKEN_CHARS) {
          found.add(new Found(new byte[0], new byte[0]));
          continue;
        }
        found.add(new Found(Base64.getMimeDecoder().decode(text.trim()), canonical(value, alg)));
      } catch (XMLSecurityException | IllegalArgumentException e2) {
        found.add(new Found(new byte[0], new byte[0]));
      }
    }
    return found;
  }

  static byte[] canonical(Element e, String alg) throws XMLSecurityException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Canonicalizer.getInstance(alg).canonicalizeSubtree(e, out);
    return out.toByteArray();
  }

  static @Nullable Element qualifyingProperties(Element signature) {
    for (Node o = signature.getFirstChild(); o != null; o = o.getNextSibling()) {
      if (o instanceof Element e
          && Xades.DS.equals(e.getNamespaceURI())
          && "Object".equals(e.getLocalName())) {
        Element qp = child(e, Xades.XADES, "QualifyingProperties");
        if (qp != null) {
          return qp;
        }
      }
    }
    return null;
  }

  static @Nullable Element child(Element parent, String ns, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && ns.equals(e.getNamespaceURI())
          && name.equals(e.getLocalName())) {
        return e;
      }
    }
    return null;
  }
}
