package vn.lienthong.signature.internal.remote;

import java.io.IOException;
import java.util.Base64;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSASSAPSSparams;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import vn.lienthong.signature.DigestAlgorithm;
import vn.lienthong.signature.SignatureAlgorithm;

/**
 * Object identifiers of hash and signature algorithms as CSC and the Vietnamese providers use them.
 */
public final class AlgorithmOids {

  /** rsaEncryption: the key-level RSA identifier (PKCS#1 v1.5 with the hash given apart). */
  public static final String RSA = "1.2.840.113549.1.1.1";

  /** RSASSA-PSS. */
  public static final String RSA_PSS = "1.2.840.113549.1.1.10";

  /** id-ecPublicKey: the key-level EC identifier. */
  public static final String EC = "1.2.840.10045.2.1";

  private AlgorithmOids() {}

  /**
   * Returns the hash algorithm's OID.
   *
   * @param digest the digest
   * @return the dotted OID
   */
  public static String hash(DigestAlgorithm digest) {
    return digest.oid();
  }

  /**
   * Returns the combined signature algorithm OID (sha256WithRSAEncryption, RSASSA-PSS,
   * ecdsa-with-SHA256...).
   *
   * @param algorithm the algorithm
   * @return the dotted OID
   */
  public static String signature(SignatureAlgorithm algorithm) {
    return switch (algorithm) {
      case RSA_SHA256 -> "1.2.840.113549.1.1.11";
      case RSA_SHA384 -> "1.2.840.113549.1.1.12";
      case RSA_SHA512 -> "1.2.840.113549.1.1.13";
      case RSA_PSS_SHA256, RSA_PSS_SHA384, RSA_PSS_SHA512 -> RSA_PSS;
      case ECDSA_SHA256 -> "1.2.840.10045.4.3.2";
      case ECDSA_SHA384 -> "1.2.840.10045.4.3.3";
      case ECDSA_SHA512 -> "1.2.840.10045.4.3.4";
    };
  }

  /**
   * Returns the key-level OID a provider may list instead of the combined one.
   *
   * @param algorithm the algorithm
   * @return rsaEncryption, RSASSA-PSS or id-ecPublicKey
   */
  public static String keyLevel(SignatureAlgorithm algorithm) {
    if (algorithm.keyType() == SignatureAlgorithm.KeyType.EC) {
      return EC;
    }
    return algorithm.pss() ? RSA_PSS : RSA;
  }

  /**
   * Returns base64 DER RSASSA-PSS-params: the hash, MGF1 with the same hash, salt of the hash's
   * length, trailer 1.
   *
   * @param algorithm a PSS algorithm
   * @return the parameters
   */
  public static String pssParameters(SignatureAlgorithm algorithm) {
    AlgorithmIdentifier hash =
        new AlgorithmIdentifier(
            new ASN1ObjectIdentifier(hash(algorithm.digest())), DERNull.INSTANCE);
    int saltLength = algorithm.digest().length();
    RSASSAPSSparams p =
        new RSASSAPSSparams(
            hash,
            new AlgorithmIdentifier(PKCSObjectIdentifiers.id_mgf1, hash),
            new ASN1Integer(saltLength),
            new ASN1Integer(1));
    try {
      return Base64.getEncoder().encodeToString(p.getEncoded("DER"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
