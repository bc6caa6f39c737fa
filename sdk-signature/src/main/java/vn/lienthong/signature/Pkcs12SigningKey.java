package vn.lienthong.signature;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.LienThongException;
import vn.lienthong.signature.internal.JcaSignatures;

/**
 * A signing key read from a PKCS#12 file ({@code .p12}, {@code .pfx}): the private key and its
 * certificate chain under one alias.
 *
 * <p>The key must be allowed by Circular 15/2025/TT-BKHCN (RSA 2048+ or ECDSA P-256+); this is
 * checked when loading. Instances are immutable and thread-safe; load once and reuse.
 *
 * <pre>{@code
 * SigningKey key;
 * try (InputStream in = Files.newInputStream(Path.of("officer.p12"))) {
 *   key = Pkcs12SigningKey.load(in, password, "officer");
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Pkcs12SigningKey implements SigningKey {

  private final PrivateKey privateKey;
  private final List<X509Certificate> chain;

  private Pkcs12SigningKey(PrivateKey privateKey, List<X509Certificate> chain) {
    this.privateKey = privateKey;
    this.chain = chain;
  }

  /**
   * Loads a key from a PKCS#12 stream; the stream is read but not closed.
   *
   * @param in the PKCS#12 bytes
   * @param password the store and key password; the caller may clear it afterwards
   * @param alias the alias of the private key entry
   * @return the key
   * @throws InvalidInputException if the store cannot be read ({@code LT-SIG-0001}), the alias is
   *     absent ({@code LT-SIG-0002}) or the key is not allowed ({@code LT-SIG-0003})
   * @throws NullPointerException if an argument is null
   */
  public static Pkcs12SigningKey load(InputStream in, char[] password, String alias) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(alias, "alias");
    KeyStore store;
    try {
      store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
    } catch (IOException | GeneralSecurityException e) {
      throw new InvalidInputException(
          SignatureErrorCode.KEY_STORE_UNREADABLE,
          ErrorDetails.field("pkcs12")
              .rule("signature.pkcs12.readable")
              .with("reason", e.getClass().getSimpleName()),
          e);
    }
    try {
      if (!store.isKeyEntry(alias)
          || !(store.getKey(alias, password) instanceof PrivateKey key)
          || store.getCertificateChain(alias) == null) {
        throw aliasNotFound(store, alias);
      }
      List<X509Certificate> chain = new ArrayList<>();
      for (Certificate c : store.getCertificateChain(alias)) {
        chain.add((X509Certificate) c);
      }
      SignatureAlgorithm.forKey(
          chain.get(0).getPublicKey(), DigestAlgorithm.SHA256, RsaPadding.PSS);
      return new Pkcs12SigningKey(key, Collections.unmodifiableList(chain));
    } catch (GeneralSecurityException e) {
      throw new InvalidInputException(
          SignatureErrorCode.KEY_STORE_UNREADABLE,
          ErrorDetails.field("pkcs12")
              .rule("signature.pkcs12.key-readable")
              .with("reason", e.getClass().getSimpleName()),
          e);
    }
  }

  private static InvalidInputException aliasNotFound(KeyStore store, String alias)
      throws GeneralSecurityException {
    return new InvalidInputException(
        SignatureErrorCode.KEY_ALIAS_NOT_FOUND,
        ErrorDetails.field("alias")
            .rule("signature.pkcs12.alias")
            .rejectedValue(alias)
            .with("aliases", String.join(", ", Collections.list(store.aliases()))));
  }

  /**
   * {@inheritDoc}
   *
   * @return the chain read from the store, signer first
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
   * @throws LienThongException if the JDK fails to sign ({@code LT-SIG-0005})
   */
  @Override
  public byte[] sign(byte[] dataToSign, SignatureAlgorithm algorithm) {
    Objects.requireNonNull(dataToSign, "dataToSign");
    algorithm.checkFits(chain.get(0).getPublicKey());
    try {
      Signature s = JcaSignatures.create(algorithm);
      s.initSign(privateKey);
      s.update(dataToSign);
      return s.sign();
    } catch (GeneralSecurityException e) {
      throw new LienThongException(
          SignatureErrorCode.SIGNING_FAILED,
          ErrorDetails.field("key")
              .with("algorithm", algorithm)
              .with("reason", e.getClass().getSimpleName()),
          e);
    }
  }

  /**
   * Describes the key by its certificate subject, never its secret.
   *
   * @return a text for logs
   */
  @Override
  public String toString() {
    return "Pkcs12SigningKey[" + chain.get(0).getSubjectX500Principal().getName() + "]";
  }
}
