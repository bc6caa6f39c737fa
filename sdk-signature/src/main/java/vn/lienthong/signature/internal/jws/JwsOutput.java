package vn.lienthong.signature.internal.jws;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.crypto.impl.ECDSA;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.lienthong.signature.jws.JwsSerialization;

/** Turns signature values into JWS values and serialises JWS objects. Thread-safe. */
public final class JwsOutput {

  private JwsOutput() {}

  /**
   * Converts a JCA signature value to its JWS form and checks it over the signing input.
   *
   * @param alg the JWS algorithm
   * @param certificate the signer's certificate
   * @param signingInput the JWS signing input
   * @param jcaValue the value in JCA form (DER for ECDSA)
   * @return the JWS signature value, or null if it does not verify
   * @throws JOSEException if the value cannot be converted
   */
  public static byte @Nullable [] checkedValue(
      JWSAlgorithm alg, X509Certificate certificate, byte[] signingInput, byte[] jcaValue)
      throws JOSEException {
    byte[] value =
        JWSAlgorithm.Family.EC.contains(alg)
            ? ECDSA.transcodeSignatureToConcat(jcaValue, ECDSA.getSignatureByteArrayLength(alg))
            : jcaValue;
    PublicKey key = certificate.getPublicKey();
    return verifier(key, Set.of()).verify(headerOnlyAlg(alg), signingInput, Base64URL.encode(value))
        ? value
        : null;
  }

  /**
   * Returns a Nimbus verifier for the key.
   *
   * @param key an RSA or EC public key
   * @param deferredCritical critical header names already checked by the caller
   * @return the verifier
   * @throws JOSEException if the key is of another type or curve
   */
  public static JWSVerifier verifier(PublicKey key, Set<String> deferredCritical)
      throws JOSEException {
    if (key instanceof RSAPublicKey rsa) {
      return new RSASSAVerifier(rsa, deferredCritical);
    }
    if (key instanceof ECPublicKey ec) {
      return new ECDSAVerifier(ec, deferredCritical);
    }
    throw new JOSEException("unsupported key type " + key.getAlgorithm());
  }

  private static com.nimbusds.jose.JWSHeader headerOnlyAlg(JWSAlgorithm alg) {
    return new com.nimbusds.jose.JWSHeader(alg);
  }

  /**
   * Serialises a JWS.
   *
   * @param serialization the serialisation
   * @param header the encoded protected header
   * @param payload the payload to attach (base64url), or null for detached
   * @param value the JWS signature value
   * @return the JWS text
   */
  public static String serialise(
      JwsSerialization serialization, String header, byte @Nullable [] payload, byte[] value) {
    return serialise(serialization, header, payload, value, null);
  }

  /**
   * Serialises a JWS with an unprotected header (JSON serialisations only).
   *
   * @param serialization the serialisation, flattened or general JSON when a header is given
   * @param header the encoded protected header
   * @param payload the payload to attach (base64url), or null for detached
   * @param value the JWS signature value
   * @param unprotected the unprotected header, or null for none
   * @return the JWS text
   */
  public static String serialise(
      JwsSerialization serialization,
      String header,
      byte @Nullable [] payload,
      byte[] value,
      @Nullable Map<String, Object> unprotected) {
    String payloadPart = payload == null ? "" : Base64URL.encode(payload).toString();
    String signature = Base64URL.encode(value).toString();
    if (serialization == JwsSerialization.COMPACT) {
      return header + "." + payloadPart + "." + signature;
    }
    Map<String, Object> json = new LinkedHashMap<>();
    if (payload != null) {
      json.put("payload", payloadPart);
    }
    Map<String, Object> sig = new LinkedHashMap<>();
    sig.put("protected", header);
    if (unprotected != null) {
      sig.put("header", unprotected);
    }
    sig.put("signature", signature);
    if (serialization == JwsSerialization.JSON_FLATTENED) {
      json.putAll(sig);
    } else {
      json.put("signatures", List.of(sig));
    }
    return JSONObjectUtils.toJSONString(json);
  }
}
