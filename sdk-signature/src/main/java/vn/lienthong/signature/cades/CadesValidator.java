package vn.lienthong.signature.cades;

import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.signature.SignatureErrorCode;
import vn.lienthong.signature.SubIndication;
import vn.lienthong.signature.ValidationFinding;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.internal.CadesAttached;
import vn.lienthong.signature.internal.CadesValidation;
import vn.lienthong.signature.internal.ChainCheck;
import vn.lienthong.signature.trust.CertificateVerifier;

/**
 * Validates detached CAdES signatures (B-B, B-T, B-LT) against configured trust anchors and the
 * crypto policy of Circular 15/2025/TT-BKHCN, and reports an ETSI EN 319 102-1 indication, the
 * level and the best signature time.
 *
 * <p>Checks: one signer, allowed algorithms, the message digest over the content, the signing
 * certificate (signing-certificate-v2 when present), the signature value, signature timestamps
 * (imprint over the signature value, TSA signature and chain; the earliest valid one is the best
 * signature time), then the signer's chain at that time with the OCSP responses and CRLs embedded
 * in the SignedData and, with a {@link CertificateVerifier}, online revocation. Inputs are capped
 * at {@link #MAX_SIGNATURE_BYTES} and {@link #MAX_CONTENT_BYTES}. Instances are immutable and
 * thread-safe; create one and reuse it.
 *
 * <pre>{@code
 * CadesValidator validator = CadesValidator.builder().certificateVerifier(verifier).build();
 * ValidationReport report = validator.validate(p7s, document);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CadesValidator {

  /** The largest CMS accepted, in bytes (4 MiB). */
  public static final int MAX_SIGNATURE_BYTES = 4 * 1024 * 1024;

  /** The largest detached content accepted in memory, in bytes (256 MiB). */
  public static final int MAX_CONTENT_BYTES = 256 * 1024 * 1024;

  private final ChainCheck chain;
  private final Clock clock;

  private CadesValidator(Builder b) {
    Set<TrustAnchor> anchors = new HashSet<>();
    for (X509Certificate c : b.trustAnchors) {
      anchors.add(new TrustAnchor(c, null));
    }
    this.chain = ChainCheck.of(anchors, b.certificateVerifier);
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
   * Validates a detached CAdES signature over its content.
   *
   * @param signature the DER CMS SignedData ({@code .p7s})
   * @param content the signed content
   * @return the report; FAILED or INDETERMINATE reports are values, not exceptions
   * @throws InvalidInputException if an input is larger than its cap ({@code LT-SIG-0101})
   * @throws NullPointerException if an argument is null
   */
  public ValidationReport validate(byte[] signature, byte[] content) {
    Objects.requireNonNull(signature, "signature");
    Objects.requireNonNull(content, "content");
    cap("signature", signature.length, MAX_SIGNATURE_BYTES);
    cap("content", content.length, MAX_CONTENT_BYTES);
    return new CadesValidation(signature, content, chain, clock.instant()).run();
  }

  /**
   * Validates an attached CAdES signature: the content is read from the SignedData's encapsulated
   * content ({@code .p7m}).
   *
   * <pre>{@code
   * ValidationReport report = validator.validate(p7m);
   * byte[] content = CadesValidator.encapsulatedContent(p7m).orElseThrow();
   * }</pre>
   *
   * @param signature the DER CMS SignedData with its content
   * @return the report; INDETERMINATE (SIGNED_DATA_NOT_FOUND) when no content is encapsulated
   * @throws InvalidInputException if the signature is larger than its cap ({@code LT-SIG-0101})
   * @throws NullPointerException if the argument is null
   */
  public ValidationReport validate(byte[] signature) {
    Objects.requireNonNull(signature, "signature");
    cap("signature", signature.length, MAX_SIGNATURE_BYTES);
    CadesAttached.Split split = CadesAttached.split(signature);
    if (split == null) {
      return ValidationReport.builder()
          .fail(SubIndication.SIGNED_DATA_NOT_FOUND, ValidationFinding.NO_SIGNATURE)
          .build();
    }
    return new CadesValidation(split.detached(), split.content(), chain, clock.instant()).run();
  }

  /**
   * Returns the content encapsulated in an attached signature, without validating anything.
   *
   * @param signature the DER CMS SignedData
   * @return the content, or empty when the signature is detached or unreadable
   * @throws InvalidInputException if the signature is larger than its cap ({@code LT-SIG-0101})
   * @throws NullPointerException if the argument is null
   */
  public static Optional<byte[]> encapsulatedContent(byte[] signature) {
    Objects.requireNonNull(signature, "signature");
    cap("signature", signature.length, MAX_SIGNATURE_BYTES);
    CadesAttached.Split split = CadesAttached.split(signature);
    return split == null ? Optional.empty() : Optional.of(split.content());
  }

  private static void cap(String field, int length, int max) {
    if (length > max) {
      throw new InvalidInputException(
          SignatureErrorCode.DOCUMENT_TOO_LARGE,
          ErrorDetails.field(field).with("length", length).with("max", max));
    }
  }

  /**
   * Builds {@link CadesValidator}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final Set<X509Certificate> trustAnchors = new HashSet<>();
    private @Nullable CertificateVerifier certificateVerifier;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Adds trust anchors (root certificates); revocation is then not checked.
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
     * Sets the certificate verifier (trust anchor sets and revocation).
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
    public CadesValidator build() {
      if (trustAnchors.isEmpty() && certificateVerifier == null) {
        throw new IllegalStateException("trustAnchors required");
      }
      return new CadesValidator(this);
    }
  }
}
