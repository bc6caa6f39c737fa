package vn.lienthong.signature.xmldsig;

import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.internal.ChainCheck;
import vn.lienthong.signature.internal.SecureXml;
import vn.lienthong.signature.internal.XmlDsigValidation;
import vn.lienthong.signature.trust.CertificateVerifier;

/**
 * Validates plain enveloped XML signatures against trust anchors and the crypto policy, and reports
 * an ETSI EN 319 102-1 indication.
 *
 * <p>Checks: exactly one signature, where the format puts it; unique Ids (against signature
 * wrapping); one reference to the whole document with the enveloped-signature transform and
 * canonicalisation only; allowed algorithms; the digest; the signature value with a certificate
 * from {@code KeyInfo} (Apache Santuario, secure validation on); key size; a path to a trust
 * anchor; key usage. SHA-1 from old senders is accepted but the report says {@code
 * WEAK_ALGORITHM_SHA1}; MD5 and the like fail. A plain XML-DSig has no signed signing time, so the
 * chain is checked at the validation time. Revocation is checked when a {@link CertificateVerifier}
 * is configured. XML is parsed without DTDs or entities and capped at {@link #MAX_DOCUMENT_BYTES}.
 * Instances are immutable and thread-safe; create one and reuse it.
 *
 * <pre>{@code
 * XmlDsigValidator validator = XmlDsigValidator.builder()
 *     .trustAnchors(List.of(vgcaRoot))
 *     .signatureParent(EDXML_NAMESPACE, "edXMLHeader")
 *     .build();
 * ValidationReport report = validator.validate(signedXml);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class XmlDsigValidator {

  /** The largest document accepted for validation, in bytes (64 MiB). */
  public static final int MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

  private final ChainCheck chain;
  private final Clock clock;
  private final @Nullable String parentNamespace;
  private final @Nullable String parentName;

  private XmlDsigValidator(Builder b) {
    Set<TrustAnchor> anchors = new HashSet<>();
    for (X509Certificate c : b.trustAnchors) {
      anchors.add(new TrustAnchor(c, null));
    }
    this.chain = ChainCheck.of(anchors, b.certificateVerifier);
    this.clock = b.clock;
    this.parentNamespace = b.parentNamespace;
    this.parentName = b.parentName;
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
   * Validates the signature of a document.
   *
   * @param signedDocument the signed XML
   * @return the report; FAILED or INDETERMINATE reports are values, not exceptions
   * @throws vn.lienthong.core.InvalidInputException if the document is too large, malformed or has
   *     a DTD ({@code LT-SIG-01xx})
   * @throws NullPointerException if the argument is null
   */
  public ValidationReport validate(byte[] signedDocument) {
    Objects.requireNonNull(signedDocument, "signedDocument");
    return new XmlDsigValidation(
            SecureXml.parse(signedDocument, "signedDocument", MAX_DOCUMENT_BYTES),
            chain,
            clock.instant(),
            parentNamespace,
            parentName)
        .run();
  }

  /**
   * Builds {@link XmlDsigValidator}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable CertificateVerifier certificateVerifier;
    private final Set<X509Certificate> trustAnchors = new HashSet<>();
    private Clock clock = Clock.systemUTC();
    private @Nullable String parentNamespace;
    private @Nullable String parentName;

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
     * Adds trust anchors (root certificates).
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
     * Requires the signature to be a child of the one element with this name; by default it must be
     * a child of the root.
     *
     * @param namespace the element's namespace URI
     * @param localName the element's local name
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder signatureParent(String namespace, String localName) {
      this.parentNamespace = Objects.requireNonNull(namespace, "namespace");
      this.parentName = Objects.requireNonNull(localName, "localName");
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
    public XmlDsigValidator build() {
      if (trustAnchors.isEmpty() && certificateVerifier == null) {
        throw new IllegalStateException("trustAnchors required");
      }
      return new XmlDsigValidator(this);
    }
  }
}
