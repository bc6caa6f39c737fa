package vn.lienthong.signature.trust;

/**
 * The outcome of verifying a signer's certificate: chain, validity period and revocation, mapped by
 * validators to ETSI EN 319 102-1 sub-indications.
 *
 * <p>Enum constants are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum CertificateStatus {
  /** A chain to a trust anchor was built and nothing revoked it (or revocation was not asked). */
  TRUSTED,
  /** No chain to any configured anchor (ETSI NO_CERTIFICATE_CHAIN_FOUND). */
  NO_CHAIN,
  /** The signature time lies before the certificate's validity (ETSI NOT_YET_VALID). */
  NOT_YET_VALID,
  /**
   * The certificate (or a CA above it) is expired now and no proof shows the signature existed
   * while it was valid (ETSI OUT_OF_BOUNDS_NO_POE).
   */
  OUT_OF_VALIDITY,
  /** The certificate was revoked at or before a proven signature time (ETSI REVOKED). */
  REVOKED,
  /**
   * The certificate is revoked and nothing proves the signature existed before the revocation (ETSI
   * REVOKED_NO_POE).
   */
  REVOKED_NO_POE,
  /** A CA certificate of the chain is revoked (ETSI REVOKED_CA_NO_POE). */
  CA_REVOKED,
  /** No usable OCSP response or CRL could be obtained (ETSI TRY_LATER). */
  REVOCATION_UNKNOWN
}
