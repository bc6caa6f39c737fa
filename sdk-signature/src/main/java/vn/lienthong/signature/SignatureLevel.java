package vn.lienthong.signature;

/**
 * The baseline levels of ETSI AdES signatures (EN 319 122-1, 319 132-1, 319 142-1): what a
 * signature carries beyond the signature value.
 *
 * <p>Enum constants are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum SignatureLevel {
  /** Basic: the signature and the signed attributes. */
  B_B,
  /** With a signature timestamp (RFC 3161) proving the signature existed at that time. */
  B_T,
  /** With the certificates and revocation data (OCSP, CRL) needed to validate it later. */
  B_LT,
  /** With an archive or document timestamp over the validation data. */
  B_LTA;

  /**
   * Returns the ETSI name, such as {@code B-T}.
   *
   * @return the name with a hyphen
   */
  public String etsiName() {
    return name().replace('_', '-');
  }
}
