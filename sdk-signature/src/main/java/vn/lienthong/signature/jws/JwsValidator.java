package vn.lienthong.signature.jws;

import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.signature.SignatureErrorCode;
import vn.lienthong.signature.SubIndication;
import vn.lienthong.signature.ValidationFinding;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.internal.ChainCheck;
import vn.lienthong.signature.internal.jws.JwsParts;
import vn.lienthong.signature.internal.jws.JwsValidation;
import vn.lienthong.signature.trust.CertificateVerifier;

/**
 * Validates JWS and JAdES B-B and B-T signatures in compact or JSON serialisation against
 * configured trust anchors and the crypto policy of Circular 15/2025/TT-BKHCN, and reports an ETSI
 * EN 319 102-1 indication and the level per signature (B-T when a {@code sigTst} in the {@code
 * etsiU} unprotected header verifies over the base64url signature value).
 *
 * <p>Secure by default: {@code alg: none}, HMAC ({@code HS*}) and algorithms outside the policy are
 * refused (INDETERMINATE, {@code CRYPTO_CONSTRAINTS_FAILURE_NO_POE}); only PS256/384/512,
 * RS256/384/512 (unless {@link Builder#rsaPkcs1Allowed(boolean) switched off}) and ES256/384/512 on
 * their own curves remain. A {@code crit} naming anything but {@code b64}, {@code sigT} and {@code
 * iat} fails the signature, as do {@code sigT} and {@code iat} together. The key comes only from a
 * certificate: {@code x5c} in the protected header or a configured certificate named by {@code
 * x5t#S256}, and it counts only when that certificate chains to a trust anchor; {@code jwk}, {@code
 * jku}, {@code x5u} and {@code kid} are ignored and never fetched. Sizes are capped ({@link
 * #MAX_JWS_CHARS}, {@link #MAX_HEADER_CHARS}, {@link #MAX_SIGNATURES}). Revocation is checked when
 * a {@link CertificateVerifier} is configured; otherwise reports say {@code
 * REVOCATION_NOT_CHECKED}. Instances are immutable and thread-safe; create one and reuse it.
 *
 * <pre>{@code
 * JwsValidator validator = JwsValidator.builder().trustAnchors(List.of(vgcaRoot)).build();
 * ValidationReport report = validator.validate(jws, reportJson); // detached payload
 * }</pre>
 *
 * @since 0.1.0
 */
public final class JwsValidator {

  /** The longest JWS text accepted, in characters (16 MiB). */
  public static final int MAX_JWS_CHARS = 16 * 1024 * 1024;

  /** The longest encoded protected header accepted, in characters (32 KiB). */
  public static final int MAX_HEADER_CHARS = 32 * 1024;

  /** The most signatures accepted in one JSON serialisation. */
  public static final int MAX_SIGNATURES = 16;

  /** The largest detached payload accepted, in bytes (64 MiB). */
  public static final int MAX_PAYLOAD_BYTES = 64 * 1024 * 1024;

  private final JwsValidation.Settings settings;
  private final Clock clock;

  private JwsValidator(Builder b) {
    Set<TrustAnchor> anchors = new HashSet<>();
    for (X509Certificate c : b.trustAnchors) {
      anchors.add(new TrustAnchor(c, null));
    }
    this.settings =
        new JwsValidation.Settings(
            ChainCheck.of(anchors, b.certificateVerifier),
            List.copyOf(b.signerCertificates),
            b.rsaPkcs1Allowed);
    this.clock = b.clock;
  }

  /**
   * Starts a validator.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Validates a JWS with an attached payload and exactly one signature.
   *
   * @param jws the JWS, compact or JSON
   * @return the report; FAILED or INDETERMINATE reports are values, not exceptions
   * @throws InvalidInputException if the JWS is too large ({@code LT-SIG-0101}) or malformed
   *     ({@code LT-SIG-0402})
   * @throws NullPointerException if the argument is null
   */
  public ValidationReport validate(String jws) {
    return single(validateEach(jws));
  }

  /**
   * Validates a JWS with a detached payload and exactly one signature.
   *
   * @param jws the JWS, compact ({@code header..signature}) or JSON without {@code payload}
   * @param detachedPayload the payload it signs
   * @return the report
   * @throws InvalidInputException if the JWS or payload is too large ({@code LT-SIG-0101}) or the
   *     JWS malformed ({@code LT-SIG-0402})
   * @throws NullPointerException if an argument is null
   */
  public ValidationReport validate(String jws, byte[] detachedPayload) {
    return single(validateEach(jws, detachedPayload));
  }

  /**
   * Validates every signature of a JWS with an attached payload (co-signatures in general JSON).
   *
   * @param jws the JWS, compact or JSON
   * @return one report per signature, in order
   * @throws InvalidInputException if the JWS is too large ({@code LT-SIG-0101}) or malformed
   *     ({@code LT-SIG-0402})
   * @throws NullPointerException if the argument is null
   */
  public List<ValidationReport> validateEach(String jws) {
    return run(jws, null);
  }

  /**
   * Validates every signature of a JWS with a detached payload.
   *
   * @param jws the JWS, compact or JSON
   * @param detachedPayload the payload it signs
   * @return one report per signature, in order
   * @throws InvalidInputException if the JWS or payload is too large ({@code LT-SIG-0101}) or the
   *     JWS malformed ({@code LT-SIG-0402})
   * @throws NullPointerException if an argument is null
   */
  public List<ValidationReport> validateEach(String jws, byte[] detachedPayload) {
    Objects.requireNonNull(detachedPayload, "detachedPayload");
    if (detachedPayload.length > MAX_PAYLOAD_BYTES) {
      throw tooLarge("detachedPayload", detachedPayload.length, MAX_PAYLOAD_BYTES);
    }
    return run(jws, detachedPayload);
  }

  private List<ValidationReport> run(String jws, byte @Nullable [] detachedPayload) {
    Objects.requireNonNull(jws, "jws");
    if (jws.length() > MAX_JWS_CHARS) {
      throw tooLarge("jws", jws.length(), MAX_JWS_CHARS);
    }
    List<JwsParts> signatures = JwsParts.split(jws, MAX_SIGNATURES);
    Instant now = clock.instant();
    List<ValidationReport> reports = new ArrayList<>();
    for (JwsParts parts : signatures) {
      if (parts.protectedHeader().length() > MAX_HEADER_CHARS) {
        throw tooLarge("protected", parts.protectedHeader().length(), MAX_HEADER_CHARS);
      }
      reports.add(new JwsValidation(settings, now).run(parts, detachedPayload));
    }
    return List.copyOf(reports);
  }

  private static ValidationReport single(List<ValidationReport> reports) {
    if (reports.size() == 1) {
      return reports.get(0);
    }
    return ValidationReport.builder()
        .fail(SubIndication.FORMAT_FAILURE, ValidationFinding.SEVERAL_SIGNATURES)
        .finding(ValidationFinding.REVOCATION_NOT_CHECKED)
        .build();
  }

  private static InvalidInputException tooLarge(String field, int length, int max) {
    return new InvalidInputException(
        SignatureErrorCode.DOCUMENT_TOO_LARGE,
        ErrorDetails.field(field)
            .rule("signature.jws.size")
            .with("length", length)
            .with("max", max));
  }

  /**
   * Builds {@link JwsValidator}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable CertificateVerifier certificateVerifier;
    private final Set<X509Certificate> trustAnchors = new HashSet<>();
    private final Set<X509Certificate> signerCertificates = new LinkedHashSet<>();
    private boolean rsaPkcs1Allowed = true;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets the certificate verifier: its trust anchor sets are added to the trust anchors, and it
     * checks revocation (OCSP, CRL) and validity at the best signature time. Without one, the
     * validator checks the chain only and every report says revocation was not checked.
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
     * Adds trust anchors (root certificates: the VGCA root, the NEAC national root...).
     *
     * @param anchors the certificates
     * @return this builder
     * @throws NullPointerException if the collection or an element is null
     */
    public Builder trustAnchors(Collection<X509Certificate> anchors) {
      for (X509Certificate c : anchors) {
        trustAnchors.add(Objects.requireNonNull(c, "anchor"));
      }
      return this;
    }

    /**
     * Adds certificates known out of band, for signatures that name their signer only by {@code
     * x5t#S256}; give intermediate CA certificates here too. They must still chain to an anchor.
     *
     * @param certificates signer and intermediate certificates
     * @return this builder
     * @throws NullPointerException if the collection or an element is null
     */
    public Builder signerCertificates(Collection<X509Certificate> certificates) {
      for (X509Certificate c : certificates) {
        signerCertificates.add(Objects.requireNonNull(c, "certificate"));
      }
      return this;
    }

    /**
     * Accepts or refuses RSA PKCS#1 v1.5 (RS256/384/512) besides RSASSA-PSS; accepted by default.
     *
     * @param allowed false to accept only PS256/384/512 for RSA keys
     * @return this builder
     */
    public Builder rsaPkcs1Allowed(boolean allowed) {
      this.rsaPkcs1Allowed = allowed;
      return this;
    }

    /**
     * Sets the clock giving the validation time; the system clock by default.
     *
     * @param clock the clock
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the validator.
     *
     * @return the validator
     * @throws IllegalStateException if neither trust anchors nor a certificate verifier was given
     */
    public JwsValidator build() {
      if (trustAnchors.isEmpty() && certificateVerifier == null) {
        throw new IllegalStateException("trustAnchors required");
      }
      return new JwsValidator(this);
    }
  }
}
