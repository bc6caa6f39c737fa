package vn.lienthong.registry.edxml;

import java.security.cert.X509Certificate;
import java.util.Collection;
import vn.lienthong.signature.xmldsig.XmlDsigSigner;
import vn.lienthong.signature.xmldsig.XmlDsigValidator;

/**
 * Constants of edXML (QCVN 102:2016/BTTTT) and the XML-DSig signer and validator configured for it:
 * the signature goes in {@code edXMLHeader} and covers the whole package, attachments included.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * byte[] signed = Edxml.signer().sign(pkg.toXml(), parameters, key);
 * EdxmlValidationResult r = EdxmlValidator.create(List.of(root)).validate(signed);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Edxml {

  /** The edXML namespace. */
  public static final String NAMESPACE = "http://www.mic.gov.vn/TBT/QCVN_102_2016";

  /** The element that holds the enveloped signature. */
  public static final String SIGNATURE_PARENT = "edXMLHeader";

  /** The largest package read, in bytes (50 MiB, as the document exchange contract allows). */
  public static final int MAX_PACKAGE_BYTES = 50 * 1024 * 1024;

  private static final XmlDsigSigner SIGNER =
      XmlDsigSigner.builder().signatureParent(NAMESPACE, SIGNATURE_PARENT).build();

  private Edxml() {}

  /**
   * Returns the signer for edXML packages and status messages (RSA with SHA-256).
   *
   * @return the shared signer
   */
  public static XmlDsigSigner signer() {
    return SIGNER;
  }

  /**
   * Returns a signature validator for edXML with the given trust anchors.
   *
   * @param trustAnchors the root certificates trusted
   * @return the validator
   * @throws NullPointerException if the collection or an element is null
   * @throws IllegalStateException if the collection is empty
   */
  public static XmlDsigValidator signatureValidator(Collection<X509Certificate> trustAnchors) {
    return XmlDsigValidator.builder()
        .trustAnchors(trustAnchors)
        .signatureParent(NAMESPACE, SIGNATURE_PARENT)
        .build();
  }
}
