package vn.lienthong.signature.pades;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a visible signature goes on the page: at coordinates, next to an anchor text found in the
 * PDF, at the top right of the first page (appendices and electronic copies), or over the last
 * visible signature (the agency's seal over the competent person's signature, Decree
 * 30/2020/NĐ-CP).
 *
 * <p>Coordinates are PDF points (1/72 inch) from the lower-left corner of the page; pages count
 * from 1. Immutable and thread-safe.
 *
 * <pre>{@code
 * Placement byName = Placement.aboveText("Nguyễn Văn An", 120, 50);
 * Placement exact = Placement.at(1, 350, 120, 150, 60);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Placement {

  /**
   * How the rectangle is found.
   *
   * @since 0.1.0
   */
  public enum Kind {
    /** At given coordinates. */
    COORDINATES,
    /** Centred above an anchor text. */
    ABOVE_TEXT,
    /** At the top right of the first page. */
    TOP_RIGHT,
    /** Over the left third of the last visible signature. */
    OVER_LAST_SIGNATURE
  }

  /** The margin kept from the page edges by {@link #topRight}, in points (15 mm). */
  public static final float TOP_RIGHT_MARGIN = 42.5f;

  private final Kind kind;
  private final int page;
  private final float x;
  private final float y;
  private final float width;
  private final float height;
  private final @Nullable String anchorText;

  private Placement(
      Kind kind,
      int page,
      float x,
      float y,
      float width,
      float height,
      @Nullable String anchorText) {
    if (page < 1) {
      throw new IllegalArgumentException("page counts from 1: " + page);
    }
    if (!(width >= 0 && height >= 0 && Float.isFinite(x) && Float.isFinite(y))
        || !Float.isFinite(width)
        || !Float.isFinite(height)) {
      throw new IllegalArgumentException("invalid rectangle");
    }
    this.kind = kind;
    this.page = page;
    this.x = x;
    this.y = y;
    this.width = width;
    this.height = height;
    this.anchorText = anchorText;
  }

  /**
   * Places the signature at a rectangle of a page.
   *
   * @param page the page, from 1
   * @param x the left edge, in points from the page's left
   * @param y the bottom edge, in points from the page's bottom
   * @param width the width in points
   * @param height the height in points
   * @return the placement
   * @throws IllegalArgumentException if the page is below 1 or a size is negative or not finite
   */
  public static Placement at(int page, float x, float y, float width, float height) {
    return new Placement(Kind.COORDINATES, page, x, y, width, height, null);
  }

  /**
   * Places the signature centred just above the first occurrence of a text, typically the signer's
   * full name, so that the image sits between the title line and the name.
   *
   * @param anchorText the text to find (compared after NFC normalisation)
   * @param width the width in points
   * @param height the height in points
   * @return the placement
   * @throws IllegalArgumentException if the text is blank or a size is negative or not finite
   * @throws NullPointerException if the text is null
   */
  public static Placement aboveText(String anchorText, float width, float height) {
    if (Objects.requireNonNull(anchorText, "anchorText").isBlank()) {
      throw new IllegalArgumentException("anchorText must not be blank");
    }
    return new Placement(Kind.ABOVE_TEXT, 1, 0, 0, width, height, anchorText);
  }

  /**
   * Places the signature at the top right of the first page, {@link #TOP_RIGHT_MARGIN} from the
   * edges: the agency's signature on appendices in a separate file and on electronic copies.
   *
   * @param width the width in points
   * @param height the height in points
   * @return the placement
   * @throws IllegalArgumentException if a size is negative or not finite
   */
  public static Placement topRight(float width, float height) {
    return new Placement(Kind.TOP_RIGHT, 1, 0, 0, width, height, null);
  }

  /**
   * Places the agency's seal over the left third of the last visible signature (the competent
   * person's), as Decree 30/2020/NĐ-CP describes; the size follows from the seal image.
   *
   * @return the placement
   */
  public static Placement overLastSignature() {
    return new Placement(Kind.OVER_LAST_SIGNATURE, 1, 0, 0, 0, 0, null);
  }

  /**
   * Returns how the rectangle is found.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the page, from 1 (for anchors and the last signature, the page is found in the PDF).
   *
   * @return the page number
   */
  public int page() {
    return page;
  }

  /**
   * Returns the left edge for coordinates (zero otherwise).
   *
   * @return x in points
   */
  public float x() {
    return x;
  }

  /**
   * Returns the bottom edge for coordinates (zero otherwise).
   *
   * @return y in points
   */
  public float y() {
    return y;
  }

  /**
   * Returns the width (zero when it follows from the image).
   *
   * @return the width in points
   */
  public float width() {
    return width;
  }

  /**
   * Returns the height (zero when it follows from the image).
   *
   * @return the height in points
   */
  public float height() {
    return height;
  }

  /**
   * Returns the anchor text of {@link #aboveText}.
   *
   * @return the text, or null for other placements
   */
  public @Nullable String anchorText() {
    return anchorText;
  }

  /**
   * Describes the placement.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "Placement[" + kind + ", page " + page + ", " + width + "x" + height + "]";
  }
}
