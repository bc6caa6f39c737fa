package vn.lienthong.signature.xades;

import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.util.Base64;
import java.util.Objects;
import org.apache.xml.security.signature.XMLSignature;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.signature.SignatureErrorCode;
import vn.lienthong.signature.SignatureLevel;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.SigningKey;
import vn.lienthong.signature.internal.JcaSignatures;
import vn.lienthong.signature.internal.LongTermProofs;
import vn.lienthong.signature.internal.SecureXml;
import vn.lienthong.signature.internal.Xades;
import vn.lienthong.signature.internal.XadesArchive;
import vn.lienthong.signature.internal.XadesLongTerm;
import vn.lienthong.signature.internal.XadesTimestamps;
import vn.lienthong.signature.timestamp.TimestampSource;
import vn.lienthong.signature.trust.CertificateVerifier;

/**
 * Creates XAdES B-B enveloped signatures (ETSI EN 319 132-1): the signature becomes the last child
 * of the document's root and covers the whole document and its signed properties (SigningTime,
 * SigningCertificateV2).
 *
 * <p>Signing is three steps, so the key may be remote: {@link #dataToSign} gives the bytes to sign,
 * a {@link SigningKey} (or a token, an HSM, a signing service) signs them, and {@link #sign(byte[],
 * SignatureParameters, byte[])} builds the signed document. Both steps must get the same document
 * and parameters. Instances are immutable and thread-safe; create one and reuse it.
 *
 * <pre>{@code
 * XadesSigner signer = XadesSigner.create();
 * SignatureParameters parameters = SignatureParameters.builder(key.certificateChain()).build();
 * byte[] toSign = signer.dataToSign(xml, parameters);
 * byte[] value = key.sign(toSign, parameters.signatureAlgorithm());
 * byte[] signedXml = signer.sign(xml, parameters, value);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class XadesSigner {

  /** The largest document accepted for signing, in bytes (16 MiB). */
  public static final int MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

  private final SignatureLevel level;
  private final @Nullable TimestampSource timestampSource;
  private final @Nullable CertificateVerifier certificateVerifier;

  private XadesSigner(
      SignatureLevel level,
      @Nullable TimestampSource timestampSource,
      @Nullable CertificateVerifier certificateVerifier) {
    this.level = level;
    this.timestampSource = timestampSource;
    this.certificateVerifier = certificateVerifier;
    Xades.init();
  }

  /**
   * Returns a B-B signer.
   *
   * @return the signer
   */
  public static XadesSigner create() {
    return new XadesSigner(SignatureLevel.B_B, null, null);
  }

  /**
   * Returns the level this signer produces.
   *
   * @return the level
   */
  public SignatureLevel level() {
    return level;
  }

  /**
   * Starts a signer for a chosen level: B-B (the default); B-T, which adds a SignatureTimeStamp
   * unsigned property over the canonicalized {@code ds:SignatureValue}; B-LT, which also embeds the
   * certificates and the OCSP responses and CRLs of the signer and of the timestamp authority
   * ({@code xades:CertificateValues}, {@code xades:RevocationValues}); B-LTA, which adds a {@code
   * xades141:ArchiveTimeStamp} over all of it.
   *
   * <pre>{@code
   * XadesSigner signer =
   *     XadesSigner.builder()
   *         .level(SignatureLevel.B_LT)
   *         .timestampSource(tsa)
   *         .certificateVerifier(verifier)
   *         .build();
   * }</pre>
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Computes the data to sign: the canonical SignedInfo of the signature to be.
   *
   * @param document the XML document to sign
   * @param parameters the signature parameters
   * @return the bytes the key must sign
   * @throws InvalidInputException if the document is too large, malformed or has a DTD ({@code
   *     LT-SIG-01xx})
   * @throws NullPointerException if an argument is null
   */
  public byte[] dataToSign(byte[] document, SignatureParameters parameters) {
    Objects.requireNonNull(parameters, "parameters");
    Document dom = SecureXml.parse(document, "document", MAX_DOCUMENT_BYTES);
    return Xades.signedInfoBytes(Xades.build(dom, document, parameters));
  }

  /**
   * Builds the signed document from the signature value.
   *
   * @param document the same document given to {@link #dataToSign}
   * @param parameters the same parameters given to {@link #dataToSign}
   * @param signatureValue the value the key returned (JCA form; DER for ECDSA)
   * @return the signed document, UTF-8
   * @throws InvalidInputException if the document is invalid ({@code LT-SIG-01xx}) or the value
   *     does not verify over the data to sign with the signer's certificate ({@code LT-SIG-0006})
   * @throws NullPointerException if an argument is null
   */
  public byte[] sign(byte[] document, SignatureParameters parameters, byte[] signatureValue) {
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(signatureValue, "signatureValue");
    Document dom = SecureXml.parse(document, "document", MAX_DOCUMENT_BYTES);
    XMLSignature sig = Xades.build(dom, document, parameters);
    byte[] toSign = Xades.signedInfoBytes(sig);
    checkValue(toSign, parameters, signatureValue);
    var key = parameters.signingCertificate().getPublicKey();
    int fieldBits =
        key instanceof ECPublicKey ec ? ec.getParams().getCurve().getField().getFieldSize() : 0;
    byte[] xmlValue =
        Xades.toXmlSignatureValue(signatureValue, parameters.signatureAlgorithm(), fieldBits);
    Element valueElement =
        (Element) sig.getElement().getElementsByTagNameNS(Xades.DS, "SignatureValue").item(0);
    valueElement.setTextContent(Base64.getEncoder().encodeToString(xmlValue));
    if (timestampSource != null) {
      XadesTimestamps.add(sig.getElement(), timestampSource);
    }
    if (certificateVerifier != null) {
      addValidationData(sig.getElement(), parameters, certificateVerifier);
    }
    if (level == SignatureLevel.B_LTA && timestampSource != null) {
      XadesArchive.add(sig.getElement(), timestampSource, null);
    }
    return SecureXml.write(dom);
  }

  /**
   * Signs in one call with a local key: the three steps together.
   *
   * @param document the XML document to sign
   * @param parameters the signature parameters
   * @param key the key matching the parameters' certificate
   * @return the signed document, UTF-8
   * @throws InvalidInputException if the document is invalid ({@code LT-SIG-01xx}) or the key does
   *     not match the certificate ({@code LT-SIG-0006})
   * @throws vn.lienthong.core.LienThongException if the key fails ({@code LT-SIG-0005}), or a
   *     long-term level cannot gather its validation data ({@code LT-SIG-1001})
   * @throws NullPointerException if an argument is null
   */
  public byte[] sign(byte[] document, SignatureParameters parameters, SigningKey key) {
    byte[] toSign = dataToSign(document, parameters);
    return sign(document, parameters, key.sign(toSign, parameters.signatureAlgorithm()));
  }

  private void addValidationData(
      Element signature, SignatureParameters parameters, CertificateVerifier verifier) {
    LongTermProofs proofs = new LongTermProofs(verifier);
    proofs.add(parameters.signingCertificate(), parameters.certificateChain(), level.etsiName());
    for (XadesTimestamps.Found f : XadesTimestamps.find(signature)) {
      proofs.addTimestampAuthority(f.token(), f.covered(), level.etsiName());
    }
    XadesLongTerm.add(
        signature, parameters.certificateChain(), proofs.certificates(), proofs.revocation());
  }

  private static void checkValue(byte[] toSign, SignatureParameters p, byte[] value) {
    boolean ok;
    try {
      Signature s = JcaSignatures.create(p.signatureAlgorithm());
      s.initVerify(p.signingCertificate().getPublicKey());
      s.update(toSign);
      ok = s.verify(value);
    } catch (GeneralSecurityException e) {
      ok = false;
    }
    if (!ok) {
      throw new InvalidInputException(
          SignatureErrorCode.SIGNATURE_VALUE_MISMATCH,
          ErrorDetails.field("signatureValue").rule("signature.value.verifies"));
    }
  }

  /**
   * Builds {@link XadesSigner}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private SignatureLevel level = SignatureLevel.B_B;
    private @Nullable TimestampSource timestampSource;
    private @Nullable CertificateVerifier certificateVerifier;

    private Builder() {}

    /**
     * Sets the level: B-B (the default), B-T, B-LT or B-LTA.
     *
     * @param level the level
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder level(SignatureLevel level) {
      this.level = Objects.requireNonNull(level, "level");
      return this;
    }

    /**
     * Sets the verifier that gathers certificates, OCSP responses and CRLs (required for B-LT and
     * B-LTA); when signing, the signer's and the timestamp authority's certificates must verify as
     * trusted with their revocation checked.
     *
     * @param verifier the verifier
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder certificateVerifier(CertificateVerifier verifier) {
      this.certificateVerifier = Objects.requireNonNull(verifier, "verifier");
      return this;
    }

    /**
     * Sets where signature and archive timestamps come from (required from B-T up).
     *
     * @param source the source
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder timestampSource(TimestampSource source) {
      this.timestampSource = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * Builds the signer.
     *
     * @return the signer
     * @throws InvalidInputException if the level lacks its timestamp source or certificate verifier
     *     ({@code LT-SIG-0704})
     */
    public XadesSigner build() {
      if (level != SignatureLevel.B_B && timestampSource == null) {
        throw missing("a timestamp source");
      }
      boolean longTerm = level == SignatureLevel.B_LT || level == SignatureLevel.B_LTA;
      if (longTerm && certificateVerifier == null) {
        throw missing("a certificate verifier");
      }
      return new XadesSigner(
          level,
          level == SignatureLevel.B_B ? null : timestampSource,
          longTerm ? certificateVerifier : null);
    }

    private InvalidInputException missing(String what) {
      return new InvalidInputException(
          SignatureErrorCode.LEVEL_REQUIREMENTS_MISSING,
          ErrorDetails.field("level").rejectedValue(level.etsiName()).with("reason", what));
    }
  }
}
