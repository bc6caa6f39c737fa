package vn.lienthong.signature.internal;

import java.security.cert.X509Certificate;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.keys.content.X509Data;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.signature.DigestAlgorithm;
import vn.lienthong.signature.SignatureAlgorithm;
import vn.lienthong.signature.SignatureErrorCode;
import vn.lienthong.signature.SignatureParameters;

/**
 * Builds a plain enveloped XML-DSig structure deterministically (no time or random part), so the
 * two signing steps produce the same SignedInfo. Thread-safe (stateless).
 */
public final class XmlDsig {

  private XmlDsig() {}

  /**
   * Checks that the parameters ask for RSA with SHA-256, the only algorithms emitted.
   *
   * @param p the parameters
   * @throws InvalidInputException with {@code LT-SIG-0301} otherwise
   */
  public static void checkAlgorithms(SignatureParameters p) {
    SignatureAlgorithm a = p.signatureAlgorithm();
    if (a.keyType() != SignatureAlgorithm.KeyType.RSA
        || a.digest() != DigestAlgorithm.SHA256
        || p.digestAlgorithm() != DigestAlgorithm.SHA256) {
      throw new InvalidInputException(
          SignatureErrorCode.XMLDSIG_ALGORITHM_NOT_ALLOWED,
          ErrorDetails.field("parameters")
              .rule("xmldsig.rsa-sha256")
              .rejectedValue(a.name() + "/" + p.digestAlgorithm().name()));
    }
  }

  /**
   * Adds an unsigned-value signature to the document.
   *
   * @param document the document, changed in place
   * @param p the parameters (RSA, SHA-256)
   * @param parentNamespace the namespace of the element to hold the signature, or null for the root
   * @param parentName the local name of that element, or null for the root
   * @return the signature
   * @throws InvalidInputException with {@code LT-SIG-0302} if the element is missing, {@code
   *     LT-SIG-0303} if the document is already signed
   */
  public static XMLSignature build(
      Document document,
      SignatureParameters p,
      @Nullable String parentNamespace,
      @Nullable String parentName) {
    Xades.init();
    if (document.getElementsByTagNameNS(Xades.DS, "Signature").getLength() > 0) {
      throw new InvalidInputException(
          SignatureErrorCode.XMLDSIG_ALREADY_SIGNED,
          ErrorDetails.field("document").rule("xmldsig.unsigned"));
    }
    Element parent = parent(document, parentNamespace, parentName);
    try {
      XMLSignature sig =
          new XMLSignature(
              document,
              "",
              p.signatureAlgorithm().xmlUri(),
              Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
      parent.appendChild(sig.getElement());
      Transforms transforms = new Transforms(document);
      transforms.addTransform(Transforms.TRANSFORM_ENVELOPED_SIGNATURE);
      transforms.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
      sig.addDocument("", transforms, DigestAlgorithm.SHA256.xmlUri());
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
          ErrorDetails.field("xmldsig").rejectedValue("XML signature").with("reason", e.toString()),
          e);
    }
  }

  private static Element parent(
      Document document, @Nullable String namespace, @Nullable String name) {
    if (name == null) {
      return document.getDocumentElement();
    }
    NodeList found = document.getElementsByTagNameNS(namespace == null ? "" : namespace, name);
    if (found.getLength() != 1) {
      throw new InvalidInputException(
          SignatureErrorCode.XMLDSIG_PARENT_NOT_FOUND,
          ErrorDetails.field("document")
              .rule("xmldsig.parent.exactly-one")
              .with("element", name)
              .with("count", found.getLength()));
    }
    return (Element) found.item(0);
  }
}
