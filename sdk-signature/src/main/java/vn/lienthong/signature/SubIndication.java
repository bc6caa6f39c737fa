package vn.lienthong.signature;

/**
 * Why a signature is {@link Indication#FAILED} or {@link Indication#INDETERMINATE} (ETSI EN 319
 * 102-1, table 5).
 *
 * <p>Enum constants are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum SubIndication {
  /** The signature is not in the expected format (structure, references, duplicate Ids). */
  FORMAT_FAILURE(Indication.FAILED),
  /** A signed data object's digest does not match: the content was changed after signing. */
  HASH_FAILURE(Indication.FAILED),
  /** The signature value does not verify with the signer's public key. */
  SIG_CRYPTO_FAILURE(Indication.FAILED),
  /** The signing certificate was revoked before the signing time. */
  REVOKED(Indication.FAILED),
  /** The signing time lies before the signing certificate's validity period. */
  NOT_YET_VALID(Indication.FAILED),
  /** A signed or unsigned attribute does not satisfy the validation constraints. */
  SIG_CONSTRAINTS_FAILURE(Indication.INDETERMINATE),
  /** The chain does not satisfy the validation constraints (key usage...). */
  CHAIN_CONSTRAINTS_FAILURE(Indication.INDETERMINATE),
  /** The chain could not be checked for another reason. */
  CERTIFICATE_CHAIN_GENERAL_FAILURE(Indication.INDETERMINATE),
  /** An algorithm or key size is below the policy and there is no proof of earlier existence. */
  CRYPTO_CONSTRAINTS_FAILURE_NO_POE(Indication.INDETERMINATE),
  /** The signing certificate is outside its validity period and there is no proof of existence. */
  OUT_OF_BOUNDS_NO_POE(Indication.INDETERMINATE),
  /** The signing certificate is revoked and there is no proof of existence before. */
  REVOKED_NO_POE(Indication.INDETERMINATE),
  /** A CA certificate of the chain is revoked and there is no proof of existence before. */
  REVOKED_CA_NO_POE(Indication.INDETERMINATE),
  /** No path could be built from the signing certificate to a trust anchor. */
  NO_CERTIFICATE_CHAIN_FOUND(Indication.INDETERMINATE),
  /** The signing certificate cannot be identified (missing or not matching its signed digest). */
  NO_SIGNING_CERTIFICATE_FOUND(Indication.INDETERMINATE),
  /** The signed data cannot be found. */
  SIGNED_DATA_NOT_FOUND(Indication.INDETERMINATE),
  /** Revocation information is not yet available; try again later. */
  TRY_LATER(Indication.INDETERMINATE);

  private final Indication indication;

  SubIndication(Indication indication) {
    this.indication = indication;
  }

  /**
   * Returns the indication this sub-indication belongs to.
   *
   * @return FAILED or INDETERMINATE
   */
  public Indication indication() {
    return indication;
  }
}
