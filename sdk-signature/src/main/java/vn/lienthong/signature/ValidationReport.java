package vn.lienthong.signature;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.lienthong.signature.internal.ReportTexts;

/**
 * The outcome of validating one signature: an ETSI EN 319 102-1 indication and sub-indication, the
 * signer, the claimed signing time, whether the whole document is covered, and findings rendered in
 * Vietnamese or English.
 *
 * <p>A report is a value: an invalid signature is a report with {@link Indication#FAILED}, not an
 * exception. Immutable and thread-safe.
 *
 * <pre>{@code
 * ValidationReport report = validator.validate(signedXml);
 * if (report.indication() != Indication.PASSED) {
 *   report.messages(Locale.forLanguageTag("vi")).forEach(System.out::println);
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ValidationReport {

  /** Viet Nam's offset, used to show times to people. */
  private static final ZoneOffset VIET_NAM = ZoneOffset.ofHours(7);

  private final Indication indication;
  private final @Nullable SubIndication subIndication;
  private final @Nullable X509Certificate signingCertificate;
  private final @Nullable Instant signingTime;
  private final boolean fullDocumentSigned;
  private final List<ValidationFinding> findings;
  private final boolean revocationChecked;
  private final @Nullable SignatureLevel level;
  private final @Nullable Instant timestampTime;
  private final List<SignedScope> signedScopes;

  private ValidationReport(Builder b) {
    this.signedScopes = List.copyOf(b.signedScopes);
    this.revocationChecked = b.revocationChecked;
    this.level = b.level;
    this.timestampTime = b.timestampTime;
    this.subIndication = b.subIndication;
    this.indication = b.subIndication == null ? Indication.PASSED : b.subIndication.indication();
    this.signingCertificate = b.signingCertificate;
    this.signingTime = b.signingTime;
    this.fullDocumentSigned = b.fullDocumentSigned;
    this.findings = List.copyOf(b.findings);
  }

  /**
   * Starts a report; for validators.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the main result.
   *
   * @return PASSED, FAILED or INDETERMINATE
   */
  public Indication indication() {
    return indication;
  }

  /**
   * Returns why the signature did not pass.
   *
   * @return the sub-indication, empty when PASSED
   */
  public Optional<SubIndication> subIndication() {
    return Optional.ofNullable(subIndication);
  }

  /**
   * Returns the signer's certificate as found in the signature.
   *
   * @return the certificate, empty when none could be identified
   */
  public Optional<X509Certificate> signingCertificate() {
    return Optional.ofNullable(signingCertificate);
  }

  /**
   * Returns the signer's name: the common name of the signing certificate's subject.
   *
   * @return the name, empty when no certificate was identified
   */
  public Optional<String> signerName() {
    return signingCertificate().map(c -> ReportTexts.commonName(c.getSubjectX500Principal()));
  }

  /**
   * Returns the signing time the signer claimed (a signed attribute, not a timestamp).
   *
   * @return the instant, empty when absent
   */
  public Optional<Instant> signingTime() {
    return Optional.ofNullable(signingTime);
  }

  /**
   * Tells whether the signature covers the whole document.
   *
   * @return true for an enveloped signature over the document root
   */
  public boolean fullDocumentSigned() {
    return fullDocumentSigned;
  }

  /**
   * Tells whether revocation (OCSP, CRL) was checked for the signer's chain.
   *
   * @return true when a certificate verifier checked it
   */
  public boolean revocationChecked() {
    return revocationChecked;
  }

  /**
   * Returns the parts of the content the signature covers, as far as the validator tells them
   * (XAdES does: the whole document, elements, enveloped objects or detached files).
   *
   * @return the unmodifiable scopes, empty when the validator does not tell them or found none
   */
  public List<SignedScope> signedScopes() {
    return signedScopes;
  }

  /**
   * Returns the signature's baseline level (B-B, B-T...), as far as it was recognised.
   *
   * @return the level, empty when the validator does not tell levels or the structure is broken
   */
  public Optional<SignatureLevel> level() {
    return Optional.ofNullable(level);
  }

  /**
   * Returns the time of a verified signature timestamp.
   *
   * @return the instant, empty without a valid signature timestamp
   */
  public Optional<Instant> timestampTime() {
    return Optional.ofNullable(timestampTime);
  }

  /**
   * Returns the best signature time: the earliest time the signature is proven to exist (a verified
   * timestamp), else the time the signer claimed.
   *
   * @return the instant, empty when neither is known
   */
  public Optional<Instant> bestSignatureTime() {
    return timestampTime != null ? Optional.of(timestampTime) : signingTime();
  }

  /**
   * Returns the findings, in the order they were made.
   *
   * @return the unmodifiable findings
   */
  public List<ValidationFinding> findings() {
    return findings;
  }

  /**
   * Renders the report for people: the result, the signer, the signing time (Viet Nam time), the
   * level and timestamp time when known, one line per signed scope, then one line per finding.
   *
   * @param locale Vietnamese ({@code vi}) or any other language for English
   * @return the lines
   * @throws NullPointerException if {@code locale} is null
   */
  public List<String> messages(Locale locale) {
    ReportTexts texts = ReportTexts.forLocale(locale);
    List<String> lines = new ArrayList<>();
    String result = texts.text("indication." + indication);
    if (subIndication != null) {
      result += " (" + subIndication + "): " + texts.text("subIndication." + subIndication);
    }
    lines.add(result);
    signerName().ifPresent(n -> lines.add(texts.text("signer") + ": " + n));
    if (signingTime != null) {
      lines.add(
          texts.text("signingTime")
              + ": "
              + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(signingTime.atOffset(VIET_NAM)));
    }
    if (level != null) {
      lines.add(texts.text("level") + ": " + level.etsiName());
    }
    if (timestampTime != null) {
      lines.add(
          texts.text("timestampTime")
              + ": "
              + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(timestampTime.atOffset(VIET_NAM)));
    }
    for (SignedScope scope : signedScopes) {
      lines.add(
          texts.text("signedScope")
              + ": "
              + texts.text("signedScope." + scope.type())
              + (scope.name().isEmpty() ? "" : " " + scope.name()));
    }
    for (ValidationFinding f : findings) {
      lines.add("- " + texts.text("finding." + f));
    }
    return lines;
  }

  /**
   * Summarises the report for logs (no personal data: the signer's name is left out).
   *
   * @return the indication, sub-indication and findings
   */
  @Override
  public String toString() {
    return "ValidationReport["
        + indication
        + (subIndication == null ? "" : "/" + subIndication)
        + ", findings="
        + findings
        + "]";
  }

  /**
   * Builds a {@link ValidationReport}; the first failure set wins. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable SubIndication subIndication;
    private @Nullable X509Certificate signingCertificate;
    private @Nullable Instant signingTime;
    private boolean fullDocumentSigned;
    private final List<ValidationFinding> findings = new ArrayList<>();
    private boolean revocationChecked;
    private @Nullable SignatureLevel level;
    private @Nullable Instant timestampTime;
    private final List<SignedScope> signedScopes = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a part of the content the signature covers.
     *
     * @param scope the part
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder signedScope(SignedScope scope) {
      signedScopes.add(Objects.requireNonNull(scope, "scope"));
      return this;
    }

    /**
     * Sets whether revocation was checked.
     *
     * @param checked whether it was
     * @return this builder
     */
    public Builder revocationChecked(boolean checked) {
      this.revocationChecked = checked;
      return this;
    }

    /**
     * Adds {@link ValidationFinding#REVOCATION_NOT_CHECKED} unless revocation was checked.
     *
     * @return this builder
     */
    public Builder noteRevocation() {
      return revocationChecked ? this : finding(ValidationFinding.REVOCATION_NOT_CHECKED);
    }

    /**
     * Sets the recognised baseline level.
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
     * Sets the time of a verified signature timestamp.
     *
     * @param time the instant
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder timestampTime(Instant time) {
      this.timestampTime = Objects.requireNonNull(time, "time");
      return this;
    }

    /**
     * Records a failure with its finding; only the first failure sets the sub-indication.
     *
     * @param subIndication why the signature did not pass
     * @param finding what was observed
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder fail(SubIndication subIndication, ValidationFinding finding) {
      Objects.requireNonNull(subIndication, "subIndication");
      if (this.subIndication == null) {
        this.subIndication = subIndication;
      }
      return finding(finding);
    }

    /**
     * Records a finding that does not change the indication.
     *
     * @param finding what was observed
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder finding(ValidationFinding finding) {
      findings.add(Objects.requireNonNull(finding, "finding"));
      return this;
    }

    /**
     * Tells whether a failure was recorded.
     *
     * @return true after {@link #fail}
     */
    public boolean failed() {
      return subIndication != null;
    }

    /**
     * Sets the signer's certificate.
     *
     * @param certificate the certificate
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder signingCertificate(X509Certificate certificate) {
      this.signingCertificate = Objects.requireNonNull(certificate, "certificate");
      return this;
    }

    /**
     * Sets the claimed signing time.
     *
     * @param signingTime the instant
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder signingTime(Instant signingTime) {
      this.signingTime = Objects.requireNonNull(signingTime, "signingTime");
      return this;
    }

    /**
     * Sets whether the whole document is covered.
     *
     * @param full true for the whole document
     * @return this builder
     */
    public Builder fullDocumentSigned(boolean full) {
      this.fullDocumentSigned = full;
      return this;
    }

    /**
     * Builds the report.
     *
     * @return the report
     */
    public ValidationReport build() {
      return new ValidationReport(this);
    }
  }
}
