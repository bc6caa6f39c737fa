package vn.lienthong.signature;

import java.util.Optional;

/**
 * The digest algorithms the crypto policy allows (Circular 15/2025/TT-BKHCN: SHA-2 or SHA-3; SHA-1
 * and MD5 are absent on purpose).
 *
 * <p>Enum constants are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum DigestAlgorithm {
  /** SHA-256 (FIPS 180-4). */
  SHA256("SHA-256", "http://www.w3.org/2001/04/xmlenc#sha256", "2.16.840.1.101.3.4.2.1", 32),
  /** SHA-384 (FIPS 180-4). */
  SHA384("SHA-384", "http://www.w3.org/2001/04/xmldsig-more#sha384", "2.16.840.1.101.3.4.2.2", 48),
  /** SHA-512 (FIPS 180-4). */
  SHA512("SHA-512", "http://www.w3.org/2001/04/xmlenc#sha512", "2.16.840.1.101.3.4.2.3", 64);

  private final String jcaName;
  private final String xmlUri;
  private final String oid;
  private final int length;

  DigestAlgorithm(String jcaName, String xmlUri, String oid, int length) {
    this.jcaName = jcaName;
    this.xmlUri = xmlUri;
    this.oid = oid;
    this.length = length;
  }

  /**
   * Returns the Java Cryptography Architecture name.
   *
   * @return the JCA name, such as {@code SHA-256}
   */
  public String jcaName() {
    return jcaName;
  }

  /**
   * Returns the XML Signature algorithm identifier (RFC 6931).
   *
   * @return the URI
   */
  public String xmlUri() {
    return xmlUri;
  }

  /**
   * Returns the ASN.1 object identifier (used by CMS).
   *
   * @return the dotted OID
   */
  public String oid() {
    return oid;
  }

  /**
   * Returns the digest length.
   *
   * @return the length in bytes
   */
  public int length() {
    return length;
  }

  /**
   * Finds the allowed digest algorithm with an XML Signature identifier.
   *
   * @param uri the algorithm URI found in a signature
   * @return the algorithm, or empty when the URI names a digest the policy does not allow
   * @throws NullPointerException if {@code uri} is null
   */
  public static Optional<DigestAlgorithm> fromXmlUri(String uri) {
    for (DigestAlgorithm d : values()) {
      if (d.xmlUri.equals(uri)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
