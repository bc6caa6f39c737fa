package vn.lienthong.signature.xades;

/**
 * Where a XAdES signature sits relative to what it signs (ETSI EN 319 132-1, XML Signature).
 *
 * <p>Enum constants are immutable and thread-safe.
 *
 * <pre>{@code
 * XadesSigner signer = XadesSigner.builder().packaging(XadesPackaging.DETACHED).build();
 * }</pre>
 *
 * @since 0.1.0
 */
public enum XadesPackaging {
  /**
   * The signature is the last child of the signed document's root and covers the whole document
   * (reference {@code URI=""} with the enveloped-signature transform). The default.
   */
  ENVELOPED,
  /**
   * The signature is the document: the signed content sits inside a {@code ds:Object} of the
   * signature, as XML or base64-encoded bytes.
   */
  ENVELOPING,
  /**
   * The signature is a document of its own that references one or more external files by name; the
   * files travel beside it and are given to the validator, never fetched.
   */
  DETACHED
}
