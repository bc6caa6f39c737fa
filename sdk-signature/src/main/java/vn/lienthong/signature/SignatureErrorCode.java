package vn.lienthong.signature;

import vn.lienthong.core.ErrorCode;

/**
 * The error codes of sdk-signature: {@code LT-SIG-00xx} keys and crypto policy, {@code 01xx} input
 * documents, {@code 02xx} PDF and PAdES, {@code 03xx} plain XML-DSig, {@code 04xx} JWS and JAdES,
 * {@code 05xx} PKCS#11 tokens, external and remote signing, {@code 06xx} revocation, chains and
 * trust, {@code 07xx} timestamps and levels, {@code 09xx} configuration, {@code 11xx} XAdES
 * packagings.
 *
 * <p>These mean "the operation could not be performed"; a signature that does not validate is a
 * {@link ValidationReport}, not an error. Texts live in {@code
 * vn/lienthong/signature/messages_vi.properties} and {@code messages_en.properties}.
 *
 * @since 0.1.0
 */
public enum SignatureErrorCode implements ErrorCode {
  // ---- 00xx: keys and crypto policy ----

  /** A PKCS#12 key store cannot be read: wrong password or corrupt file. */
  KEY_STORE_UNREADABLE("LT-SIG-0001"),
  /** The alias names no private key with a certificate in the key store. */
  KEY_ALIAS_NOT_FOUND("LT-SIG-0002"),
  /** The key's type or size is not allowed (Circular 15/2025: RSA 2048+ or ECDSA P-256+). */
  KEY_NOT_ALLOWED("LT-SIG-0003"),
  /** The signature algorithm does not fit the key (an ECDSA algorithm with an RSA key...). */
  ALGORITHM_KEY_MISMATCH("LT-SIG-0004"),
  /** The key failed to produce a signature value. */
  SIGNING_FAILED("LT-SIG-0005", false, 500),
  /** A signature value given to the last signing step does not verify with the signer's key. */
  SIGNATURE_VALUE_MISMATCH("LT-SIG-0006"),
  /** An algorithm identifier is not one of those the policy allows (SHA-1, MD5...). */
  ALGORITHM_NOT_ALLOWED("LT-SIG-0007"),

  // ---- 01xx: input documents ----

  /** A document is larger than the size cap. */
  DOCUMENT_TOO_LARGE("LT-SIG-0101"),
  /** A document is not well-formed XML. */
  XML_MALFORMED("LT-SIG-0102"),
  /** A document declares a DTD (DOCTYPE), which could fetch files or expand entities. */
  XML_DOCTYPE_FORBIDDEN("LT-SIG-0103"),

  // ---- 02xx: PDF and PAdES ----

  /** A document is not a readable PDF: not a PDF, truncated or damaged beyond repair. */
  PDF_UNREADABLE("LT-SIG-0201"),
  /** A PDF is encrypted; signing and validating encrypted PDFs is not supported. */
  PDF_ENCRYPTED("LT-SIG-0202"),
  /** A PDF holds more signatures than the validator accepts. */
  PDF_TOO_MANY_SIGNATURES("LT-SIG-0203"),
  /** A PDF is certified with "no changes allowed" (DocMDP P=1): a new signature would break it. */
  PDF_NO_CHANGES_ALLOWED("LT-SIG-0204"),
  /** No Vietnamese-capable TrueType font was found for the signature appearance. */
  FONT_UNAVAILABLE("LT-SIG-0205", false, 500),
  /** An appearance image (handwritten signature, seal) is not a readable PNG. */
  APPEARANCE_IMAGE_INVALID("LT-SIG-0206"),
  /** The anchor text that places a signature appearance is not in the PDF. */
  ANCHOR_TEXT_NOT_FOUND("LT-SIG-0207"),
  /** A placement refers to a page the PDF does not have. */
  PAGE_NOT_FOUND("LT-SIG-0208"),
  /** A seal placed over the last signature needs an earlier visible signature; there is none. */
  NO_EARLIER_SIGNATURE("LT-SIG-0209"),
  /** Reading the PDF or writing the signed PDF failed (disk full, closed stream...). */
  PDF_IO_FAILED("LT-SIG-0210", false, 500),

  // ---- 03xx: plain XML-DSig (edXML and other enveloped XML signatures) ----

  /** Plain XML-DSig is always emitted with RSA and SHA-256; other parameters are refused. */
  XMLDSIG_ALGORITHM_NOT_ALLOWED("LT-SIG-0301"),
  /** The element that should hold the signature is not in the document. */
  XMLDSIG_PARENT_NOT_FOUND("LT-SIG-0302"),
  /** The document already holds an XML signature; signing it again is refused. */
  XMLDSIG_ALREADY_SIGNED("LT-SIG-0303"),
  // ---- 04xx: JWS and JAdES ----

  /** The parameters' algorithm has no JWS identifier for this key (ES384 needs a P-384 key...). */
  JWS_ALGORITHM_UNAVAILABLE("LT-SIG-0401"),
  /** A JWS is not well-formed compact or JSON serialisation (parts, base64url, JSON). */
  JWS_MALFORMED("LT-SIG-0402"),
  /** The signer's options cannot be combined (an unencoded payload that is not detached...). */
  JWS_OPTIONS_INVALID("LT-SIG-0403"),

  // ---- 05xx: PKCS#11 tokens, external and remote signing ----

  /** The PKCS#11 library cannot be loaded or initialised (wrong path, not a PKCS#11 module). */
  PKCS11_LIBRARY_UNUSABLE("LT-SIG-0501", false, 500),
  /** No token is present in the requested PKCS#11 slot (index, id or label). */
  PKCS11_SLOT_NOT_FOUND("LT-SIG-0502"),
  /** The token refused the PIN. */
  PKCS11_PIN_INCORRECT("LT-SIG-0503"),
  /** The token's PIN is locked after too many wrong attempts; only its officer can unlock it. */
  PKCS11_TOKEN_LOCKED("LT-SIG-0504"),
  /** The token holds no private key with a certificate under the requested label. */
  PKCS11_KEY_NOT_FOUND("LT-SIG-0505"),
  /** An external signing session is malformed, tampered with or expired. */
  EXTERNAL_SESSION_INVALID("LT-SIG-0506"),
  /** A remote signing service refused the client's or the signer's credentials (HTTP 401). */
  REMOTE_UNAUTHORISED("LT-SIG-0510", false, 502),
  /** The remote signing service knows no credential (key and certificate) with this id. */
  REMOTE_CREDENTIAL_NOT_FOUND("LT-SIG-0511"),
  /** The signature activation data (SAD) expired or was refused, even after re-authorising once. */
  REMOTE_AUTHORISATION_EXPIRED("LT-SIG-0512"),
  /** The signer refused the request, gave a wrong PIN or OTP, or the credential is disabled. */
  REMOTE_SIGNER_REFUSED("LT-SIG-0513"),
  /** The remote signing service is down, overloaded or unreachable; try again later. */
  REMOTE_PROVIDER_UNAVAILABLE("LT-SIG-0514", true, 503),
  /** The remote signing service answered with malformed, oversized or incomplete JSON. */
  REMOTE_ANSWER_INVALID("LT-SIG-0515", false, 502),
  /** The signer did not confirm on the phone before the confirmation timeout. */
  REMOTE_CONFIRMATION_TIMEOUT("LT-SIG-0516", true, 504),
  /** A remote signing endpoint is not HTTPS (plain HTTP is accepted on loopback only). */
  REMOTE_ENDPOINT_INSECURE("LT-SIG-0517", false, 500),
  /** The credential's key does not support the requested signature algorithm. */
  REMOTE_ALGORITHM_UNSUPPORTED("LT-SIG-0518"),

  // ---- 06xx: revocation, chains and trust ----

  /** A trust anchor file or key store cannot be read, or holds no usable CA certificate. */
  TRUST_ANCHOR_FILE_INVALID("LT-SIG-0601", false, 500),

  // ---- 07xx: timestamps and levels ----

  /** The timestamp authority cannot be reached or answered with an HTTP error; try again later. */
  TIMESTAMP_UNAVAILABLE("LT-SIG-0701", true, 503),
  /** The timestamp authority refused the request (RFC 3161 status other than granted). */
  TIMESTAMP_REJECTED("LT-SIG-0702", false, 502),
  /**
   * A timestamp token does not verify: wrong imprint or nonce, bad signature, or a timestamp
   * authority certificate that does not chain to the configured anchors.
   */
  TIMESTAMP_INVALID("LT-SIG-0703", false, 502),
  /** The requested signature level needs something the parameters lack (a timestamp source). */
  LEVEL_REQUIREMENTS_MISSING("LT-SIG-0704"),

  // ---- 09xx: configuration ----

  /** The validator's trust anchors are missing or unusable. */
  TRUST_ANCHORS_INVALID("LT-SIG-0901", false, 500),
  /** The platform lacks an algorithm or XML facility the SDK needs: the installation is broken. */
  PLATFORM_UNSUPPORTED("LT-SIG-0902", false, 500),

  // ---- 08xx: PAdES long-term levels (B-LT, B-LTA, document timestamps) ----

  /** The PDF to extend to a long-term level has no signature or document timestamp. */
  PADES_NOTHING_TO_EXTEND("LT-SIG-0801"),
  /**
   * A certificate of the PDF (a signer's or a timestamp authority's) cannot be proven trusted and
   * not revoked now, so its validation data cannot be embedded; the revocation service may be down.
   */
  PADES_VALIDATION_DATA_UNAVAILABLE("LT-SIG-0802", true, 503),
  /** The requested PAdES level cannot be reached by extension (only B-LT and B-LTA can). */
  PADES_LEVEL_NOT_EXTENSIBLE("LT-SIG-0803"),

  // ---- 10xx: XAdES, CAdES and JAdES long-term levels and packagings ----

  /**
   * A long-term level (B-LT, B-LTA) cannot gather its validation data: a signer or timestamp
   * authority certificate does not verify as trusted with its revocation checked; may be retried
   * when an OCSP responder or CRL server was down.
   */
  VALIDATION_DATA_UNAVAILABLE("LT-SIG-1001", true, 502),

  // ---- 11xx: XAdES packagings (enveloping, detached) ----

  /**
   * The input does not fit the signer's packaging: a detached signer takes named documents, an
   * enveloped or enveloping signer one document.
   */
  XADES_PACKAGING_MISMATCH("LT-SIG-1101"),
  /**
   * A detached document's name cannot be a reference URI: empty, too long, absolute, with a
   * fragment, a query, a dot segment or a character outside the URI-safe set.
   */
  DETACHED_DOCUMENT_NAME_INVALID("LT-SIG-1102"),
  /** The detached documents are none, too many, or two share a name. */
  DETACHED_DOCUMENTS_INVALID("LT-SIG-1103"),
  /** A detached document could not be read from its stream. */
  DETACHED_DOCUMENT_UNREADABLE("LT-SIG-1104", false, 500),

  // ---- 12xx: CAdES B-LTA extension and JAdES B-T ----

  /**
   * A CAdES signature cannot be extended: not a SignedData with exactly one signer whose
   * certificate it carries, or its archive timestamps or validation data are unreadable.
   */
  CADES_NOT_EXTENSIBLE("LT-SIG-1201"),
  /** The content given to extend a detached CAdES signature is not the content it signed. */
  CADES_CONTENT_MISMATCH("LT-SIG-1202"),
  /**
   * JAdES B-T was asked with the compact serialisation, which has no unprotected header for the
   * {@code etsiU} signature timestamp; use the flattened or general JSON serialisation.
   */
  JWS_TIMESTAMP_NEEDS_JSON("LT-SIG-1203"),
  ;

  private final String code;
  private final boolean retryable;
  private final int httpStatus;

  SignatureErrorCode(String code) {
    this(code, false, 400);
  }

  SignatureErrorCode(String code, boolean retryable, int httpStatus) {
    this.code = code;
    this.retryable = retryable;
    this.httpStatus = httpStatus;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String bundleBaseName() {
    return "vn.lienthong.signature.messages";
  }

  @Override
  public boolean retryable() {
    return retryable;
  }

  @Override
  public int httpStatus() {
    return httpStatus;
  }
}
