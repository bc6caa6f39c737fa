package vn.lienthong.signature.internal.jws;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.internal.JcaSignatures;

/**
 * Builds JAdES B-B protected headers ({@code alg}, {@code cty}, {@code x5c}, {@code x5t#S256},
 * {@code iat}, and {@code b64} with {@code crit} for unencoded payloads) and JWS signing inputs
 * deterministically. Thread-safe.
 */
public final class JwsHeaders {

  /** The header parameters this SDK understands when listed in {@code crit}. */
  public static final List<String> UNDERSTOOD_CRITICAL = List.of("b64", "sigT", "iat");

  private JwsHeaders() {}

  /**
   * Returns the base64url protected header.
   *
   * @param alg the JWS algorithm
   * @param parameters the signature parameters (chain, signing time)
   * @param chain true to add the chain as {@code x5c}; the signing certificate's {@code x5t#S256}
   *     is always there
   * @param unencoded true for RFC 7797 {@code b64: false}
   * @param contentType the {@code cty} value, or null for none
   * @return the encoded header
   */
  public static String encode(
      JWSAlgorithm alg,
      SignatureParameters parameters,
      boolean chain,
      boolean unencoded,
      @Nullable String contentType) {
    Map<String, Object> h = new LinkedHashMap<>();
    h.put("alg", alg.getName());
    if (contentType != null) {
      h.put("cty", contentType);
    }
    if (chain) {
      List<String> x5c = new ArrayList<>();
      for (X509Certificate c : parameters.certificateChain()) {
        x5c.add(Base64.getEncoder().encodeToString(der(c)));
      }
      h.put("x5c", x5c);
    }
    // JAdES (ETSI TS 119 182-1, 5.2.2) references the signing certificate by its digest even
    // when the chain travels in x5c; without it EU DSS does not recognise the JWS as JAdES.
    h.put("x5t#S256", thumbprint(parameters.signingCertificate()));
    if (unencoded) {
      h.put("b64", Boolean.FALSE);
    }
    // ETSI TS 119 182-1 v1.2.1 replaced sigT by iat (a NumericDate, RFC 7519) for the claimed
    // signing time; from 2025-07-15 EU DSS accepts only iat, and both together never.
    h.put("iat", parameters.signingTime().getEpochSecond());
    if (unencoded) {
      h.put("crit", List.of("b64"));
    }
    return Base64URL.encode(JSONObjectUtils.toJSONString(h)).toString();
  }

  /**
   * Returns the JWS signing input {@code ASCII(header) || '.' || payload part}.
   *
   * @param header the encoded protected header
   * @param payload the payload bytes
   * @param unencoded true if the payload goes in as is (RFC 7797)
   * @return the bytes the key signs
   */
  public static byte[] signingInput(String header, byte[] payload, boolean unencoded) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(header.length() + payload.length + 1);
    out.writeBytes(header.getBytes(StandardCharsets.US_ASCII));
    out.write('.');
    out.writeBytes(
        unencoded
            ? payload
            : Base64URL.encode(payload).toString().getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  /**
   * Returns the base64url SHA-256 digest of a certificate ({@code x5t#S256}).
   *
   * @param certificate the certificate
   * @return the thumbprint
   */
  public static String thumbprint(X509Certificate certificate) {
    try {
      return Base64URL.encode(MessageDigest.getInstance("SHA-256").digest(der(certificate)))
          .toString();
    } catch (NoSuchAlgorithmException e) {
      throw JcaSignatures.unsupported("SHA-256", e);
    }
  }

  private static byte[] der(X509Certificate c) {
    try {
      return c.getEncoded();
    } catch (CertificateEncodingException e) {
      throw new IllegalArgumentException("certificate cannot be encoded", e);
    }
  }
}
