package vn.lienthong.signature.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.apache.xml.security.Init;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.keys.content.X509Data;
import org.apache.xml.security.signature.ObjectContainer;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.signature.SignatureAlgorithm;
import vn.lienthong.signature.SignatureErrorCode;
import vn.lienthong.signature.SignatureParameters;

/**
 * Builds the XAdES B-B enveloped structure deterministically, so the two signing steps produce the
 * same SignedInfo. Thread-safe (stateless).
 */
public final class Xades {

  /** The XML Signature namespace. */
  public static final String DS = "http://www.w3.org/2000/09/xmldsig#";

  /** The XAdES 1.3.2 namespace (ETSI EN 319 132-1). */
  public static final String XADES = "http://uri.etsi.org/01903/v1.3.2#";

  /** The reference type of SignedProperties. */
  public static final String SIGNED_PROPERTIES_TYPE = "http://uri.etsi.org/01903#SignedProperties";

  static {
    Init.init();
  }

  private Xades() {}

  /** Makes sure Santuario is initialised. */
  public static void init() {
    // the static initialiser does the work
  }

  /**
   * Adds an unsigned-value enveloped XAdES signature to the document root.
   *
   * @param document the document, changed in place
   * @param source the original document bytes (for deterministic Ids)
   * @param p the parameters
   * @return the signature
   */
  public static XMLSignature build(Document document, byte[] source, SignatureParameters p) {
    return build(new XadesContent.Enveloped(document), source, p);
  }

  /**
   * Builds an unsigned-value XAdES signature over some content, in its packaging.
   *
   * @param content what is signed and where the signature goes
   * @param source bytes standing for the content (for deterministic Ids)
   * @param p the parameters
   * @return the signature
   */
  public static XMLSignature build(XadesContent content, byte[] source, SignatureParameters p) {
    try {
      Document document = content.document();
      String base = "id-" + deterministicId(source, p);
      String signedPropertiesId = "xades-" + base;
      String digestUri = p.digestAlgorithm().xmlUri();
      XMLSignature sig =
          new XMLSignature(
              document,
              "",
              p.signatureAlgorithm().xmlUri(),
              Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
      sig.setId(base);
      content.place(sig.getElement());
      List<XadesContent.DataObject> dataObjects = content.addReferences(sig, base, digestUri);

      ObjectContainer object = new ObjectContainer(document);
      Element signedProperties =
          qualifyingProperties(document, object, base, signedPropertiesId, p);
      if (!dataObjects.isEmpty()) {
        signedProperties.appendChild(dataObjectProperties(document, dataObjects));
      }
      sig.appendObject(object);
      signedProperties.setIdAttributeNS(null, "Id", true);

      Transforms c14n = new Transforms(document);
      c14n.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
      sig.addDocument("#" + signedPropertiesId, c14n, digestUri, null, SIGNED_PROPERTIES_TYPE);

      X509Data data = new X509Data(document);
      for (X509Certificate c : p.certificateChain()) {
        data.addCertificate(c);
      }
      sig.getKeyInfo().add(data);
      sig.getSignedInfo().generateDigestValues();
      return sig;
    } catch (XMLSecurityException e) {
      throw new ConfigurationException(
          SignatureErrorCode.PLATFORM_UNSUPPORTED,
          ErrorDetails.field("xades").rejectedValue("XML signature").with("reason", e.toString()),
          e);
    }
  }

  /**
   * Returns the canonical SignedInfo: the data to sign.
   *
   * @param sig the signature
   * @return the bytes
   */
  public static byte[] signedInfoBytes(XMLSignature sig) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      sig.getSignedInfo().signInOctetStream(out);
      return out.toByteArray();
    } catch (XMLSecurityException e) {
      throw new ConfigurationException(
          SignatureErrorCode.PLATFORM_UNSUPPORTED,
          ErrorDetails.field("xades")
              .rejectedValue("canonicalisation")
              .with("reason", e.toString()),
          e);
    }
  }

  /**
   * Converts a JCA signature value to the XML Signature form: ECDSA DER to {@code r || s}.
   *
   * @param value the JCA value
   * @param algorithm the algorithm
   * @param fieldBits the EC field size in bits (ignored for RSA)
   * @return the XML Signature value
   * @throws InvalidInputException if an ECDSA value is not DER
   */
  public static byte[] toXmlSignatureValue(
      byte[] value, SignatureAlgorithm algorithm, int fieldBits) {
    if (algorithm.keyType() != SignatureAlgorithm.KeyType.EC) {
      return value.clone();
    }
    try {
      ASN1Sequence seq = ASN1Sequence.getInstance(value);
      if (seq.size() != 2) {
        throw new IllegalArgumentException("not two integers");
      }
      int n = (fieldBits + 7) / 8;
      byte[] out = new byte[2 * n];
      copyUnsigned(ASN1Integer.getInstance(seq.getObjectAt(0)).getValue(), out, 0, n);
      copyUnsigned(ASN1Integer.getInstance(seq.getObjectAt(1)).getValue(), out, n, n);
      return out;
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          SignatureErrorCode.SIGNATURE_VALUE_MISMATCH,
          ErrorDetails.field("signatureValue").rule("signature.ecdsa.der"),
          e);
    }
  }

  private static void copyUnsigned(BigInteger v, byte[] out, int offset, int n) {
    byte[] b = v.toByteArray();
    int start = b.length > n ? b.length - n : 0;
    int len = b.length - start;
    if (len > n || v.signum() < 0) {
      throw new IllegalArgumentException("integer too large");
    }
    System.arraycopy(b, start, out, offset + n - len, len);
  }

  private static Element qualifyingProperties(
      Document d, ObjectContainer object, String signatureId, String id, SignatureParameters p) {
    Element qp = xades(d, "QualifyingProperties");
    qp.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xades", XADES);
    qp.setAttributeNS(null, "Target", "#" + signatureId);
    Element sp = xades(d, "SignedProperties");
    sp.setAttributeNS(null, "Id", id);
    Element ssp = xades(d, "SignedSignatureProperties");
    Element time = xades(d, "SigningTime");
    time.setTextContent(p.signingTime().toString());
    ssp.appendChild(time);
    Element scv2 = xades(d, "SigningCertificateV2");
    Element cert = xades(d, "Cert");
    Element certDigest = xades(d, "CertDigest");
    Element method = d.createElementNS(DS, "ds:DigestMethod");
    method.setAttributeNS(null, "Algorithm", p.digestAlgorithm().xmlUri());
    Element value = d.createElementNS(DS, "ds:DigestValue");
    value.setTextContent(
        Base64.getEncoder()
            .encodeToString(
                certificateDigest(p.signingCertificate(), p.digestAlgorithm().jcaName())));
    certDigest.appendChild(method);
    certDigest.appendChild(value);
    Element issuerSerial = xades(d, "IssuerSerialV2");
    issuerSerial.setTextContent(
        Base64.getEncoder().encodeToString(issuerSerial(p.signingCertificate())));
    cert.appendChild(certDigest);
    cert.appendChild(issuerSerial);
    scv2.appendChild(cert);
    ssp.appendChild(scv2);
    sp.appendChild(ssp);
    qp.appendChild(sp);
    object.appendChild(qp);
    return sp;
  }

  /** SignedDataObjectProperties: a DataObjectFormat with the media type of each signed object. */
  private static Element dataObjectProperties(
      Document d, List<XadesContent.DataObject> dataObjects) {
    Element sdop = xades(d, "SignedDataObjectProperties");
    for (XadesContent.DataObject o : dataObjects) {
      Element format = xades(d, "DataObjectFormat");
      format.setAttributeNS(null, "ObjectReference", "#" + o.referenceId());
      Element mime = xades(d, "MimeType");
      mime.setTextContent(o.mimeType());
      format.appendChild(mime);
      sdop.appendChild(format);
    }
    return sdop;
  }

  private static Element xades(Document d, String name) {
    return d.createElementNS(XADES, "xades:" + name);
  }

  /**
   * Digests a certificate's DER encoding.
   *
   * @param c the certificate
   * @param jcaDigest the JCA digest name
   * @return the digest
   */
  public static byte[] certificateDigest(X509Certificate c, String jcaDigest) {
    try {
      return MessageDigest.getInstance(jcaDigest).digest(c.getEncoded());
    } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
      throw JcaSignatures.unsupported(jcaDigest, e);
    }
  }

  private static byte[] issuerSerial(X509Certificate c) {
    try {
      X500Name issuer = X500Name.getInstance(c.getIssuerX500Principal().getEncoded());
      return new IssuerSerial(new GeneralNames(new GeneralName(issuer)), c.getSerialNumber())
          .getEncoded();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String deterministicId(byte[] source, SignatureParameters p) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(source);
      md.update(p.signingTime().toString().getBytes(StandardCharsets.US_ASCII));
      md.update(p.signingCertificate().getEncoded());
      md.update(p.signatureAlgorithm().name().getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(md.digest(), 0, 12);
    } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
      throw JcaSignatures.unsupported("SHA-256", e);
    }
  }
}
