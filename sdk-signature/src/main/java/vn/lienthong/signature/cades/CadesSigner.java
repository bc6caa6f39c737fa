package vn.lienthong.signature.cades;

import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.signature.SignatureErrorCode;
import vn.lienthong.signature.SignatureLevel;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.SigningKey;
import vn.lienthong.signature.internal.Cades;
import vn.lienthong.signature.internal.CadesArchive;
import vn.lienthong.signature.internal.CadesLevels;
import vn.lienthong.signature.internal.JcaSignatures;
import vn.lienthong.signature.timestamp.TimestampSource;
import vn.lienthong.signature.trust.CertificateVerifier;

/**
 * Creates CAdES signatures (ETSI EN 319 122-1), detached or attached, at B-B, B-T, B-LT or B-LTA: a
 * DER CMS SignedData with the signed attributes content-type, message-digest, signing-time and
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

  private final SignatureLevel level;
  private final @Nullable TimestampSource timestampSource;
  private final @Nullable CertificateVerifier certificateVerifier;
  private final boolean attached;

  private CadesSigner(Builder b) {
    this.attached = b.attached;
    this.level = b.level;
    this.timestampSource = b.timestampSource;
    this.certificateVerifier = b.certificateVerifier;
  }

  /**
   * Returns a B-B signer.
   *
   * @return the signer
   */
  public static CadesSigner create() {
    return new Builder().build();
  }

  /**
   * Starts a signer for a chosen level (B-T needs a timestamp source, B-LT and B-LTA also a
   * certificate verifier that gathers the OCSP responses and CRLs).
   *
   * <pre>{@code
   * CadesSigner signer =
   *     CadesSigner.builder()
   *         .level(SignatureLevel.B_LT)
   *         .timestampSource(TimestampClient.builder().uri(tsaUri).build())
   *         .certificateVerifier(verifier)
   *         .build();
   * }</pre>
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Tells whether this signer encapsulates the content (attached, {@code .p7m}) rather than leaving
   * it outside (detached, {@code .p7s}, the default).
   *
   * @return true for attached signatures
   */
  public boolean attached() {
    return attached;
  }

  /**
   * Returns the level this signer produces.
   *
   * @return B-B, B-T, B-LT or B-LTA
   */
  public SignatureLevel level() {
    return level;
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
    Cades.build(content, parameters, new byte[0], captured, attached);
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
   *     LT-SIG-0006}), or B-LT validation data cannot be gathered ({@code LT-SIG-0704})
   * @throws vn.lienthong.core.RemoteServiceException if B-T and the timestamp authority fails
   *     ({@code LT-SIG-07xx})
   * @throws NullPointerException if an argument is null
   */
  public byte[] sign(byte[] content, SignatureParameters parameters, byte[] signatureValue) {
    Objects.requireNonNull(signatureValue, "signatureValue");
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    byte[] cms = Cades.build(content, parameters, signatureValue, captured, attached);
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
    if (timestampSource != null) {
      cms = CadesLevels.addSignatureTimestamp(cms, timestampSource);
    }
    if (certificateVerifier != null) {
      cms =
          CadesLevels.addValidationData(cms, certificateVerifier, parameters.signingCertificate());
    }
    if (level == SignatureLevel.B_LTA && timestampSource != null) {
      cms = CadesArchive.add(cms, content, timestampSource);
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

  /**
   * Builds {@link CadesSigner}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private SignatureLevel level = SignatureLevel.B_B;
    private boolean attached;
    private @Nullable TimestampSource timestampSource;
    private @Nullable CertificateVerifier certificateVerifier;

    private Builder() {}

    /**
     * Sets the level: B-B (the default), B-T, B-LT or B-LTA (B-LT plus an archive-time-stamp-v3
     * with its ats-hash-index-v3, ETSI EN 319 122-1, 5.5.3).
     *
     * @param level the level
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder level(SignatureLevel level) {
      this.level = Objects.requireNonNull(level, "level");
      return this;
    }

    /**
     * Sets where signature and archive timestamps come from (required for B-T, B-LT and B-LTA).
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
     * Chooses the packaging: attached (the content encapsulated in the SignedData, {@code .p7m}) or
     * detached (the default, {@code .p7s}); every level works with both.
     *
     * <pre>{@code
     * CadesSigner signer = CadesSigner.builder().attached(true).build();
     * }</pre>
     *
     * @param attached true to encapsulate the content
     * @return this builder
     */
    public Builder attached(boolean attached) {
      this.attached = attached;
      return this;
    }

    /**
     * Sets the verifier that gathers certificates, OCSP responses and CRLs (required for B-LT and
     * B-LTA).
     *
     * @param verifier the verifier
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder certificateVerifier(CertificateVerifier verifier) {
      this.certificateVerifier = Objects.requireNonNull(verifier, "verifier");
      return this;
    }

    /**
     * Builds the signer.
     *
     * @return the signer
     * @throws vn.lienthong.core.InvalidInputException if the level lacks its timestamp source or
     *     verifier ({@code LT-SIG-0704})
     */
    public CadesSigner build() {
      boolean timestamped = level != SignatureLevel.B_B;
      if (timestamped && timestampSource == null) {
        throw missing("a timestamp source");
      }
      boolean longTerm = level == SignatureLevel.B_LT || level == SignatureLevel.B_LTA;
      if (longTerm && certificateVerifier == null) {
        throw missing("a certificate verifier");
      }
      CadesSigner signer = new CadesSigner(this);
      return signer;
    }

    private InvalidInputException missing(String what) {
      return new InvalidInputException(
          SignatureErrorCode.LEVEL_REQUIREMENTS_MISSING,
          ErrorDetails.field("level").rejectedValue(level.etsiName()).with("reason", what));
    }
  }
}
