package vn.lienthong.signature.pades;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.text.VietnameseText;
import vn.lienthong.signature.SignatureLevel;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.timestamp.TimestampSource;
import vn.lienthong.signature.trust.CertificateVerifier;

/**
 * What a PAdES signature is made with: the {@link SignatureParameters} (chain, algorithms, signing
 * time, which goes into the signature dictionary's {@code M} entry), an optional visible {@link
 * SignatureAppearance}, and the optional reason and location entries. The same parameters must be
 * given to both signing steps.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * PadesParameters parameters =
 *     PadesParameters.builder(signatureParameters)
 *         .appearance(SignatureAppearance.competentPerson(png, Placement.aboveText("Nguyễn Văn An", 120, 50)))
 *         .reason("Phê duyệt")
 *         .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PadesParameters {

  /** The longest reason or location accepted, in characters. */
  public static final int MAX_TEXT_LENGTH = 256;

  private final SignatureParameters signatureParameters;
  private final @Nullable SignatureAppearance appearance;
  private final @Nullable String reason;
  private final @Nullable String location;
  private final @Nullable TimestampSource timestampSource;
  private final @Nullable CertificateVerifier certificateVerifier;
  private final SignatureLevel level;

  private PadesParameters(Builder b) {
    this.certificateVerifier = b.certificateVerifier;
    this.level = b.level;
    this.timestampSource = b.timestampSource;
    this.signatureParameters = b.signatureParameters;
    this.appearance = b.appearance;
    this.reason = b.reason;
    this.location = b.location;
  }

  /**
   * Starts parameters.
   *
   * @param signatureParameters the chain, algorithms and signing time
   * @return a builder
   * @throws NullPointerException if the argument is null
   */
  public static Builder builder(SignatureParameters signatureParameters) {
    return new Builder(signatureParameters);
  }

  /**
   * Returns the chain, algorithms and signing time.
   *
   * @return the signature parameters
   */
  public SignatureParameters signatureParameters() {
    return signatureParameters;
  }

  /**
   * Returns the visible appearance.
   *
   * @return the appearance, empty for an invisible signature
   */
  public Optional<SignatureAppearance> appearance() {
    return Optional.ofNullable(appearance);
  }

  /**
   * Returns the reason entry.
   *
   * @return the reason, empty when absent
   */
  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  /**
   * Returns the location entry.
   *
   * @return the location, empty when absent
   */
  public Optional<String> location() {
    return Optional.ofNullable(location);
  }

  /**
   * Returns where the signature timestamp comes from (level B-T).
   *
   * @return the source, empty for B-B
   */
  public Optional<TimestampSource> timestampSource() {
    return Optional.ofNullable(timestampSource);
  }

  /**
   * Returns the level to reach: B-B, B-T with a timestamp source, or the long-term level asked.
   *
   * @return the level
   */
  public SignatureLevel level() {
    return level;
  }

  /**
   * Returns the verifier that gathers the validation data for B-LT and B-LTA.
   *
   * @return the verifier, empty below B-LT
   */
  public Optional<CertificateVerifier> certificateVerifier() {
    return Optional.ofNullable(certificateVerifier);
  }

  /**
   * Builds {@link PadesParameters}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final SignatureParameters signatureParameters;
    private @Nullable SignatureAppearance appearance;
    private @Nullable String reason;
    private @Nullable String location;
    private @Nullable TimestampSource timestampSource;
    private @Nullable CertificateVerifier certificateVerifier;
    private SignatureLevel level = SignatureLevel.B_B;

    /**
     * Asks for a level: {@link SignatureLevel#B_T} needs a {@link
     * #timestampSource(TimestampSource)}; {@link SignatureLevel#B_LT} adds the validation data (DSS
     * dictionary, see {@link PadesExtender}) and needs a {@link
     * #certificateVerifier(CertificateVerifier)} too; {@link SignatureLevel#B_LTA} adds a document
     * timestamp from the same source. By default B-B, or B-T when a timestamp source is set.
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
     * Sets the verifier that gathers chains, OCSP responses and CRLs for B-LT and B-LTA.
     *
     * @param verifier the verifier, with revocation checking on
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder certificateVerifier(CertificateVerifier verifier) {
      this.certificateVerifier = Objects.requireNonNull(verifier, "verifier");
      return this;
    }

    /**
     * Asks for level B-T: a signature timestamp over the signature value, from this source, in the
     * CMS's unsigned attributes (the reserved size grows by {@code 12 KiB}).
     *
     * @param source the timestamp source
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder timestampSource(TimestampSource source) {
      this.timestampSource = java.util.Objects.requireNonNull(source, "source");
      return this;
    }

    private Builder(SignatureParameters signatureParameters) {
      this.signatureParameters = Objects.requireNonNull(signatureParameters, "signatureParameters");
    }

    /**
     * Makes the signature visible.
     *
     * @param appearance the appearance
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder appearance(SignatureAppearance appearance) {
      this.appearance = Objects.requireNonNull(appearance, "appearance");
      return this;
    }

    /**
     * Sets the reason entry ("Phê duyệt", "Sao y bản chính"...).
     *
     * @param reason the reason, at most {@link #MAX_TEXT_LENGTH} characters
     * @return this builder
     * @throws IllegalArgumentException if too long
     * @throws NullPointerException if the argument is null
     */
    public Builder reason(String reason) {
      this.reason = text(reason, "reason");
      return this;
    }

    /**
     * Sets the location entry (the commune or agency's address).
     *
     * @param location the location, at most {@link #MAX_TEXT_LENGTH} characters
     * @return this builder
     * @throws IllegalArgumentException if too long
     * @throws NullPointerException if the argument is null
     */
    public Builder location(String location) {
      this.location = text(location, "location");
      return this;
    }

    private static String text(String value, String name) {
      if (Objects.requireNonNull(value, name).length() > MAX_TEXT_LENGTH) {
        throw new IllegalArgumentException(name + " longer than " + MAX_TEXT_LENGTH);
      }
      return VietnameseText.nfc(value);
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     * @throws IllegalStateException if the level needs a timestamp source or certificate verifier
     *     that is missing
     */
    public PadesParameters build() {
      if (level == SignatureLevel.B_B && timestampSource != null) {
        level = SignatureLevel.B_T;
      }
      if (level != SignatureLevel.B_B && timestampSource == null) {
        throw new IllegalStateException("timestampSource required for " + level.etsiName());
      }
      boolean longTerm = level == SignatureLevel.B_LT || level == SignatureLevel.B_LTA;
      if (longTerm && certificateVerifier == null) {
        throw new IllegalStateException("certificateVerifier required for " + level.etsiName());
      }
      return new PadesParameters(this);
    }
  }
}
