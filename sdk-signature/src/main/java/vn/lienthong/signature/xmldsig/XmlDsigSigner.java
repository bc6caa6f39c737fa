package vn.lienthong.signature.xmldsig;

import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Base64;
import java.util.Objects;
import org.apache.xml.security.signature.XMLSignature;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.signature.SignatureErrorCode;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.SigningKey;
import vn.lienthong.signature.internal.JcaSignatures;
import vn.lienthong.signature.internal.SecureXml;
import vn.lienthong.signature.internal.Xades;
import vn.lienthong.signature.internal.XmlDsig;

/**
 * Creates plain enveloped XML signatures (W3C XML-DSig): one reference to the whole document
 * ({@code URI=""}, enveloped-signature and exclusive canonicalisation transforms), RSA with SHA-256
 * only, the certificate chain in {@code KeyInfo}. The signature is appended to the document's root
 * or to an element the format names (edXML puts it in {@code edXMLHeader}).
 *
 * <p>Signing is three steps, so the key may be remote: {@link #dataToSign}, then the key signs,
 * then {@link #sign(byte[], SignatureParameters, byte[])}. Nothing time-dependent is added, so both
 * steps build the same SignedInfo. Instances are immutable and thread-safe; create one and reuse
 * it.
 *
 * <pre>{@code
 * XmlDsigSigner signer =
 *     XmlDsigSigner.builder().signatureParent(EDXML_NAMESPACE, "edXMLHeader").build();
 * SignatureParameters p = SignatureParameters.builder(key.certificateChain())
 *     .rsaPadding(RsaPadding.PKCS1_V1_5).build();
 * byte[] signed = signer.sign(xml, p, key);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class XmlDsigSigner {

  /** The largest document accepted for signing, in bytes (64 MiB: edXML carries attachments). */
  public static final int MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

  private final @Nullable String parentNamespace;
  private final @Nullable String parentName;

  private XmlDsigSigner(Builder b) {
    Xades.init();
    this.parentNamespace = b.parentNamespace;
    this.parentName = b.parentName;
  }

  /**
   * Returns a signer that appends the signature to the document's root.
   *
   * @return the signer
   */
  public static XmlDsigSigner create() {
    return builder().build();
  }

  /**
   * Starts a signer.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Computes the data to sign: the canonical SignedInfo.
   *
   * @param document the XML document
   * @param parameters RSA with SHA-256 ({@code RSA_SHA256} or {@code RSA_PSS_SHA256})
   * @return the bytes the key must sign
   * @throws InvalidInputException if the document is too large, malformed or has a DTD ({@code
   *     LT-SIG-01xx}), the algorithms are not RSA with SHA-256 ({@code LT-SIG-0301}), the parent
   *     element is missing ({@code LT-SIG-0302}) or the document is already signed ({@code
   *     LT-SIG-0303})
   * @throws NullPointerException if an argument is null
   */
  public byte[] dataToSign(byte[] document, SignatureParameters parameters) {
    XmlDsig.checkAlgorithms(Objects.requireNonNull(parameters, "parameters"));
    Document dom = SecureXml.parse(document, "document", MAX_DOCUMENT_BYTES);
    return Xades.signedInfoBytes(XmlDsig.build(dom, parameters, parentNamespace, parentName));
  }

  /**
   * Builds the signed document from the signature value.
   *
   * @param document the same document given to {@link #dataToSign}
   * @param parameters the same parameters
   * @param signatureValue the value the key returned
   * @return the signed document, UTF-8
   * @throws InvalidInputException as {@link #dataToSign}, or {@code LT-SIG-0006} if the value does
   *     not verify with the signer's certificate
   * @throws NullPointerException if an argument is null
   */
  public byte[] sign(byte[] document, SignatureParameters parameters, byte[] signatureValue) {
    XmlDsig.checkAlgorithms(Objects.requireNonNull(parameters, "parameters"));
    Objects.requireNonNull(signatureValue, "signatureValue");
    Document dom = SecureXml.parse(document, "document", MAX_DOCUMENT_BYTES);
    XMLSignature sig = XmlDsig.build(dom, parameters, parentNamespace, parentName);
    byte[] toSign = Xades.signedInfoBytes(sig);
    boolean ok;
    try {
      Signature s = JcaSignatures.create(parameters.signatureAlgorithm());
      s.initVerify(parameters.signingCertificate().getPublicKey());
      s.update(toSign);
      ok = s.verify(signatureValue);
    } catch (GeneralSecurityException e) {
      ok = false;
    }
    if (!ok) {
      throw new InvalidInputException(
          SignatureErrorCode.SIGNATURE_VALUE_MISMATCH,
          ErrorDetails.field("signatureValue").rule("signature.value.verifies"));
    }
    Element value =
        (Element) sig.getElement().getElementsByTagNameNS(Xades.DS, "SignatureValue").item(0);
    value.setTextContent(Base64.getEncoder().encodeToString(signatureValue));
    return SecureXml.write(dom);
  }

  /**
   * Signs in one call with a local key.
   *
   * @param document the XML document
   * @param parameters RSA with SHA-256
   * @param key the key matching the parameters' certificate
   * @return the signed document, UTF-8
   * @throws InvalidInputException as {@link #sign(byte[], SignatureParameters, byte[])}
   * @throws vn.lienthong.core.LienThongException if the key fails ({@code LT-SIG-0005})
   * @throws NullPointerException if an argument is null
   */
  public byte[] sign(byte[] document, SignatureParameters parameters, SigningKey key) {
    byte[] toSign = dataToSign(document, parameters);
    return sign(document, parameters, key.sign(toSign, parameters.signatureAlgorithm()));
  }

  /**
   * Builds {@link XmlDsigSigner}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable String parentNamespace;
    private @Nullable String parentName;

    private Builder() {}

    /**
     * Places the signature as the last child of the one element with this name, instead of the
     * root.
     *
     * @param namespace the element's namespace URI
     * @param localName the element's local name, such as {@code edXMLHeader}
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder signatureParent(String namespace, String localName) {
      this.parentNamespace = Objects.requireNonNull(namespace, "namespace");
      this.parentName = Objects.requireNonNull(localName, "localName");
      return this;
    }

    /**
     * Builds the signer.
     *
     * @return the signer
     */
    public XmlDsigSigner build() {
      return new XmlDsigSigner(this);
    }
  }
}
