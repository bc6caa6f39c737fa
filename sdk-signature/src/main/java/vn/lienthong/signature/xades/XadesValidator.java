package vn.lienthong.signature.xades;

import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.internal.ChainCheck;
import vn.lienthong.signature.internal.SecureXml;
import vn.lienthong.signature.internal.XadesValidation;
import vn.lienthong.signature.trust.CertificateVerifier;

/**
 * Validates XAdES baseline signatures (B-B, B-T, B-LT, B-LTA) of the three packagings (enveloped,
 * enveloping, detached) against configured trust anchors and the crypto policy of Circular
 * 15/2025/TT-BKHCN, and reports an ETSI EN 319 102-1 indication.
 *
 * <p>Checks, in order: a single signature, unique Ids (against signature wrapping), allowed
 * algorithms, the references (each must point where its packaging allows: the whole document with
 * the enveloped-signature transform or DSS's XPath Filter 2.0 subtracting the signature, an element
 * outside the signature, a {@code ds:Object} of the signature, or a detached file the caller
 * supplied; only canonicalization, base64 and those two transforms), the signing certificate named
 * by SigningCertificateV2, the digests, the signature value (Apache Santuario, secure validation
 * on), the timestamps and embedded proofs, the key size, the path to a trust anchor (JDK PKIX) and
 * the key usage. Nothing is ever fetched to resolve a reference: a detached file not supplied gives
 * INDETERMINATE/SIGNED_DATA_NOT_FOUND. The report lists the signed scopes ({@link
 * ValidationReport#signedScopes()}). Revocation is checked when a {@link CertificateVerifier} is
 * configured; otherwise every report says {@code REVOCATION_NOT_CHECKED}. XML is parsed without
 * DTDs or entities and capped at {@link #MAX_DOCUMENT_BYTES}. Instances are immutable and
 * thread-safe; create one and reuse it.
 *
 * <pre>{@code
 * XadesValidator validator = XadesValidator.builder().trustAnchors(List.of(vgcaRoot)).build();
 * ValidationReport report = validator.validate(signedXml);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class XadesValidator {

  /** The largest document accepted for validation, in bytes (16 MiB). */
  public static final int MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

  private final ChainCheck chain;
  private final Clock clock;

  private XadesValidator(Builder b) {
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
   * Validates the signature of a document: enveloped, or enveloping (the signature is the root), or
   * detached without its files (then INDETERMINATE: use {@link #validate(byte[], List)}).
   *
   * @param signedDocument the signed XML
   * @return the report; FAILED or INDETERMINATE reports are values, not exceptions
   * @throws vn.lienthong.core.InvalidInputException if the document is too large, malformed or has
   *     a DTD ({@code LT-SIG-01xx})
   * @throws NullPointerException if the argument is null
   */
  public ValidationReport validate(byte[] signedDocument) {
    Objects.requireNonNull(signedDocument, "signedDocument");
    return new XadesValidation(
            SecureXml.parse(signedDocument, "signedDocument", MAX_DOCUMENT_BYTES),
            chain,
            clock.instant())
        .run();
  }

  /**
   * Validates a detached signature against the files it references, supplied by the caller.
   *
   * <pre>{@code
   * ValidationReport report =
   *     validator.validate(signatureXml, List.of(DetachedDocument.of("quyet-dinh.pdf", pdf)));
   * }</pre>
   *
   * @param signature the signature document
   * @param documents the files, matched to references by name; a reference to any other name is not
   *     resolved (the report is INDETERMINATE with {@code REFERENCE_NOT_SUPPLIED})
   * @return the report; FAILED or INDETERMINATE reports are values, not exceptions
   * @throws vn.lienthong.core.InvalidInputException if the signature is too large, malformed or has
   *     a DTD ({@code LT-SIG-01xx}), or two files share a name or there are more than {@link
   *     XadesSigner#MAX_DETACHED_DOCUMENTS} ({@code LT-SIG-1103})
   * @throws NullPointerException if an argument is null
   */
  public ValidationReport validate(byte[] signature, List<DetachedDocument> documents) {
    Objects.requireNonNull(signature, "signature");
    Objects.requireNonNull(documents, "documents");
    if (documents.size() > XadesSigner.MAX_DETACHED_DOCUMENTS) {
      throw XadesSigner.invalidDocuments(
          "xades.detached.count", "at most " + XadesSigner.MAX_DETACHED_DOCUMENTS + " files");
    }
    Map<String, byte[]> files = new HashMap<>();
    for (DetachedDocument d : documents) {
      if (files.put(Objects.requireNonNull(d, "document").name(), d.bytes()) != null) {
        throw XadesSigner.invalidDocuments("xades.detached.unique-names", "two files share a name");
      }
    }
    return new XadesValidation(
            SecureXml.parse(signature, "signature", MAX_DOCUMENT_BYTES),
            chain,
            clock.instant(),
            files)
        .run();
  }

  /**
   * Builds {@link XadesValidator}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable CertificateVerifier certificateVerifier;
    private final Set<X509Certificate> trustAnchors = new HashSet<>();
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
    public XadesValidator build() {
      if (trustAnchors.isEmpty() && certificateVerifier == null) {
        throw new IllegalStateException("trustAnchors required");
      }
      return new XadesValidator(this);
    }
  }
}
