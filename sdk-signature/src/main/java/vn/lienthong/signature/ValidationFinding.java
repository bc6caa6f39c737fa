package vn.lienthong.signature;

/**
 * One observation made while validating a signature, shown to people in Vietnamese or English by
 * {@link ValidationReport#messages(java.util.Locale)}.
 *
 * <p>Enum constants are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum ValidationFinding {
  /** The document holds no XML signature. */
  NO_SIGNATURE,
  /** The document holds more than one signature; one signature per document is supported now. */
  SEVERAL_SIGNATURES,
  /**
   * The signature's structure is not a XAdES baseline signature of a supported packaging (missing
   * parts, wrong references, content outside the place its packaging allows).
   */
  STRUCTURE_INVALID,
  /** Two elements carry the same Id: a signature-wrapping attempt or a broken document. */
  DUPLICATE_ID,
  /**
   * The signature covers the whole signed content: the whole document (enveloped), every enveloped
   * object (enveloping) or every detached file supplied (detached).
   */
  FULL_DOCUMENT_SIGNED,
  /** The digest of a signed part does not match: the content was changed after signing. */
  DIGEST_MISMATCH,
  /** The signature value verifies with the signer's public key. */
  SIGNATURE_VALUE_VALID,
  /** The signature value does not verify with the signer's public key. */
  SIGNATURE_VALUE_INVALID,
  /** An algorithm (digest, signature) is not allowed by Circular 15/2025 (SHA-1, MD5, DSA...). */
  ALGORITHM_NOT_ALLOWED,
  /** The signer's key is smaller than the policy allows. */
  KEY_TOO_SMALL,
  /**
   * The signing certificate is missing or does not match its signed digest (SigningCertificateV2).
   */
  SIGNING_CERTIFICATE_MISMATCH,
  /** The signer's certificate chains to a configured trust anchor. */
  CHAIN_TRUSTED,
  /** No chain could be built from the signer's certificate to a configured trust anchor. */
  NO_CHAIN_TO_TRUST_ANCHOR,
  /** The signer's certificate is expired or not yet valid now. */
  CERTIFICATE_OUT_OF_VALIDITY,
  /** The signer's certificate does not allow digital signatures (key usage). */
  KEY_USAGE_NOT_SIGNING,
  /**
   * Revocation (OCSP, CRL) was not checked: the validator was configured without a certificate
   * verifier, or the verifier does not require a revocation status and found none.
   */
  REVOCATION_NOT_CHECKED,
  /**
   * The signature uses SHA-1, accepted only from old senders of plain XML-DSig (edXML): weak, to be
   * replaced; never emitted by the SDK.
   */
  WEAK_ALGORITHM_SHA1,

  // ---- revocation, chains and trust ----

  /** The signing time lies before the signer's certificate became valid. */
  CERTIFICATE_NOT_YET_VALID,
  /** The signer's certificate is revoked (OCSP or CRL). */
  CERTIFICATE_REVOKED,
  /** A CA certificate of the signer's chain is revoked. */
  CA_CERTIFICATE_REVOKED,
  /** No OCSP response or CRL could be obtained for a certificate of the chain. */
  REVOCATION_UNAVAILABLE,
  /** OCSP or CRL shows that no certificate of the chain was revoked. */
  CERTIFICATE_NOT_REVOKED,
  /** The signer's certificate was revoked after a timestamp proved the signature existed. */
  REVOKED_AFTER_SIGNATURE_TIME,

  // ---- timestamps and levels ----

  /** A signature timestamp verifies and proves the signature existed at its time. */
  SIGNATURE_TIMESTAMP_VALID,
  /**
   * A signature timestamp does not verify (imprint, signature or timestamp authority chain): it is
   * ignored.
   */
  SIGNATURE_TIMESTAMP_INVALID,
  /**
   * An archive timestamp (XAdES {@code xades141:ArchiveTimeStamp}) verifies over the signature, its
   * validation data and the signed content: level B-LTA.
   */
  ARCHIVE_TIMESTAMP_VALID,
  /**
   * An archive timestamp does not verify over what it must cover (content or validation data
   * changed, or a token over other data): it is ignored and the level stays B-LT.
   */
  ARCHIVE_TIMESTAMP_INVALID,

  // ---- XAdES packagings (enveloped, enveloping, detached) ----

  /**
   * A reference names content the caller did not supply (a detached file not given to the
   * validator, or an unsupported URI): nothing is ever fetched, so the signed data is not found.
   */
  REFERENCE_NOT_SUPPLIED,
  /**
   * A reference uses a transform outside the allowed set (canonicalization, enveloped-signature,
   * base64, and XPath Filter 2.0 subtracting the signature): XSLT, XPath 1.0 and others are
   * refused.
   */
  TRANSFORM_NOT_ALLOWED,
  /**
   * The signature covers only part of what it could: some elements of the document, some of the
   * enveloped objects, or not every detached file supplied (see the signed scopes).
   */
  PARTIAL_SCOPE_SIGNED,

  // ---- PDF and PAdES ----

  /**
   * The PDF signature dictionary is malformed: unsupported sub-filter, missing or empty {@code
   * /Contents} or {@code /ByteRange}.
   */
  PDF_SIGNATURE_DICTIONARY_INVALID,
  /**
   * The {@code /ByteRange} does not cover exactly the signed revision except the {@code /Contents}
   * value (a gap elsewhere, a range past the end, or a {@code /Contents} moved: signature
   * wrapping).
   */
  PDF_BYTE_RANGE_INVALID,
  /** The CMS container is malformed, holds the content, or does not have exactly one signer. */
  CMS_STRUCTURE_INVALID,
  /**
   * Later revisions only add what is allowed after signing (signatures, validation data, document
   * timestamps); the signed revision is intact but is not the whole file.
   */
  PDF_ALLOWED_CHANGES_AFTER_SIGNING,
  /**
   * The PDF was changed after signing in a way that can change what is shown: page content,
   * resources, annotations, form field values, pages (incremental-save and shadow attacks).
   */
  PDF_CHANGED_AFTER_SIGNING,

  // ---- PAdES long-term levels ----

  /** A document timestamp verifies; the report is the timestamp's (its TSA is the signer). */
  DOCUMENT_TIMESTAMP_VALID,
  /** A document timestamp does not verify. */
  DOCUMENT_TIMESTAMP_INVALID,
  /** The signer's chain and revocation proofs are embedded (PAdES DSS): level B-LT. */
  VALIDATION_DATA_EMBEDDED
}
