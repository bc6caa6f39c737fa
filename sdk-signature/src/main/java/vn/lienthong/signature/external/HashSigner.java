package vn.lienthong.signature.external;

import vn.lienthong.signature.SignatureAlgorithm;

/**
 * Signs a hash somewhere else: a desktop signing service, a browser plug-in, a remote service.
 *
 * <p>The hash is the digest of the data to sign with {@code algorithm.digest()}. For RSA PKCS#1
 * v1.5 a signer working on raw RSA must sign the {@code DigestInfo} ({@link
 * ExternalSigningSession#digestInfo(vn.lienthong.signature.DigestAlgorithm, byte[])}); for ECDSA
 * the value may be DER or raw {@code r || s}. Implementations must be thread-safe when the {@link
 * ExternalSigningKey} using them is shared.
 *
 * <pre>{@code
 * HashSigner vgca = (hash, algorithm) -> desktopService.signHash(hash, algorithm.name());
 * SigningKey key = ExternalSigningKey.of(chain, vgca);
 * }</pre>
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface HashSigner {

  /**
   * Signs a hash.
   *
   * @param hash the digest of the data to sign
   * @param algorithm the algorithm to sign with
   * @return the signature value
   * @throws vn.lienthong.core.LienThongException if the signer fails
   */
  byte[] signHash(byte[] hash, SignatureAlgorithm algorithm);
}
