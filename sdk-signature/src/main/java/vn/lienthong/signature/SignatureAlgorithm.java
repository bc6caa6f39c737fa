package vn.lienthong.signature;

import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Objects;
import java.util.Optional;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;

/**
 * The signature algorithms the crypto policy allows: RSA (RSASSA-PSS or PKCS#1 v1.5) and ECDSA,
 * each with a SHA-2 digest.
 *
 * <p>A {@link SigningKey} returns values in the JCA form of the algorithm: the RSA signature bytes,
 * or the DER {@code SEQUENCE {r, s}} for ECDSA; each format converts as its standard requires. Enum
 * constants are immutable and thread-safe.
 *
 * <pre>{@code
 * SignatureAlgorithm alg =
 *     SignatureAlgorithm.forKey(certificate.getPublicKey(), DigestAlgorithm.SHA256, RsaPadding.PSS);
 * }</pre>
 *
 * @since 0.1.0
 */
public enum SignatureAlgorithm {
  /** RSASSA-PSS with SHA-256 and MGF1-SHA-256, salt 32 bytes. */
  RSA_PSS_SHA256(
      KeyType.RSA,
      DigestAlgorithm.SHA256,
      true,
      "http://www.w3.org/2007/05/xmldsig-more#sha256-rsa-MGF1"),
  /** RSASSA-PSS with SHA-384 and MGF1-SHA-384, salt 48 bytes. */
  RSA_PSS_SHA384(
      KeyType.RSA,
      DigestAlgorithm.SHA384,
      true,
      "http://www.w3.org/2007/05/xmldsig-more#sha384-rsa-MGF1"),
  /** RSASSA-PSS with SHA-512 and MGF1-SHA-512, salt 64 bytes. */
  RSA_PSS_SHA512(
      KeyType.RSA,
      DigestAlgorithm.SHA512,
      true,
      "http://www.w3.org/2007/05/xmldsig-more#sha512-rsa-MGF1"),
  /** RSASSA-PKCS1-v1_5 with SHA-256. */
  RSA_SHA256(
      KeyType.RSA,
      DigestAlgorithm.SHA256,
      false,
      "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"),
  /** RSASSA-PKCS1-v1_5 with SHA-384. */
  RSA_SHA384(
      KeyType.RSA,
      DigestAlgorithm.SHA384,
      false,
      "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384"),
  /** RSASSA-PKCS1-v1_5 with SHA-512. */
  RSA_SHA512(
      KeyType.RSA,
      DigestAlgorithm.SHA512,
      false,
      "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512"),
  /** ECDSA with SHA-256. */
  ECDSA_SHA256(
      KeyType.EC,
      DigestAlgorithm.SHA256,
      false,
      "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256"),
  /** ECDSA with SHA-384. */
  ECDSA_SHA384(
      KeyType.EC,
      DigestAlgorithm.SHA384,
      false,
      "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384"),
  /** ECDSA with SHA-512. */
  ECDSA_SHA512(
      KeyType.EC,
      DigestAlgorithm.SHA512,
      false,
      "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512");

  /** The kinds of keys the policy allows. */
  public enum KeyType {
    /** RSA keys of at least {@value SignatureAlgorithm#MIN_RSA_BITS} bits. */
    RSA,
    /** ECDSA keys on curves of at least {@value SignatureAlgorithm#MIN_EC_BITS} bits. */
    EC
  }

  /** The smallest RSA modulus allowed, in bits (Circular 15/2025/TT-BKHCN). */
  public static final int MIN_RSA_BITS = 2048;

  /** The smallest elliptic-curve order allowed, in bits (Circular 15/2025/TT-BKHCN). */
  public static final int MIN_EC_BITS = 256;

  private final KeyType keyType;
  private final DigestAlgorithm digest;
  private final boolean pss;
  private final String xmlUri;

  SignatureAlgorithm(KeyType keyType, DigestAlgorithm digest, boolean pss, String xmlUri) {
    this.keyType = keyType;
    this.digest = digest;
    this.pss = pss;
    this.xmlUri = xmlUri;
  }

  /**
   * Returns the kind of key this algorithm needs.
   *
   * @return the key type
   */
  public KeyType keyType() {
    return keyType;
  }

  /**
   * Returns the digest algorithm.
   *
   * @return the digest
   */
  public DigestAlgorithm digest() {
    return digest;
  }

  /**
   * Tells whether this is RSASSA-PSS.
   *
   * @return true for the PSS padding
   */
  public boolean pss() {
    return pss;
  }

  /**
   * Returns the XML Signature identifier (RFC 6931).
   *
   * @return the URI
   */
  public String xmlUri() {
    return xmlUri;
  }

  /**
   * Chooses the algorithm for a key, a digest and an RSA padding, after checking the key against
   * the policy.
   *
   * @param key the signer's public key
   * @param digest the digest algorithm
   * @param padding the RSA padding; ignored for EC keys
   * @return the algorithm
   * @throws InvalidInputException if the key is neither RSA nor EC or is too small ({@code
   *     LT-SIG-0003})
   * @throws NullPointerException if an argument is null
   */
  public static SignatureAlgorithm forKey(
      PublicKey key, DigestAlgorithm digest, RsaPadding padding) {
    Objects.requireNonNull(digest, "digest");
    Objects.requireNonNull(padding, "padding");
    KeyType type = checkKey(key);
    for (SignatureAlgorithm a : values()) {
      if (a.keyType == type
          && a.digest == digest
          && (type == KeyType.EC || a.pss == (padding == RsaPadding.PSS))) {
        return a;
      }
    }
    throw new IllegalStateException("no algorithm for " + type + " " + digest);
  }

  /**
   * Checks that a key is allowed by the policy and that this algorithm fits it.
   *
   * @param key the public key
   * @throws InvalidInputException if the key is not allowed ({@code LT-SIG-0003}) or does not fit
   *     this algorithm ({@code LT-SIG-0004})
   * @throws NullPointerException if {@code key} is null
   */
  public void checkFits(PublicKey key) {
    KeyType type = checkKey(key);
    if (type != keyType) {
      throw new InvalidInputException(
          SignatureErrorCode.ALGORITHM_KEY_MISMATCH,
          ErrorDetails.field("signatureAlgorithm")
              .rule("signature.algorithm.key-type")
              .rejectedValue(name())
              .with("keyType", type));
    }
  }

  /**
   * Finds the allowed algorithm with an XML Signature identifier.
   *
   * @param uri the algorithm URI found in a signature
   * @return the algorithm, or empty when the policy does not allow it (RSA-SHA1, DSA...)
   * @throws NullPointerException if {@code uri} is null
   */
  public static Optional<SignatureAlgorithm> fromXmlUri(String uri) {
    for (SignatureAlgorithm a : values()) {
      if (a.xmlUri.equals(uri)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the size of a public key in bits: the RSA modulus or the EC field size.
   *
   * @param key the key
   * @return the size in bits, or 0 for other key types
   * @throws NullPointerException if {@code key} is null
   */
  public static int keyBits(PublicKey key) {
    if (key instanceof RSAPublicKey rsa) {
      return rsa.getModulus().bitLength();
    }
    if (key instanceof ECPublicKey ec) {
      return ec.getParams().getOrder().bitLength();
    }
    return 0;
  }

  private static KeyType checkKey(PublicKey key) {
    Objects.requireNonNull(key, "key");
    int bits = keyBits(key);
    KeyType type =
        key instanceof RSAPublicKey ? KeyType.RSA : key instanceof ECPublicKey ? KeyType.EC : null;
    if (type == null
        || (type == KeyType.RSA && bits < MIN_RSA_BITS)
        || (type == KeyType.EC && bits < MIN_EC_BITS)) {
      throw new InvalidInputException(
          SignatureErrorCode.KEY_NOT_ALLOWED,
          ErrorDetails.field("key")
              .rule("signature.key.circular-15-2025")
              .with("keyType", key.getAlgorithm())
              .with("bits", bits));
    }
    return type;
  }
}
