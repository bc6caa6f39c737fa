package vn.lienthong.signature.pkcs11;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.ProviderException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.LienThongException;
import vn.lienthong.signature.SignatureAlgorithm;
import vn.lienthong.signature.SignatureErrorCode;
import vn.lienthong.signature.SigningKey;
import vn.lienthong.signature.internal.JcaSignatures;

/**
 * A private key that stays on a PKCS#11 token and signs there, with its certificate chain read from
 * the token. Obtained from {@link Pkcs11Token#signingKey(String)}.
 *
 * <p>RSA keys sign with RSASSA-PSS or PKCS#1 v1.5 as the {@link SignatureAlgorithm} says (the token
 * must offer the mechanism, e.g. {@code CKM_SHA256_RSA_PKCS_PSS}); EC keys with ECDSA, returned in
 * DER. The key was checked against the crypto policy when obtained. Instances are thread-safe:
 * signing is serialised on the token's lock, as many tokens allow one session only. {@link
 * #close()} closes the token the key came from.
 *
 * <pre>{@code
 * Pkcs11SigningKey key = token.signingKey("signer");
 * byte[] signedXml = XadesSigner.create().sign(xml, parameters, key);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Pkcs11SigningKey implements SigningKey, AutoCloseable {

  private final Pkcs11Token token;
  private final PrivateKey privateKey;
  private final List<X509Certificate> chain;

  Pkcs11SigningKey(Pkcs11Token token, PrivateKey privateKey, List<X509Certificate> chain) {
    this.token = token;
    this.privateKey = privateKey;
    this.chain = chain;
  }

  /**
   * {@inheritDoc}
   *
   * @return the chain stored on the token, signer first
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
   * @return {@inheritDoc}
   * @throws InvalidInputException if the algorithm does not fit the key ({@code LT-SIG-0004})
   * @throws LienThongException if the token fails to sign ({@code LT-SIG-0005}, or {@code
   *     LT-SIG-05xx} when the token was removed or logged out)
   * @throws IllegalStateException if the token is closed
   */
  @Override
  public byte[] sign(byte[] dataToSign, SignatureAlgorithm algorithm) {
    Objects.requireNonNull(dataToSign, "dataToSign");
    algorithm.checkFits(chain.get(0).getPublicKey());
    synchronized (token.lock()) {
      token.checkOpen();
      try {
        Signature s = JcaSignatures.create(algorithm, token.provider());
        s.initSign(privateKey);
        s.update(dataToSign);
        return s.sign();
      } catch (GeneralSecurityException | ProviderException e) {
        LienThongException mapped = token.failure(e);
        if (mapped.errorCode() != SignatureErrorCode.PKCS11_LIBRARY_UNUSABLE) {
          throw mapped;
        }
        throw new LienThongException(
            SignatureErrorCode.SIGNING_FAILED,
            ErrorDetails.field("key")
                .with("algorithm", algorithm)
                .with("reason", e.getClass().getSimpleName() + ": " + e.getMessage()),
            e);
      }
    }
  }

  /** Closes the token this key came from (logs out); idempotent. */
  @Override
  public void close() {
    token.close();
  }

  /**
   * Describes the key by its certificate subject and token, never its secret.
   *
   * @return a text for logs
   */
  @Override
  public String toString() {
    return "Pkcs11SigningKey["
        + chain.get(0).getSubjectX500Principal().getName()
        + " on "
        + token
        + "]";
  }
}
