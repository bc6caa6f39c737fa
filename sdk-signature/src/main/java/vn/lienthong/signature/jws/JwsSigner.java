package vn.lienthong.signature.jws;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.util.Base64URL;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.signature.DigestAlgorithm;
import vn.lienthong.signature.SignatureErrorCode;
import vn.lienthong.signature.SignatureLevel;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.SigningKey;
import vn.lienthong.signature.internal.JcaSignatures;
import vn.lienthong.signature.internal.jws.JadesTimestamps;
import vn.lienthong.signature.internal.jws.JwsAlgorithms;
import vn.lienthong.signature.internal.jws.JwsHeaders;
import vn.lienthong.signature.internal.jws.JwsOutput;
import vn.lienthong.signature.timestamp.TimestampSource;

/**
 * Creates JWS signatures (RFC 7515) with the JAdES baseline header parameters of ETSI TS 119 182-1
 * (v1.2.1): {@code alg}, {@code x5t#S256} (and the chain in {@code x5c} unless asked otherwise),
 * {@code iat} (the claimed signing time, which replaced {@code sigT}), and optionally {@code cty}.
 * At B-T (JSON serialisations only) a signature timestamp over the base64url signature value goes
 * in the unprotected header as {@code etsiU: [base64url({"sigTst": ...})]}.
 *
 * <p>Signing is three steps, so the key may be remote: {@link #dataToSign} gives the JWS signing
 * input, a {@link SigningKey} signs it, {@link #sign(byte[], SignatureParameters, byte[])}
 * assembles the JWS after checking the value. Both steps must get the same payload and parameters.
 * The payload may be attached, detached (RFC 7515 appendix F) or unencoded and detached (RFC 7797
 * {@code b64: false}, listed in {@code crit}). Algorithms follow the parameters: PS256/384/512 for
 * RSA with PSS (the default), RS256/384/512 with PKCS#1 v1.5, ES256/384/512 for P-256/384/521; no
 * HMAC, no {@code none}. Instances are immutable and thread-safe; create one and reuse it.
 *
 * <pre>{@code
 * JwsSigner signer = JwsSigner.builder().detachedPayload(true).build();
 * byte[] toSign = signer.dataToSign(reportJson, parameters);
 * String jws = signer.sign(reportJson, parameters, key.sign(toSign, parameters.signatureAlgorithm()));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class JwsSigner {

  private final JwsSerialization serialization;
  private final boolean detached;
  private final boolean unencoded;
  private final JwsCertificateReference certificateReference;
  private final @Nullable String contentType;
  private final @Nullable TimestampSource timestampSource;

  private JwsSigner(Builder b) {
    this.timestampSource = b.level == SignatureLevel.B_T ? b.timestampSource : null;
    this.serialization = b.serialization;
    this.detached = b.detached || b.unencoded;
    this.unencoded = b.unencoded;
    this.certificateReference = b.certificateReference;
    this.contentType = b.contentType;
  }

  /**
   * Returns a signer with the defaults: compact, attached payload, {@code x5c}.
   *
   * @return the signer
   */
  public static JwsSigner create() {
    return builder().build();
  }

  /**
   * Starts a signer.
   *
   * @return a builder with the defaults of {@link #create()}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Computes the data to sign: the JWS signing input (protected header, a dot, the payload part).
   *
   * @param payload the payload
   * @param parameters the signature parameters
   * @return the bytes the key must sign
   * @throws InvalidInputException if the algorithm has no JWS form for the key ({@code
   *     LT-SIG-0401})
   * @throws NullPointerException if an argument is null
   */
  public byte[] dataToSign(byte[] payload, SignatureParameters parameters) {
    Objects.requireNonNull(payload, "payload");
    return JwsHeaders.signingInput(header(parameters), payload, unencoded);
  }

  /**
   * Assembles the JWS from the signature value.
   *
   * @param payload the same payload given to {@link #dataToSign}
   * @param parameters the same parameters given to {@link #dataToSign}
   * @param signatureValue the value the key returned, in JCA form (DER for ECDSA; converted here to
   *     the JWS {@code R || S} form)
   * @return the JWS in the configured serialisation
   * @throws InvalidInputException if the value does not verify over the data to sign ({@code
   *     LT-SIG-0006}) or the algorithm has no JWS form ({@code LT-SIG-0401})
   * @throws NullPointerException if an argument is null
   */
  public String sign(byte[] payload, SignatureParameters parameters, byte[] signatureValue) {
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(signatureValue, "signatureValue");
    String header = header(parameters);
    JWSAlgorithm alg = algorithm(parameters);
    byte[] input = JwsHeaders.signingInput(header, payload, unencoded);
    byte[] jwsValue;
    try {
      jwsValue =
          JwsOutput.checkedValue(alg, parameters.signingCertificate(), input, signatureValue);
    } catch (JOSEException e) {
      jwsValue = null;
    }
    if (jwsValue == null) {
      throw new InvalidInputException(
          SignatureErrorCode.SIGNATURE_VALUE_MISMATCH,
          ErrorDetails.field("signatureValue").rule("signature.value.verifies"));
    }
    java.util.Map<String, Object> unprotected = null;
    if (timestampSource != null) {
      // JAdES B-T: the token's imprint is over the base64url JWS Signature Value (ETSI TS 119
      // 182-1, 5.3.4)
      byte[] covered = JadesTimestamps.imprintInput(Base64URL.encode(jwsValue).toString());
      byte[] digest;
      try {
        digest =
            java.security.MessageDigest.getInstance(DigestAlgorithm.SHA256.jcaName())
                .digest(covered);
      } catch (java.security.NoSuchAlgorithmException e) {
        throw JcaSignatures.unsupported("SHA-256", e);
      }
      unprotected =
          JadesTimestamps.unprotectedHeader(
              timestampSource.timestamp(digest, DigestAlgorithm.SHA256));
    }
    return JwsOutput.serialise(
        serialization, header, detached ? null : payload, jwsValue, unprotected);
  }

  /**
   * Signs in one call with a local key: the three steps together.
   *
   * @param payload the payload
   * @param parameters the signature parameters
   * @param key the key matching the parameters' certificate
   * @return the JWS in the configured serialisation
   * @throws InvalidInputException if the key does not match the certificate ({@code LT-SIG-0006})
   *     or the algorithm has no JWS form ({@code LT-SIG-0401})
   * @throws vn.lienthong.core.LienThongException if the key fails ({@code LT-SIG-0005})
   * @throws NullPointerException if an argument is null
   */
  public String sign(byte[] payload, SignatureParameters parameters, SigningKey key) {
    byte[] toSign = dataToSign(payload, parameters);
    return sign(payload, parameters, key.sign(toSign, parameters.signatureAlgorithm()));
  }

  private String header(SignatureParameters parameters) {
    Objects.requireNonNull(parameters, "parameters");
    return JwsHeaders.encode(
        algorithm(parameters),
        parameters,
        certificateReference == JwsCertificateReference.X5C,
        unencoded,
        contentType);
  }

  private static JWSAlgorithm algorithm(SignatureParameters parameters) {
    return JwsAlgorithms.forSigning(
        parameters.signatureAlgorithm(), parameters.signingCertificate().getPublicKey());
  }

  /**
   * Builds {@link JwsSigner}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private JwsSerialization serialization = JwsSerialization.COMPACT;
    private boolean detached;
    private boolean unencoded;
    private JwsCertificateReference certificateReference = JwsCertificateReference.X5C;
    private @Nullable String contentType;
    private SignatureLevel level = SignatureLevel.B_B;
    private @Nullable TimestampSource timestampSource;

    private Builder() {}

    /**
     * Sets the level: B-B (the default) or B-T, which adds a signature timestamp ({@code sigTst})
     * in the {@code etsiU} unprotected header and so needs a JSON serialisation and a timestamp
     * source.
     *
     * <pre>{@code
     * JwsSigner signer =
     *     JwsSigner.builder()
     *         .serialization(JwsSerialization.JSON_FLATTENED)
     *         .level(SignatureLevel.B_T)
     *         .timestampSource(tsa)
     *         .build();
     * }</pre>
     *
     * @param level B-B or B-T
     * @return this builder
     * @throws IllegalArgumentException for B-LT and B-LTA, not supported for JAdES yet
     * @throws NullPointerException if the argument is null
     */
    public Builder level(SignatureLevel level) {
      Objects.requireNonNull(level, "level");
      if (level == SignatureLevel.B_LT || level == SignatureLevel.B_LTA) {
        throw new IllegalArgumentException(level.etsiName() + " is not supported for JAdES yet");
      }
      this.level = level;
      return this;
    }

    /**
     * Sets where signature timestamps come from (required for B-T).
     *
     * @param source the source
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder timestampSource(TimestampSource source) {
      this.timestampSource = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * Sets the serialisation; compact by default.
     *
     * @param serialization the serialisation
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder serialization(JwsSerialization serialization) {
      this.serialization = Objects.requireNonNull(serialization, "serialization");
      return this;
    }

    /**
     * Leaves the payload out of the JWS (RFC 7515 appendix F); the verifier gets it separately.
     *
     * @param detached true to detach; false by default
     * @return this builder
     */
    public Builder detachedPayload(boolean detached) {
      this.detached = detached;
      return this;
    }

    /**
     * Signs the payload bytes as they are, without base64url (RFC 7797 {@code b64: false} in {@code
     * crit}); implies a detached payload.
     *
     * @param unencoded true for an unencoded payload; false by default
     * @return this builder
     */
    public Builder unencodedPayload(boolean unencoded) {
      this.unencoded = unencoded;
      return this;
    }

    /**
     * Sets how the header names the signing certificate; {@code x5c} (the chain) by default.
     *
     * @param reference the reference
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder certificateReference(JwsCertificateReference reference) {
      this.certificateReference = Objects.requireNonNull(reference, "reference");
      return this;
    }

    /**
     * Sets the {@code cty} header, the payload's media type ({@code "json"} for a JSON report).
     *
     * @param contentType the media type, at most 100 printable ASCII characters
     * @return this builder
     * @throws InvalidInputException if the value is empty, too long or not printable ASCII ({@code
     *     LT-SIG-0403})
     * @throws NullPointerException if the argument is null
     */
    public Builder contentType(String contentType) {
      Objects.requireNonNull(contentType, "contentType");
      if (contentType.isEmpty()
          || contentType.length() > 100
          || !contentType.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
        throw new InvalidInputException(
            SignatureErrorCode.JWS_OPTIONS_INVALID,
            ErrorDetails.field("contentType")
                .rule("signature.jws.cty-printable")
                .with("reason", "1 to 100 printable ASCII characters"));
      }
      this.contentType = contentType;
      return this;
    }

    /**
     * Builds the signer.
     *
     * @return the signer
     * @throws InvalidInputException if B-T is asked with the compact serialisation ({@code
     *     LT-SIG-1203}) or without a timestamp source ({@code LT-SIG-0704})
     */
    public JwsSigner build() {
      if (level == SignatureLevel.B_T && serialization == JwsSerialization.COMPACT) {
        throw new InvalidInputException(
            SignatureErrorCode.JWS_TIMESTAMP_NEEDS_JSON,
            ErrorDetails.field("serialization")
                .rule("signature.jades.b-t-json")
                .rejectedValue(level.etsiName()));
      }
      if (level == SignatureLevel.B_T && timestampSource == null) {
        throw new InvalidInputException(
            SignatureErrorCode.LEVEL_REQUIREMENTS_MISSING,
            ErrorDetails.field("level")
                .rejectedValue(level.etsiName())
                .with("reason", "a timestamp source"));
      }
      return new JwsSigner(this);
    }
  }
}
