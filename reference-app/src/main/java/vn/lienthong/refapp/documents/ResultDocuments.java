package vn.lienthong.refapp.documents;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.LienThongException;
import vn.lienthong.refapp.RefappErrorCode;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.SigningKey;
import vn.lienthong.signature.pades.PadesParameters;
import vn.lienthong.signature.pades.PadesSigner;
import vn.lienthong.signature.pades.PadesValidator;
import vn.lienthong.signature.pades.Placement;
import vn.lienthong.signature.pades.SignatureAppearance;

/**
 * Renders the documents a commune issues and signs results with the Decree 30/2020/NĐ-CP
 * appearance: the receipt given when a dossier is received, the result document (birth extract,
 * residence confirmation, certified copy), the competent person's signature (blue handwritten image
 * between the title and the name), then the agency's (red seal over the left third of that image,
 * with the agency's name and the signing time). Signatures are PAdES B-B made by sdk-signature's
 * {@link PadesSigner}; the first allows the second.
 *
 * <p>Instances are immutable and thread-safe; create one and reuse it. The keys belong to the
 * caller, who closes them.
 *
 * <pre>{@code
 * ResultDocuments documents = ResultDocuments.builder().keys(keys).build();
 * byte[] pdf = documents.renderResult(data);
 * byte[] signed = documents.sealAsAgency(documents.signAsApprover(pdf), data.office());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ResultDocuments {

  /** A directory holding LiberationSerif-Regular/Bold/Italic.ttf (default: Debian's). */
  public static final String FONT_DIR = "documents.font-dir";

  /** A PNG of the competent person's handwritten signature (blue, transparent). */
  public static final String APPROVER_IMAGE = "signing.approver.image";

  /** A PNG of the agency's seal (red, transparent, at its actual size by its resolution). */
  public static final String SEAL_IMAGE = "signing.agency.seal-image";

  /** The reason entry of the competent person's signature. */
  public static final String APPROVER_REASON = "Phê duyệt kết quả giải quyết thủ tục hành chính";

  /** The reason entry of the agency's signature. */
  public static final String AGENCY_REASON = "Đóng dấu của cơ quan ban hành";

  private final SigningKeys keys;
  private final Fonts fonts;
  private final PadesSigner signer;
  private final Clock clock;
  private final byte[] approverImage;
  private final byte[] sealImage;

  private ResultDocuments(Builder b) {
    this.keys = Objects.requireNonNull(b.keys, "keys");
    this.fonts = Fonts.find(b.fontDirectory);
    this.signer = PadesSigner.builder().font(fonts.regular()).build();
    this.clock = b.clock;
    this.approverImage = b.approverImage != null ? b.approverImage : DemoImages.signature();
    this.sealImage = b.sealImage != null ? b.sealImage : DemoImages.seal();
  }

  /**
   * Starts a builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Renders a receipt (not signed).
   *
   * @param data what it shows
   * @param audience the applicant's copy or a public one (name masked, no id number)
   * @return the PDF
   * @throws LienThongException if rendering fails ({@code LT-APP-0203})
   * @throws NullPointerException if an argument is null
   */
  public byte[] renderReceipt(ReceiptData data, Audience audience) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(audience, "audience");
    try {
      return ReceiptRenderer.render(fonts, data, audience);
    } catch (IOException | RuntimeException e) {
      throw renderingFailed("receipt", e);
    }
  }

  /**
   * Renders a result document, unsigned; sign it with {@link #signAsApprover} then {@link
   * #sealAsAgency}.
   *
   * @param data what it shows
   * @return the PDF
   * @throws InvalidInputException if a certified copy's original cannot be copied ({@code
   *     LT-APP-0205})
   * @throws LienThongException if rendering fails ({@code LT-APP-0203})
   * @throws NullPointerException if the argument is null
   */
  public byte[] renderResult(ResultData data) {
    Objects.requireNonNull(data, "data");
    try {
      return ResultRenderer.render(fonts, data);
    } catch (InvalidInputException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw renderingFailed(data.kind().name(), e);
    }
  }

  /**
   * Signs a result rendered by {@link #renderResult} as the competent person: the handwritten
   * signature image between the title and the name of the signature block on the last page, as an
   * approval signature that allows the agency's to follow.
   *
   * @param pdf the rendered result
   * @return the signed PDF
   * @throws InvalidInputException if the PDF cannot be signed ({@code LT-SIG-01xx, 02xx})
   * @throws LienThongException if the key fails ({@code LT-SIG-0005})
   * @throws NullPointerException if the argument is null
   */
  public byte[] signAsApprover(byte[] pdf) {
    return signAsApprover(pdf, keys.approver());
  }

  /**
   * Signs a result as a named approving officer, as {@link #signAsApprover(byte[])} does, with
   * {@link SigningKeys#approverFor} that officer's key (with the demo PKI, a certificate in the
   * officer's name).
   *
   * @param pdf the rendered result
   * @param approverName the approving officer's full name
   * @return the signed PDF
   * @throws InvalidInputException if the PDF cannot be signed ({@code LT-SIG-01xx, 02xx})
   * @throws LienThongException if the key fails ({@code LT-SIG-0005}, {@code LT-APP-0202})
   * @throws NullPointerException if an argument is null
   */
  public byte[] signAsApprover(byte[] pdf, String approverName) {
    return signAsApprover(pdf, keys.approverFor(approverName));
  }

  private byte[] signAsApprover(byte[] pdf, SigningKey key) {
    Objects.requireNonNull(pdf, "pdf");
    int lastPage = pages(pdf);
    Placement between =
        Placement.at(
            lastPage,
            Layout.SIGNATURE_CENTRE - Layout.SIGNATURE_IMAGE_WIDTH / 2,
            Layout.SIGNATURE_IMAGE_BOTTOM,
            Layout.SIGNATURE_IMAGE_WIDTH,
            Layout.SIGNATURE_IMAGE_HEIGHT);
    PadesParameters parameters =
        PadesParameters.builder(parameters(key))
            .appearance(SignatureAppearance.competentPerson(approverImage, between))
            .reason(APPROVER_REASON)
            .build();
    return signer.sign(pdf, parameters, key);
  }

  /**
   * Signs a result the competent person has signed as the agency: the seal at its actual size over
   * the left third of the competent person's signature, with the agency's name and the signing time
   * (ISO 8601, {@code +07:00}).
   *
   * @param pdf the result signed by {@link #signAsApprover}
   * @param office the agency signing (its name goes under the seal; its commune is the location)
   * @return the PDF with both signatures
   * @throws InvalidInputException if the PDF has no signature yet ({@code LT-APP-0206}) or cannot
   *     be signed ({@code LT-SIG-01xx, 02xx})
   * @throws LienThongException if the key fails ({@code LT-SIG-0005})
   * @throws NullPointerException if an argument is null
   */
  public byte[] sealAsAgency(byte[] pdf, IssuingOffice office) {
    Objects.requireNonNull(pdf, "pdf");
    Objects.requireNonNull(office, "office");
    if (signatureCount(pdf) == 0) {
      throw new InvalidInputException(
          RefappErrorCode.APPROVER_SIGNATURE_MISSING, ErrorDetails.field("pdf"));
    }
    PadesParameters parameters =
        PadesParameters.builder(parameters(keys.agency()))
            .appearance(
                SignatureAppearance.agencySeal(
                    sealImage, office.agencyName(), Placement.overLastSignature()))
            .reason(AGENCY_REASON)
            .location(office.communeName() + ", " + office.provinceName())
            .build();
    return signer.sign(pdf, parameters, keys.agency());
  }

  /**
   * Renders a result and signs it in order: the competent person, then the agency.
   *
   * @param data what it shows
   * @return the PDF with both signatures
   * @throws LienThongException as {@link #renderResult}, {@link #signAsApprover} and {@link
   *     #sealAsAgency}
   * @throws NullPointerException if the argument is null
   */
  public byte[] issue(ResultData data) {
    return sealAsAgency(signAsApprover(renderResult(data)), data.office());
  }

  /**
   * Returns a validator trusting the signing keys' roots, to check issued results.
   *
   * @return the validator
   */
  public PadesValidator validator() {
    return PadesValidator.builder().trustAnchors(keys.trustAnchors()).clock(clock).build();
  }

  /**
   * Returns the keys' trust anchors (the demo root by default).
   *
   * @return the unmodifiable root certificates
   */
  public List<java.security.cert.X509Certificate> trustAnchors() {
    return keys.trustAnchors();
  }

  private SignatureParameters parameters(SigningKey key) {
    return SignatureParameters.builder(key.certificateChain()).signingTime(clock.instant()).build();
  }

  private static int pages(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return Math.max(1, doc.getNumberOfPages());
    } catch (IOException e) {
      throw new InvalidInputException(
          RefappErrorCode.INVALID_DOCUMENT_DATA,
          ErrorDetails.field("pdf").rule("a readable PDF"),
          e);
    }
  }

  private static int signatureCount(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return doc.getSignatureDictionaries().size();
    } catch (IOException e) {
      throw new InvalidInputException(
          RefappErrorCode.INVALID_DOCUMENT_DATA,
          ErrorDetails.field("pdf").rule("a readable PDF"),
          e);
    }
  }

  private static LienThongException renderingFailed(String what, Exception e) {
    if (e instanceof LienThongException l) {
      return l;
    }
    return new LienThongException(
        RefappErrorCode.DOCUMENT_RENDERING_FAILED,
        ErrorDetails.field(what).rule(e.getClass().getSimpleName()),
        e);
  }

  /**
   * Builds {@link ResultDocuments}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable SigningKeys keys;
    private java.nio.file.@Nullable Path fontDirectory;
    private Clock clock = Clock.systemUTC();
    private byte @Nullable [] approverImage;
    private byte @Nullable [] sealImage;

    private Builder() {}

    /**
     * Sets the signing keys (required).
     *
     * @param keys the keys
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder keys(SigningKeys keys) {
      this.keys = Objects.requireNonNull(keys, "keys");
      return this;
    }

    /**
     * Sets the directory of the Liberation Serif files; Debian's by default.
     *
     * @param directory the directory
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder fontDirectory(java.nio.file.Path directory) {
      this.fontDirectory = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /**
     * Sets the clock giving signing times; the system clock by default.
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
     * Sets the competent person's handwritten signature PNG (blue, transparent); a demo image by
     * default.
     *
     * @param png the PNG bytes
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder approverImage(byte[] png) {
      this.approverImage = png.clone();
      return this;
    }

    /**
     * Sets the agency's seal PNG (red, transparent); a demo seal by default.
     *
     * @param png the PNG bytes
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder sealImage(byte[] png) {
      this.sealImage = png.clone();
      return this;
    }

    /**
     * Builds the service, finding the fonts.
     *
     * @return the service
     * @throws IllegalStateException if no keys were set
     * @throws ConfigurationException if the fonts are not found ({@code LT-APP-0001})
     */
    public ResultDocuments build() {
      if (keys == null) {
        throw new IllegalStateException("keys required");
      }
      return new ResultDocuments(this);
    }
  }
}
