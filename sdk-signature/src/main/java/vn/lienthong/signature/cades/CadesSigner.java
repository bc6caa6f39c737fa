package vn.lienthong.signature.cades;

import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Objects;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.signature.SignatureErrorCode;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.SigningKey;
import vn.lienthong.signature.internal.Cades;
import vn.lienthong.signature.internal.JcaSignatures;

/**
 * Creates CAdES B-B detached signatures (ETSI EN 319 122-1): a DER CMS SignedData without the
 * content, with the signed attributes content-type, message-digest, signing-time and
 * signing-certificate-v2 (no SHA-1 anywhere), and the certificate chain.
 *
 * <p>Signing is three steps, so the key may be remote: {@link #dataToSign} gives the DER of the
 * signed attributes, a {@link SigningKey} signs them, {@link #sign(byte[], SignatureParameters,
 * byte[])} builds the CMS ({@code .p7s}). Both steps must get the same content and parameters.
 * Instances are immutable and thread-safe; create one and reuse it.
 *
 * <pre>{@code
 * CadesSigner signer = CadesSigner.create();
 * byte[] toSign = signer.dataToSign(pdfBytes, parameters);
 * byte[] p7s = signer.sign(pdfBytes, parameters, key.sign(toSign, parameters.signatureAlgorithm()));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CadesSigner {

  private CadesSigner() {}

  /**
   * Returns a signer.
   *
   * @return the signer
   */
  public static CadesSigner create() {
    return new CadesSigner();
  }

  /**
   * Computes the data to sign: the DER of the signed attributes.
   *
   * @param content the content to sign (not embedded in the result)
   * @param parameters the signature parameters
   * @return the bytes the key must sign
   * @throws NullPointerException if an argument is null
   */
  public byte[] dataToSign(byte[] content, SignatureParameters parameters) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(parameters, "parameters");
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    Cades.build(content, parameters, new byte[0], captured);
    return captured.toByteArray();
  }

  /**
   * Builds the detached CMS from the signature value.
   *
   * @param content the same content given to {@link #dataToSign}
   * @param parameters the same parameters given to {@link #dataToSign}
   * @param signatureValue the value the key returned (JCA form: DER for ECDSA, as CMS wants)
   * @return the DER CMS SignedData ({@code .p7s})
   * @throws InvalidInputException if the value does not verify over the data to sign ({@code
   *     LT-SIG-0006})
   * @throws NullPointerException if an argument is null
   */
  public byte[] sign(byte[] content, SignatureParameters parameters, byte[] signatureValue) {
    Objects.requireNonNull(signatureValue, "signatureValue");
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    byte[] cms = Cades.build(content, parameters, signatureValue, captured);
    boolean ok;
    try {
      Signature s = JcaSignatures.create(parameters.signatureAlgorithm());
      s.initVerify(parameters.signingCertificate().getPublicKey());
      s.update(captured.toByteArray());
      ok = s.verify(signatureValue);
    } catch (GeneralSecurityException e) {
      ok = false;
    }
    if (!ok) {
      throw new InvalidInputException(
          SignatureErrorCode.SIGNATURE_VALUE_MISMATCH,
          ErrorDetails.field("signatureValue").rule("signature.value.verifies"));
    }
    return cms;
  }

  /**
   * Signs in one call with a local key: the three steps together.
   *
   * @param content the content to sign
   * @param parameters the signature parameters
   * @param key the key matching the parameters' certificate
   * @return the DER CMS SignedData ({@code .p7s})
   * @throws InvalidInputException if the key does not match the certificate ({@code LT-SIG-0006})
   * @throws vn.lienthong.core.LienThongException if the key fails ({@code LT-SIG-0005})
   * @throws NullPointerException if an argument is null
   */
  public byte[] sign(byte[] content, SignatureParameters parameters, SigningKey key) {
    byte[] toSign = dataToSign(content, parameters);
    return sign(content, parameters, key.sign(toSign, parameters.signatureAlgorithm()));
  }
}
