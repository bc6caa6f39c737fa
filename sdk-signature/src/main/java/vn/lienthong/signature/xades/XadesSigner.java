package vn.lienthong.signature.xades;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.xml.security.signature.XMLSignature;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.signature.SignatureErrorCode;
import vn.lienthong.signature.SignatureLevel;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.SigningKey;
import vn.lienthong.signature.internal.DetachedResolver;
import vn.lienthong.signature.internal.JcaSignatures;
import vn.lienthong.signature.internal.LongTermProofs;
import vn.lienthong.signature.internal.SecureXml;
import vn.lienthong.signature.internal.Xades;
import vn.lienthong.signature.internal.XadesArchive;
import vn.lienthong.signature.internal.XadesContent;
import vn.lienthong.signature.internal.XadesLongTerm;
import vn.lienthong.signature.internal.XadesTimestamps;
import vn.lienthong.signature.timestamp.TimestampSource;
import vn.lienthong.signature.trust.CertificateVerifier;

/**
 * Creates XAdES baseline signatures (ETSI EN 319 132-1) at B-B, B-T, B-LT or B-LTA, in one of three
 * packagings ({@link XadesPackaging}): enveloped (the default: the signature becomes the last child
 * of the document's root and covers the whole document), enveloping (the content, XML or base64,
 * inside a {@code ds:Object} of the signature) or detached (the signature references named files
 * that travel beside it). Every signature also covers its signed properties (SigningTime,
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

  /** The most detached files one signature references. */
  public static final int MAX_DETACHED_DOCUMENTS = 20;

  private final SignatureLevel level;
  private final XadesPackaging packaging;
  private final boolean base64Content;
  private final @Nullable TimestampSource timestampSource;
  private final @Nullable CertificateVerifier certificateVerifier;

  private XadesSigner(
      SignatureLevel level,
      XadesPackaging packaging,
      boolean base64Content,
      @Nullable TimestampSource timestampSource,
      @Nullable CertificateVerifier certificateVerifier) {
    this.level = level;
    this.packaging = packaging;
    this.base64Content = base64Content;
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
    return new XadesSigner(SignatureLevel.B_B, XadesPackaging.ENVELOPED, false, null, null);
  }

  /**
   * Returns the packaging this signer produces.
   *
   * @return the packaging
   */
  public XadesPackaging packaging() {
    return packaging;
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
   * Computes the data to sign: the canonical SignedInfo of the signature to be (enveloped or
   * enveloping packaging).
   *
   * @param document the XML document to sign (enveloped, enveloping XML) or the bytes to envelop
   *     (enveloping base64)
   * @param parameters the signature parameters
   * @return the bytes the key must sign
   * @throws InvalidInputException if the document is too large, malformed or has a DTD ({@code
   *     LT-SIG-01xx}), or this signer is detached ({@code LT-SIG-1101})
   * @throws NullPointerException if an argument is null
   */
  public byte[] dataToSign(byte[] document, SignatureParameters parameters) {
    Objects.requireNonNull(parameters, "parameters");
    return Xades.signedInfoBytes(Xades.build(content(document), document, parameters));
  }

  /**
   * Computes the data to sign over detached files (detached packaging).
   *
   * <pre>{@code
   * XadesSigner signer = XadesSigner.builder().packaging(XadesPackaging.DETACHED).build();
   * List<DetachedDocument> files = List.of(DetachedDocument.of("quyet-dinh.pdf", pdf));
   * byte[] toSign = signer.dataToSign(files, parameters);
   * byte[] signature = signer.sign(files, parameters, key.sign(toSign, parameters.signatureAlgorithm()));
   * }</pre>
   *
   * @param documents the files, referenced by their names in this order
   * @param parameters the signature parameters
   * @return the bytes the key must sign
   * @throws InvalidInputException if this signer is not detached ({@code LT-SIG-1101}) or the files
   *     are none, more than {@link #MAX_DETACHED_DOCUMENTS} or share a name ({@code LT-SIG-1103})
   * @throws NullPointerException if an argument is null
   */
  public byte[] dataToSign(List<DetachedDocument> documents, SignatureParameters parameters) {
    Objects.requireNonNull(parameters, "parameters");
    XadesContent.Detached content = detached(documents);
    return Xades.signedInfoBytes(Xades.build(content, idSource(content), parameters));
  }

  /**
   * Builds the signed document from the signature value (enveloped or enveloping packaging).
   *
   * @param document the same document given to {@link #dataToSign(byte[], SignatureParameters)}
   * @param parameters the same parameters given to {@link #dataToSign(byte[], SignatureParameters)}
   * @param signatureValue the value the key returned (JCA form; DER for ECDSA)
   * @return the signed document, UTF-8
   * @throws InvalidInputException if the document is invalid ({@code LT-SIG-01xx}), the value does
   *     not verify over the data to sign with the signer's certificate ({@code LT-SIG-0006}), or
   *     this signer is detached ({@code LT-SIG-1101})
   * @throws vn.lienthong.core.LienThongException if a long-term level cannot gather its validation
   *     data ({@code LT-SIG-1001}) or a timestamp fails ({@code LT-SIG-07xx})
   * @throws NullPointerException if an argument is null
   */
  public byte[] sign(byte[] document, SignatureParameters parameters, byte[] signatureValue) {
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(signatureValue, "signatureValue");
    XadesContent content = content(document);
    return finish(content, document, parameters, signatureValue, null);
  }

  /**
   * Builds the detached signature from the signature value (detached packaging): a document whose
   * root is the {@code ds:Signature}.
   *
   * @param documents the same files given to {@link #dataToSign(List, SignatureParameters)}
   * @param parameters the same parameters
   * @param signatureValue the value the key returned (JCA form; DER for ECDSA)
   * @return the signature document, UTF-8
   * @throws InvalidInputException if the files are invalid ({@code LT-SIG-1103}), the value does
   *     not verify ({@code LT-SIG-0006}), or this signer is not detached ({@code LT-SIG-1101})
   * @throws vn.lienthong.core.LienThongException if a long-term level cannot gather its validation
   *     data ({@code LT-SIG-1001}) or a timestamp fails ({@code LT-SIG-07xx})
   * @throws NullPointerException if an argument is null
   */
  public byte[] sign(
      List<DetachedDocument> documents, SignatureParameters parameters, byte[] signatureValue) {
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(signatureValue, "signatureValue");
    XadesContent.Detached content = detached(documents);
    return finish(content, idSource(content), parameters, signatureValue, content.resolver());
  }

  /**
   * Signs detached files in one call with a local key: the three steps together.
   *
   * @param documents the files, referenced by their names in this order
   * @param parameters the signature parameters
   * @param key the key matching the parameters' certificate
   * @return the signature document, UTF-8
   * @throws InvalidInputException if the files are invalid ({@code LT-SIG-1103}), the key does not
   *     match the certificate ({@code LT-SIG-0006}), or this signer is not detached ({@code
   *     LT-SIG-1101})
   * @throws vn.lienthong.core.LienThongException if the key fails ({@code LT-SIG-0005}), or a
   *     long-term level cannot gather its validation data ({@code LT-SIG-1001})
   * @throws NullPointerException if an argument is null
   */
  public byte[] sign(
      List<DetachedDocument> documents, SignatureParameters parameters, SigningKey key) {
    byte[] toSign = dataToSign(documents, parameters);
    return sign(documents, parameters, key.sign(toSign, parameters.signatureAlgorithm()));
  }

  private byte[] finish(
      XadesContent content,
      byte[] source,
      SignatureParameters parameters,
      byte[] signatureValue,
      @Nullable DetachedResolver resolver) {
    XMLSignature sig = Xades.build(content, source, parameters);
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
      XadesArchive.add(sig.getElement(), timestampSource, resolver);
    }
    return SecureXml.write(content.document());
  }

  private XadesContent content(byte[] document) {
    Objects.requireNonNull(document, "document");
    if (packaging == XadesPackaging.DETACHED) {
      throw mismatch("document");
    }
    if (packaging == XadesPackaging.ENVELOPED) {
      return new XadesContent.Enveloped(SecureXml.parse(document, "document", MAX_DOCUMENT_BYTES));
    }
    if (base64Content) {
      if (document.length > MAX_DOCUMENT_BYTES) {
        SecureXml.parse(document, "document", MAX_DOCUMENT_BYTES); // throws LT-SIG-0101
      }
      return new XadesContent.Enveloping(SecureXml.newDocument(), null, document);
    }
    return new XadesContent.Enveloping(
        SecureXml.newDocument(),
        SecureXml.parse(document, "document", MAX_DOCUMENT_BYTES),
        document);
  }

  private XadesContent.Detached detached(List<DetachedDocument> documents) {
    Objects.requireNonNull(documents, "documents");
    if (packaging != XadesPackaging.DETACHED) {
      throw mismatch("documents");
    }
    if (documents.isEmpty() || documents.size() > MAX_DETACHED_DOCUMENTS) {
      throw invalidDocuments(
          "xades.detached.count", "between 1 and " + MAX_DETACHED_DOCUMENTS + " files");
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (DetachedDocument d : documents) {
      if (files.put(Objects.requireNonNull(d, "document").name(), d.bytes()) != null) {
        throw invalidDocuments("xades.detached.unique-names", "two files share a name");
      }
    }
    return new XadesContent.Detached(SecureXml.newDocument(), files);
  }

  static InvalidInputException invalidDocuments(String rule, String reason) {
    return new InvalidInputException(
        SignatureErrorCode.DETACHED_DOCUMENTS_INVALID,
        ErrorDetails.field("documents").rule(rule).with("reason", reason));
  }

  private InvalidInputException mismatch(String field) {
    return new InvalidInputException(
        SignatureErrorCode.XADES_PACKAGING_MISMATCH,
        ErrorDetails.field(field).rule("xades.packaging.input").rejectedValue(packaging.name()));
  }

  /** Bytes standing for the detached files, for the deterministic Ids. */
  private static byte[] idSource(XadesContent.Detached content) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (Map.Entry<String, byte[]> e : content.files().entrySet()) {
        md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(MessageDigest.getInstance("SHA-256").digest(e.getValue()));
      }
      return md.digest();
    } catch (NoSuchAlgorithmException e) {
      throw JcaSignatures.unsupported("SHA-256", e);
    }
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
    private XadesPackaging packaging = XadesPackaging.ENVELOPED;
    private boolean base64Content;
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
     * Sets the packaging: enveloped (the default), enveloping or detached.
     *
     * @param packaging the packaging
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder packaging(XadesPackaging packaging) {
      this.packaging = Objects.requireNonNull(packaging, "packaging");
      return this;
    }

    /**
     * For the enveloping packaging, carries the content base64-encoded (with the base64 transform),
     * so that any bytes can be enveloped (a PDF, an image); by default the content must be XML and
     * is enveloped as XML. Ignored by the other packagings.
     *
     * @param base64 true for base64 content
     * @return this builder
     */
    public Builder base64Content(boolean base64) {
      this.base64Content = base64;
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
          packaging,
          base64Content,
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
