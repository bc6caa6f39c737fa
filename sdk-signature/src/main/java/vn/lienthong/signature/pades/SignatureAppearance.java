package vn.lienthong.signature.pades;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.text.VietnameseText;

/**
 * How a signature looks on the page, following Decree 30/2020/NĐ-CP, Appendix I (electronic
 * documents): the competent person's handwritten signature image (blue, transparent PNG) between
 * the title line and the full name; then the agency's seal image (red, transparent PNG, actual
 * size) over the left third of that image with the agency's name and the signing time (ISO 8601,
 * {@code +07:00}) in a Times-New-Roman-metric font, 10 pt, black; and, for appendices in a separate
 * file and electronic copies ("sao y", "sao lục", "trích sao"), text only at the top right of page
 * 1.
 *
 * <p>The decree's wording comes from secondary sources, so every part is configurable through
 * {@link #toBuilder()}. Texts are NFC-normalised and drawn with an embedded, subset TrueType font.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * SignatureAppearance person =
 *     SignatureAppearance.competentPerson(signaturePng, Placement.aboveText("Nguyễn Văn An", 120, 50));
 * SignatureAppearance agency =
 *     SignatureAppearance.agencySeal(sealPng, "ỦY BAN NHÂN DÂN XÃ BA VÌ", Placement.overLastSignature());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SignatureAppearance {

  /** The default text size in points (Decree 30: 10 pt). */
  public static final float DEFAULT_FONT_SIZE = 10f;

  /** The seal width used when the PNG does not state its resolution, in millimetres. */
  public static final float DEFAULT_SEAL_WIDTH_MM = 36f;

  /** The largest accepted image, in bytes (4 MiB). */
  public static final int MAX_IMAGE_BYTES = 4 * 1024 * 1024;

  /** The most lines of text an appearance may have. */
  public static final int MAX_LINES = 8;

  private final byte @Nullable [] image;
  private final @Nullable Float imageWidthMillimetres;
  private final boolean imageAtActualSize;
  private final List<String> lines;
  private final boolean signingTimeShown;
  private final float fontSize;
  private final Placement placement;

  private SignatureAppearance(Builder b) {
    this.image = b.image == null ? null : b.image.clone();
    this.imageWidthMillimetres = b.imageWidthMillimetres;
    this.imageAtActualSize = b.imageAtActualSize;
    this.lines = List.copyOf(b.lines);
    this.signingTimeShown = b.signingTimeShown;
    this.fontSize = b.fontSize;
    this.placement = Objects.requireNonNull(b.placement, "placement");
  }

  /**
   * The competent person's signature: the handwritten signature image only, scaled to fit the
   * placement.
   *
   * @param signaturePng the transparent PNG of the handwritten signature (blue)
   * @param placement where it goes, usually {@link Placement#aboveText} with the signer's name
   * @return the appearance
   * @throws IllegalArgumentException if the image is larger than {@link #MAX_IMAGE_BYTES}
   * @throws NullPointerException if an argument is null
   */
  public static SignatureAppearance competentPerson(byte[] signaturePng, Placement placement) {
    return builder(placement).image(signaturePng).build();
  }

  /**
   * The agency's signature: the seal image at its actual size (from the PNG's resolution, else
   * {@link #DEFAULT_SEAL_WIDTH_MM}) with the agency's name and the signing time below it.
   *
   * @param sealPng the transparent PNG of the seal (red)
   * @param agencyName the agency's name, as on the seal
   * @param placement where it goes, usually {@link Placement#overLastSignature()}
   * @return the appearance
   * @throws IllegalArgumentException if the image is too large or the name blank
   * @throws NullPointerException if an argument is null
   */
  public static SignatureAppearance agencySeal(
      byte[] sealPng, String agencyName, Placement placement) {
    return builder(placement)
        .image(sealPng)
        .imageAtActualSize(true)
        .lines(List.of(agencyName))
        .signingTimeShown(true)
        .build();
  }

  /**
   * The agency's signature on an appendix in a separate file or an electronic copy: no image, the
   * document's number and notation (or the copy form), the agency's name and the signing time, at
   * the top right of page 1.
   *
   * @param notation the number and notation ("Số: 12/QĐ-UBND") or the copy form ("SAO Y")
   * @param agencyName the agency's name
   * @return the appearance
   * @throws IllegalArgumentException if a text is blank
   * @throws NullPointerException if an argument is null
   */
  public static SignatureAppearance electronicCopy(String notation, String agencyName) {
    return builder(Placement.topRight(200, 48))
        .lines(List.of(notation, agencyName))
        .signingTimeShown(true)
        .build();
  }

  /**
   * Starts an appearance from scratch.
   *
   * @param placement where it goes
   * @return a builder
   * @throws NullPointerException if the placement is null
   */
  public static Builder builder(Placement placement) {
    return new Builder(placement);
  }

  /**
   * Returns a builder holding this appearance's values, to derive a variant.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(placement);
    b.image = image;
    b.imageWidthMillimetres = imageWidthMillimetres;
    b.imageAtActualSize = imageAtActualSize;
    b.lines.addAll(lines);
    b.signingTimeShown = signingTimeShown;
    b.fontSize = fontSize;
    return b;
  }

  /**
   * Returns the PNG image.
   *
   * @return a copy of the PNG bytes, or null for a text-only appearance
   */
  public byte @Nullable [] image() {
    return image == null ? null : image.clone();
  }

  /**
   * Returns the image's width in millimetres when set explicitly.
   *
   * @return the width, or null to use the PNG's resolution or the placement
   */
  public @Nullable Float imageWidthMillimetres() {
    return imageWidthMillimetres;
  }

  /**
   * Tells whether the image is drawn at its actual size (a seal) rather than fitted to the
   * placement.
   *
   * @return true for actual size
   */
  public boolean imageAtActualSize() {
    return imageAtActualSize;
  }

  /**
   * Returns the text lines, NFC-normalised, without the signing time.
   *
   * @return the unmodifiable lines
   */
  public List<String> lines() {
    return lines;
  }

  /**
   * Tells whether a last line shows the signing time (ISO 8601 with {@code +07:00}).
   *
   * @return true to show it
   */
  public boolean signingTimeShown() {
    return signingTimeShown;
  }

  /**
   * Returns the text size.
   *
   * @return the size in points
   */
  public float fontSize() {
    return fontSize;
  }

  /**
   * Returns where the appearance goes.
   *
   * @return the placement
   */
  public Placement placement() {
    return placement;
  }

  /**
   * Describes the appearance without its texts (which may hold names).
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "SignatureAppearance["
        + (image == null ? "no image" : "image")
        + ", "
        + lines.size()
        + " lines, "
        + placement
        + "]";
  }

  /**
   * Builds a {@link SignatureAppearance}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private Placement placement;
    private byte @Nullable [] image;
    private @Nullable Float imageWidthMillimetres;
    private boolean imageAtActualSize;
    private final List<String> lines = new ArrayList<>();
    private boolean signingTimeShown;
    private float fontSize = DEFAULT_FONT_SIZE;

    private Builder(Placement placement) {
      this.placement = Objects.requireNonNull(placement, "placement");
    }

    /**
     * Sets where the appearance goes.
     *
     * @param placement the placement
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder placement(Placement placement) {
      this.placement = Objects.requireNonNull(placement, "placement");
      return this;
    }

    /**
     * Sets the PNG image (transparent background).
     *
     * @param png the PNG bytes
     * @return this builder
     * @throws IllegalArgumentException if larger than {@link #MAX_IMAGE_BYTES}
     * @throws NullPointerException if the argument is null
     */
    public Builder image(byte[] png) {
      if (png.length > MAX_IMAGE_BYTES) {
        throw new IllegalArgumentException("image larger than " + MAX_IMAGE_BYTES + " bytes");
      }
      this.image = png.clone();
      return this;
    }

    /**
     * Sets the image's actual width in millimetres (the seal's diameter), overriding the PNG's
     * resolution.
     *
     * @param millimetres the width, between 5 and 200
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder imageWidthMillimetres(float millimetres) {
      if (!(millimetres >= 5 && millimetres <= 200)) {
        throw new IllegalArgumentException("image width must be 5-200 mm: " + millimetres);
      }
      this.imageWidthMillimetres = millimetres;
      return this;
    }

    /**
     * Sets whether the image is drawn at its actual size instead of fitted to the placement.
     *
     * @param actualSize true for actual size
     * @return this builder
     */
    public Builder imageAtActualSize(boolean actualSize) {
      this.imageAtActualSize = actualSize;
      return this;
    }

    /**
     * Replaces the text lines (NFC-normalised here).
     *
     * @param lines the lines, at most {@link #MAX_LINES}, none blank
     * @return this builder
     * @throws IllegalArgumentException if there are too many lines or one is blank
     * @throws NullPointerException if the list or a line is null
     */
    public Builder lines(List<String> lines) {
      if (lines.size() > MAX_LINES) {
        throw new IllegalArgumentException("at most " + MAX_LINES + " lines");
      }
      List<String> normalised = new ArrayList<>();
      for (String line : lines) {
        if (Objects.requireNonNull(line, "line").isBlank()) {
          throw new IllegalArgumentException("blank line");
        }
        normalised.add(VietnameseText.nfc(line.strip()));
      }
      this.lines.clear();
      this.lines.addAll(normalised);
      return this;
    }

    /**
     * Sets whether a last line shows the signing time.
     *
     * @param shown true to show it
     * @return this builder
     */
    public Builder signingTimeShown(boolean shown) {
      this.signingTimeShown = shown;
      return this;
    }

    /**
     * Sets the text size; {@link #DEFAULT_FONT_SIZE} by default.
     *
     * @param points the size, between 4 and 36
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder fontSize(float points) {
      if (!(points >= 4 && points <= 36)) {
        throw new IllegalArgumentException("font size must be 4-36 pt: " + points);
      }
      this.fontSize = points;
      return this;
    }

    /**
     * Builds the appearance.
     *
     * @return the appearance
     * @throws IllegalStateException if it has neither image nor text
     */
    public SignatureAppearance build() {
      if (image == null && lines.isEmpty() && !signingTimeShown) {
        throw new IllegalStateException("image or lines required");
      }
      return new SignatureAppearance(this);
    }
  }
}
