package vn.lienthong.signature.external;

import java.security.cert.X509Certificate;
import java.util.List;
import vn.lienthong.signature.SignatureAlgorithm;
import vn.lienthong.signature.SigningKey;

/**
 * The port remote signing providers implement: a Cloud Signature Consortium API v2 service ({@code
 * credentials/list}, {@code credentials/info}, {@code credentials/authorize}, {@code
 * signatures/signHash}), VNPT SmartCA or Viettel MySign. One instance stands for one credential
 * (one key and its certificate) already chosen and authorised by the implementation's own means
 * (PIN, OTP or a push confirmation on the signer's phone).
 *
 * <p>Implementations must be thread-safe. Signing many hashes in one call lets a service ask the
 * signer once for a batch, as CSC {@code numSignatures} allows.
 *
 * <pre>{@code
 * RemoteSigningService smartCa = ...;
 * byte[] p7s = CadesSigner.create().sign(content, parameters, smartCa.signingKey());
 * }</pre>
 *
 * @since 0.1.0
 */
public interface RemoteSigningService {

  /**
   * Returns the credential's certificate chain, as {@code credentials/info} reports it.
   *
   * @return the chain, signer first, never empty
   * @throws vn.lienthong.core.RemoteServiceException if the service fails
   */
  List<X509Certificate> certificateChain();

  /**
   * Signs hashes with the credential's key, as {@code signatures/signHash} does.
   *
   * @param hashes the digests of the data to sign, each made with {@code algorithm.digest()}
   * @param algorithm the signature algorithm
   * @return one value per hash, in the same order (ECDSA in DER or raw {@code r || s})
   * @throws vn.lienthong.core.RemoteServiceException if the service fails or the signer refused
   */
  List<byte[]> signHashes(List<byte[]> hashes, SignatureAlgorithm algorithm);

  /**
   * Returns a signing key backed by this service; its values are checked against the certificate.
   *
   * @return the key
   * @throws vn.lienthong.core.InvalidInputException if the certificate's key is not allowed ({@code
   *     LT-SIG-0003})
   */
  default SigningKey signingKey() {
    return ExternalSigningKey.of(
        certificateChain(), (hash, algorithm) -> signHashes(List.of(hash), algorithm).get(0));
  }
}
