package vn.lienthong.signature;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A private key able to sign, wherever it lives: a PKCS#12 file, a PKCS#11 token, an HSM or a
 * remote signing service. Signing is three steps: a format computes the data to sign, the key signs
 * it, the format builds the signed document from the value.
 *
 * <p>Implementations must be thread-safe.
 *
 * <pre>{@code
 * byte[] toSign = signer.dataToSign(document, parameters);
 * byte[] value = key.sign(toSign, parameters.signatureAlgorithm());
 * byte[] signed = signer.sign(document, parameters, value);
 * }</pre>
 *
 * @since 0.1.0
 */
public interface SigningKey {

  /**
   * Returns the certificate chain of the key: the signer's certificate first, then its issuers (the
   * trust anchor may be omitted).
   *
   * @return the chain, never empty
   */
  List<X509Certificate> certificateChain();

  /**
   * Signs data with an algorithm: the key hashes {@code dataToSign} with the algorithm's digest and
   * signs the hash.
   *
   * @param dataToSign the bytes a format's {@code dataToSign} step returned
   * @param algorithm the algorithm; must fit the key
   * @return the signature value in the JCA form (DER {@code SEQUENCE {r, s}} for ECDSA)
   * @throws vn.lienthong.core.InvalidInputException if the algorithm does not fit the key ({@code
   *     LT-SIG-0004})
   * @throws vn.lienthong.core.LienThongException if the key fails to sign ({@code LT-SIG-0005})
   * @throws NullPointerException if an argument is null
   */
  byte[] sign(byte[] dataToSign, SignatureAlgorithm algorithm);
}
