package vn.lienthong.signature.pades;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.signature.SignatureErrorCode;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.internal.ChainCheck;
import vn.lienthong.signature.internal.pdf.PdfErrors;
import vn.lienthong.signature.internal.pdf.PdfValidation;
import vn.lienthong.signature.trust.CertificateVerifier;

/**
 * Validates every signature of a PDF, whoever made it ({@code ETSI.CAdES.detached} and {@code
 * adbe.pkcs7.detached}), against configured trust anchors and the crypto policy of Circular
 * 15/2025/TT-BKHCN, and reports an ETSI EN 319 102-1 indication per signature.
 *
 * <p>Per signature, in order: the signature dictionary; the byte range (from 0 to an {@code %%EOF},
 * the only gap being this dictionary's {@code /Contents}, against signature wrapping); the CMS (one
 * signer, detached, SHA-2, the message digest over the byte range, the certificate named by
 * signing-certificate-v2, the signature value); the key size, the path to a trust anchor and the
 * key usage; then what later incremental updates changed. Later signatures, DSS/VRI data and
 * document timestamps are allowed ({@code PDF_ALLOWED_CHANGES_AFTER_SIGNING}, not full document);
 * changes to page content, resources, annotations, form fields or pages fail the signature with
 * {@code HASH_FAILURE} and {@code PDF_CHANGED_AFTER_SIGNING} (incremental-save and shadow attacks).
 * The PDF is parsed strictly (no repair that could mix revisions). Revocation is checked when a
 * {@link CertificateVerifier} is configured; otherwise every report says it was not.
 *
 * <p>Long-term levels: the certificates, OCSP responses and CRLs of the PDF's Document Security
 * Store ({@code /DSS}) join those of the CMS, so a B-LT or B-LTA PDF validates offline and at a
 * past time (the signature timestamp's), even after the signer's certificate was revoked later; an
 * embedded OCSP response or CRL counts only if signed by the issuer (or its delegated responder)
 * for that very certificate. Each document timestamp ({@code ETSI.RFC3161}) gets its own report:
 * the TSA is its signer, the imprint must match its byte range, and {@link
 * vn.lienthong.signature.ValidationFinding#DOCUMENT_TIMESTAMP_VALID} or {@code
 * DOCUMENT_TIMESTAMP_INVALID}. A signature's report gives the level reached: B-B, B-T (a valid
 * signature timestamp), B-LT (and the embedded data proves its chain: {@code
 * VALIDATION_DATA_EMBEDDED}), B-LTA (and a valid document timestamp covers a later revision).
 * Instances are immutable and thread-safe; create one and reuse it.
 *
 * <pre>{@code
 * PadesValidator validator = PadesValidator.builder().trustAnchors(List.of(vgcaRoot)).build();
 * for (ValidationReport r : validator.validate(Path.of("quyet-dinh.pdf"))) {
 *   r.messages(Locale.forLanguageTag("vi")).forEach(System.out::println);
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PadesValidator {

  /** The largest PDF accepted in memory by {@link #validate(byte[])}, in bytes (64 MiB). */
  public static final int MAX_IN_MEMORY_BYTES = 64 * 1024 * 1024;

  /** The most signature fields accepted in one PDF. */
  public static final int MAX_SIGNATURES = PdfValidation.MAX_SIGNATURES;

  private final ChainCheck chain;
  private final Clock clock;

  private PadesValidator(Builder b) {
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
   * Validates the signatures of a PDF file, reading it in place (memory stays small).
   *
   * @param pdf the PDF file
   * @return one report per signature and document timestamp in the order they were added; empty
   *     when there is none
   * @throws InvalidInputException if the PDF is unreadable, encrypted or has more than {@link
   *     #MAX_SIGNATURES} signature fields ({@code LT-SIG-02xx})
   * @throws vn.lienthong.core.LienThongException if the file cannot be read ({@code LT-SIG-0210})
   * @throws NullPointerException if the argument is null
   */
  public List<ValidationReport> validate(Path pdf) {
    Objects.requireNonNull(pdf, "pdf");
    RandomAccessRead file;
    try {
      file = new RandomAccessReadBufferedFile(pdf.toFile());
    } catch (IOException e) {
      if (!Files.isReadable(pdf)) {
        throw PdfErrors.io("pdf", e);
      }
      throw PdfErrors.unreadable("pdf", e);
    }
    return run(file);
  }

  /**
   * Validates the signatures of a PDF held in memory.
   *
   * @param pdf the PDF bytes, at most {@link #MAX_IN_MEMORY_BYTES}
   * @return one report per signature in the order they were added; empty when there is none
   * @throws InvalidInputException if the PDF is too large ({@code LT-SIG-0101}), unreadable,
   *     encrypted or has too many signature fields ({@code LT-SIG-02xx})
   * @throws NullPointerException if the argument is null
   */
  public List<ValidationReport> validate(byte[] pdf) {
    Objects.requireNonNull(pdf, "pdf");
    if (pdf.length > MAX_IN_MEMORY_BYTES) {
      throw new InvalidInputException(
          SignatureErrorCode.DOCUMENT_TOO_LARGE,
          ErrorDetails.field("pdf").with("length", pdf.length).with("max", MAX_IN_MEMORY_BYTES));
    }
    return run(new RandomAccessReadBuffer(pdf));
  }

  private List<ValidationReport> run(RandomAccessRead file) {
    try (file) {
      return new PdfValidation(file, chain, clock.instant()).run();
    } catch (IOException e) {
      throw PdfErrors.io("pdf", e);
    }
  }

  /**
   * Builds {@link PadesValidator}. Not thread-safe.
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
    public PadesValidator build() {
      if (trustAnchors.isEmpty() && certificateVerifier == null) {
        throw new IllegalStateException("trustAnchors required");
      }
      return new PadesValidator(this);
    }
  }
}
