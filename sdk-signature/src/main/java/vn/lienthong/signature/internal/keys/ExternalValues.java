package vn.lienthong.signature.internal.keys;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.DigestInfo;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.signature.DigestAlgorithm;
import vn.lienthong.signature.SignatureAlgorithm;
import vn.lienthong.signature.SignatureErrorCode;
import vn.lienthong.signature.internal.JcaSignatures;

/**
 * Hashes, DigestInfo structures and checks of signature values made outside the JVM. Thread-safe
 * (stateless).
 */
public final class ExternalValues {

  private ExternalValues() {}

  /**
   * Hashes data with a digest algorithm.
   *
   * @param digest the algorithm
   * @param data the data
   * @return the hash
   */
  public static byte[] hash(DigestAlgorithm digest, byte[] data) {
    try {
      return MessageDigest.getInstance(digest.jcaName()).digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw JcaSignatures.unsupported(digest.jcaName(), e);
    }
  }

  /**
   * Encodes the DER {@code DigestInfo} of a hash (RFC 8017, section 9.2), which an RSA PKCS#1 v1.5
   * signer pads and signs.
   *
   * @param digest the algorithm of the hash
   * @param hash the hash
   * @return the DER encoding
   */
  public static byte[] digestInfo(DigestAlgorithm digest, byte[] hash) {
    if (hash.length != digest.length()) {
      throw new InvalidInputException(
          SignatureErrorCode.EXTERNAL_SESSION_INVALID,
          ErrorDetails.field("hash")
              .rule("signature.external.hash-length")
              .with("reason", "a " + digest.jcaName() + " hash has " + digest.length() + " bytes"));
    }
    try {
      return new DigestInfo(
              new AlgorithmIdentifier(new ASN1ObjectIdentifier(digest.oid()), DERNull.INSTANCE),
              hash)
          .getEncoded("DER");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Returns an ECDSA value in DER; a raw {@code r || s} value (IEEE P1363, as WebCrypto and many
   * signing services return it) is converted, anything else is returned unchanged.
   *
   * @param algorithm the algorithm
   * @param certificate the signer's certificate
   * @param value the value received
   * @return the value in the JCA form
   */
  public static byte[] jcaForm(
      SignatureAlgorithm algorithm, X509Certificate certificate, byte[] value) {
    if (algorithm.keyType() != SignatureAlgorithm.KeyType.EC
        || !(certificate.getPublicKey() instanceof ECPublicKey ec)) {
      return value;
    }
    int n = (ec.getParams().getOrder().bitLength() + 7) / 8;
    if (value.length != 2 * n) {
      return value;
    }
    try {
      return new DERSequence(
              new org.bouncycastle.asn1.ASN1Encodable[] {
                new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(value, 0, n))),
                new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(value, n, 2 * n)))
              })
          .getEncoded("DER");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Checks that a value received from outside is a signature of the data by the certificate's key,
   * trying the raw {@code r || s} reading of an ECDSA value first and the value as given second.
   *
   * @param algorithm the algorithm
   * @param certificate the signer's certificate
   * @param dataToSign the data
   * @param value the value received
   * @param field the field named in the error
   * @return the value in the JCA form
   * @throws InvalidInputException {@code LT-SIG-0006} when it does not verify
   */
  public static byte[] checked(
      SignatureAlgorithm algorithm,
      X509Certificate certificate,
      byte[] dataToSign,
      byte[] value,
      String field) {
    byte[] converted = jcaForm(algorithm, certificate, value);
    if (converted != value && verifies(algorithm, certificate, dataToSign, converted)) {
      return converted;
    }
    if (verifies(algorithm, certificate, dataToSign, value)) {
      return value;
    }
    throw new InvalidInputException(
        SignatureErrorCode.SIGNATURE_VALUE_MISMATCH,
        ErrorDetails.field(field).rule("signature.external.value-verifies"));
  }

  private static boolean verifies(
      SignatureAlgorithm algorithm, X509Certificate certificate, byte[] dataToSign, byte[] value) {
    try {
      Signature s = JcaSignatures.create(algorithm);
      s.initVerify(certificate.getPublicKey());
      s.update(dataToSign);
      return s.verify(value);
    } catch (GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }
}
