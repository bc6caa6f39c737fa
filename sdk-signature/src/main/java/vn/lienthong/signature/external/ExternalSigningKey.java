package vn.lienthong.signature.external;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.signature.DigestAlgorithm;
import vn.lienthong.signature.RsaPadding;
import vn.lienthong.signature.SignatureAlgorithm;
import vn.lienthong.signature.SigningKey;
import vn.lienthong.signature.internal.keys.ExternalValues;

/**
 * A {@link SigningKey} whose private key lives elsewhere and signs hashes synchronously through a
 * {@link HashSigner}; each value returned is checked against the signer's certificate before it is
 * handed to a format.
 *
 * <p>For flows that span two HTTP requests (browser-side signing) use {@link
 * ExternalSigningSession} instead. Instances are immutable and thread-safe when the hash signer is.
 *
 * <pre>{@code
 * SigningKey key = ExternalSigningKey.of(chain, (hash, algorithm) -> service.sign(hash));
 * byte[] p7s = CadesSigner.create().sign(content, parameters, key);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ExternalSigningKey implements SigningKey {

  private final List<X509Certificate> chain;
  private final HashSigner signer;

  private ExternalSigningKey(List<X509Certificate> chain, HashSigner signer) {
    this.chain = chain;
    this.signer = signer;
  }

  /**
   * Creates a key from the signer's certificate chain and a hash signer.
   *
   * @param chain the chain, signer first
   * @param signer the hash signer
   * @return the key
   * @throws InvalidInputException if the certificate's key is not allowed ({@code LT-SIG-0003})
   * @throws IllegalArgumentException if the chain is empty
   * @throws NullPointerException if an argument is null
   */
  public static ExternalSigningKey of(List<X509Certificate> chain, HashSigner signer) {
    List<X509Certificate> copy = List.copyOf(chain);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("chain must not be empty");
    }
    Objects.requireNonNull(signer, "signer");
    SignatureAlgorithm.forKey(copy.get(0).getPublicKey(), DigestAlgorithm.SHA256, RsaPadding.PSS);
    return new ExternalSigningKey(copy, signer);
  }

  /**
   * {@inheritDoc}
   *
   * @return the chain given at creation
   */
  @Override
  public List<X509Certificate> certificateChain() {
    return chain;
  }

  /**
   * {@inheritDoc}
   *
   * @param dataToSign {@inheritDoc}
   * @param algorithm {@inheritDoc}
   * @return the checked value, ECDSA in DER
   * @throws InvalidInputException if the algorithm does not fit the key ({@code LT-SIG-0004}) or
   *     the value returned does not verify ({@code LT-SIG-0006})
   */
  @Override
  public byte[] sign(byte[] dataToSign, SignatureAlgorithm algorithm) {
    Objects.requireNonNull(dataToSign, "dataToSign");
    X509Certificate cert = chain.get(0);
    algorithm.checkFits(cert.getPublicKey());
    byte[] hash = ExternalValues.hash(algorithm.digest(), dataToSign);
    byte[] value = Objects.requireNonNull(signer.signHash(hash, algorithm), "value");
    return ExternalValues.checked(algorithm, cert, dataToSign, value, "signatureValue");
  }

  /**
   * Describes the key by its certificate subject.
   *
   * @return a text for logs
   */
  @Override
  public String toString() {
    return "ExternalSigningKey[" + chain.get(0).getSubjectX500Principal().getName() + "]";
  }
}
