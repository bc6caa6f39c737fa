package vn.lienthong.signature.internal.jws;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.Optional;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.signature.SignatureAlgorithm;
import vn.lienthong.signature.SignatureErrorCode;

/** Maps the SDK's signature algorithms to JWS {@code alg} values and back. Thread-safe. */
public final class JwsAlgorithms {

  private static final Map<SignatureAlgorithm, JWSAlgorithm> TO_JWS =
      Map.of(
          SignatureAlgorithm.RSA_PSS_SHA256, JWSAlgorithm.PS256,
          SignatureAlgorithm.RSA_PSS_SHA384, JWSAlgorithm.PS384,
          SignatureAlgorithm.RSA_PSS_SHA512, JWSAlgorithm.PS512,
          SignatureAlgorithm.RSA_SHA256, JWSAlgorithm.RS256,
          SignatureAlgorithm.RSA_SHA384, JWSAlgorithm.RS384,
          SignatureAlgorithm.RSA_SHA512, JWSAlgorithm.RS512,
          SignatureAlgorithm.ECDSA_SHA256, JWSAlgorithm.ES256,
          SignatureAlgorithm.ECDSA_SHA384, JWSAlgorithm.ES384,
          SignatureAlgorithm.ECDSA_SHA512, JWSAlgorithm.ES512);

  private static final Map<JWSAlgorithm, Curve> CURVES =
      Map.of(
          JWSAlgorithm.ES256, Curve.P_256,
          JWSAlgorithm.ES384, Curve.P_384,
          JWSAlgorithm.ES512, Curve.P_521);

  private JwsAlgorithms() {}

  /**
   * Returns the JWS algorithm for parameters and key, or throws.
   *
   * @param algorithm the SDK algorithm
   * @param key the signer's public key
   * @return the JWS algorithm
   * @throws InvalidInputException if the key cannot use it in JWS ({@code LT-SIG-0401})
   */
  public static JWSAlgorithm forSigning(SignatureAlgorithm algorithm, PublicKey key) {
    JWSAlgorithm alg = TO_JWS.get(algorithm);
    if (alg == null || !fits(alg, key)) {
      throw new InvalidInputException(
          SignatureErrorCode.JWS_ALGORITHM_UNAVAILABLE,
          ErrorDetails.field("signatureAlgorithm")
              .rule("signature.jws.algorithm-curve")
              .rejectedValue(algorithm.name())
              .with("keyType", key.getAlgorithm()));
    }
    return alg;
  }

  /**
   * Returns the SDK algorithm of a JWS {@code alg} if the policy knows it.
   *
   * @param alg the header value
   * @return the algorithm, empty for {@code none}, HMAC and anything else
   */
  public static Optional<SignatureAlgorithm> fromJws(String alg) {
    for (Map.Entry<SignatureAlgorithm, JWSAlgorithm> e : TO_JWS.entrySet()) {
      if (e.getValue().getName().equals(alg)) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }

  /**
   * Tells whether a key may verify or create the algorithm (RSA for RS/PS, the matching NIST curve
   * for ES).
   *
   * @param alg the JWS algorithm
   * @param key the key
   * @return true if it fits
   */
  public static boolean fits(JWSAlgorithm alg, PublicKey key) {
    if (JWSAlgorithm.Family.RSA.contains(alg)) {
      return key instanceof RSAPublicKey;
    }
    Curve curve = CURVES.get(alg);
    return curve != null
        && key instanceof ECPublicKey ec
        && curve.equals(Curve.forECParameterSpec(ec.getParams()));
  }
}
