package vn.lienthong.signature;

/**
 * The padding of RSA signatures: Circular 15/2025/TT-BKHCN asks for RSASSA-PSS, while deployed
 * verifiers often still expect PKCS#1 v1.5, so the older padding is an explicit policy switch.
 *
 * <p>Enum constants are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum RsaPadding {
  /** RSASSA-PSS with MGF1 over the same digest and a salt as long as the digest (RFC 8017). */
  PSS,
  /** RSASSA-PKCS1-v1_5 (RFC 8017), for verifiers that do not accept PSS yet. */
  PKCS1_V1_5
}
