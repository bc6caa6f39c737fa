package vn.lienthong.signature.timestamp;

import vn.lienthong.signature.DigestAlgorithm;

/**
 * Where signers get RFC 3161 timestamp tokens: a timestamp authority over HTTP ({@link
 * TimestampClient}) or anything else that returns verified tokens.
 *
 * <p>Implementations must be thread-safe.
 *
 * <pre>{@code
 * TimestampSource tsa = TimestampClient.builder().uri(URI.create("http://tsa.example/tsa")).build();
 * byte[] token = tsa.timestamp(sha256OfSignatureValue, DigestAlgorithm.SHA256);
 * }</pre>
 *
 * @since 0.1.0
 */
public interface TimestampSource {

  /**
   * Obtains a timestamp token over a digest.
   *
   * @param digest the message imprint: the digest of the data to timestamp
   * @param algorithm the digest's algorithm
   * @return the DER TimeStampToken (a CMS ContentInfo)
   * @throws vn.lienthong.core.LienThongException if no valid token can be obtained ({@code
   *     LT-SIG-07xx})
   * @throws NullPointerException if an argument is null
   */
  byte[] timestamp(byte[] digest, DigestAlgorithm algorithm);
}
