package vn.lienthong.signature.internal;

import java.io.ByteArrayInputStream;
import java.security.cert.CRLException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.signature.SignatureErrorCode;
import vn.lienthong.signature.trust.RevocationData;

/**
 * XAdES B-LT: the {@code xades:CertificateValues} and {@code xades:RevocationValues} unsigned
 * signature properties (ETSI EN 319 132-1, 5.4.1 and 5.4.2), written after the signature timestamp
 * and read back for offline validation. Thread-safe (stateless).
 */
public final class XadesLongTerm {

  /** The largest number of encapsulated values read from one signature. */
  public static final int MAX_VALUES = 64;

  /** The largest encapsulated value read, in base64 characters. */
  public static final int MAX_VALUE_CHARS = 2 * 1024 * 1024;

  private XadesLongTerm() {}

  /**
   * The validation data embedded in a signature.
   *
   * @param certificates the certificates of CertificateValues
   * @param revocation the CRLs and OCSP responses of RevocationValues
   */
  public record Embedded(List<X509Certificate> certificates, RevocationData revocation) {

    /**
     * Copies the list.
     *
     * @param certificates the certificates
     * @param revocation the proofs
     */
    public Embedded {
      certificates = List.copyOf(certificates);
    }

    /**
     * Tells whether nothing was embedded.
     *
     * @return true when there are neither certificates nor proofs
     */
    public boolean isEmpty() {
      return certificates.isEmpty() && revocation.isEmpty();
    }
  }

  /**
   * Appends CertificateValues (the certificates not yet in {@code ds:KeyInfo}) and RevocationValues
   * to the unsigned signature properties.
   *
   * @param signature the ds:Signature element
   * @param inKeyInfo the certificates already in ds:KeyInfo
   * @param certificates the certificates gathered
   * @param revocation the proofs gathered
   */
  public static void add(
      Element signature,
      List<X509Certificate> inKeyInfo,
      List<X509Certificate> certificates,
      RevocationData revocation) {
    Element usp = XadesTimestamps.unsignedSignatureProperties(signature);
    Document d = signature.getOwnerDocument();
    String id = signature.getAttribute("Id");
    Element values = xades(d, "CertificateValues");
    values.setAttributeNS(null, "Id", id + "-certificate-values");
    try {
      for (X509Certificate c : certificates) {
        if (!inKeyInfo.contains(c)) {
          append(values, "EncapsulatedX509Certificate", c.getEncoded());
        }
      }
      Element rv = xades(d, "RevocationValues");
      rv.setAttributeNS(null, "Id", id + "-revocation-values");
      if (!revocation.crls().isEmpty()) {
        Element crls = xades(d, "CRLValues");
        for (X509CRL c : revocation.crls()) {
          append(crls, "EncapsulatedCRLValue", c.getEncoded());
        }
        rv.appendChild(crls);
      }
      if (!revocation.ocspResponses().isEmpty()) {
        Element ocsp = xades(d, "OCSPValues");
        for (byte[] o : revocation.ocspResponses()) {
          append(ocsp, "EncapsulatedOCSPValue", o);
        }
        rv.appendChild(ocsp);
      }
      usp.appendChild(values);
      usp.appendChild(rv);
    } catch (CertificateEncodingException | CRLException e) {
      throw new ConfigurationException(
          SignatureErrorCode.PLATFORM_UNSUPPORTED,
          ErrorDetails.field("xades").rejectedValue("DER encoding").with("reason", e.toString()),
          e);
    }
  }

  /**
   * Reads CertificateValues and RevocationValues; unreadable values are skipped (they prove
   * nothing, so validation falls back to what else it has).
   *
   * @param signature the ds:Signature element
   * @return the embedded data, empty when the signature has none
   */
  public static Embedded read(Element signature) {
    List<X509Certificate> certificates = new ArrayList<>();
    List<X509CRL> crls = new ArrayList<>();
    List<byte[]> ocsp = new ArrayList<>();
    Element usp = XadesTimestamps.findUnsignedSignatureProperties(signature);
    if (usp == null) {
      return new Embedded(certificates, RevocationData.NONE);
    }
    CertificateFactory cf;
    try {
      cf = CertificateFactory.getInstance("X.509");
    } catch (CertificateException e) {
      throw JcaSignatures.unsupported("X.509", e);
    }
    int count = 0;
    for (Node n = usp.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element e) || !Xades.XADES.equals(e.getNamespaceURI())) {
        continue;
      }
      for (Element v : descendants(e)) {
        if (++count > MAX_VALUES) {
          break;
        }
        byte[] der = decode(v);
        if (der == null) {
          continue;
        }
        try {
          switch (v.getLocalName()) {
            case "EncapsulatedX509Certificate" -> {
              if ("CertificateValues".equals(e.getLocalName())) {
                certificates.add(
                    (X509Certificate) cf.generateCertificate(new ByteArrayInputStream(der)));
              }
            }
            case "EncapsulatedCRLValue" -> {
              if ("RevocationValues".equals(e.getLocalName())) {
                crls.add((X509CRL) cf.generateCRL(new ByteArrayInputStream(der)));
              }
            }
            case "EncapsulatedOCSPValue" -> {
              if ("RevocationValues".equals(e.getLocalName())) {
                ocsp.add(der);
              }
            }
            default -> {
              // other properties carry no validation data
            }
          }
        } catch (CertificateException | CRLException | RuntimeException ex) {
          // an unreadable value proves nothing
        }
      }
    }
    return new Embedded(certificates, new RevocationData(crls, ocsp));
  }

  private static List<Element> descendants(Element e) {
    List<Element> out = new ArrayList<>();
    var list = e.getElementsByTagNameNS(Xades.XADES, "*");
    for (int i = 0; i < list.getLength() && i <= MAX_VALUES; i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  private static byte @Nullable [] decode(Element v) {
    String text = v.getTextContent();
    if (text.length() > MAX_VALUE_CHARS) {
      return null;
    }
    try {
      return Base64.getMimeDecoder().decode(text.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static void append(Element parent, String name, byte[] der) {
    Element v = xades(parent.getOwnerDocument(), name);
    v.setTextContent(Base64.getEncoder().encodeToString(der));
    parent.appendChild(v);
  }

  private static Element xades(Document d, String name) {
    return d.createElementNS(Xades.XADES, "xades:" + name);
  }
}
