package vn.lienthong.signature.jws;

/**
 * How a JWS names its signing certificate in the protected header (ETSI TS 119 182-1, 5.1.7-5.1.8).
 *
 * <p>Enum constants are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum JwsCertificateReference {
  /** {@code x5c}: the certificate chain itself, so any verifier can build the path. */
  X5C,
  /**
   * {@code x5t#S256}: only the SHA-256 digest of the signing certificate; the verifier must know
   * the certificate already ({@link JwsValidator.Builder#signerCertificates}).
   */
  X5T_S256
}
