package vn.lienthong.conformance.internal.checks;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Reads what a signature widget's appearance stream draws, in page coordinates: the images (with
 * the share of blue and red among their visible ink pixels) and the glyphs (text, font, effective
 * size). Not thread-safe: one per widget.
 */
final class AppearanceReader extends PDFGraphicsStreamEngine {

  /** The most pixels sampled per image. */
  static final int MAX_SAMPLES = 40_000;

  /** The most images or glyphs recorded per widget. */
  static final int MAX_ITEMS = 2_000;

  /** An image as drawn: its rectangle on the page and its ink colours. */
  record DrawnImage(float x, float y, float width, float height, double blue, double red, int ink) {
    float right() {
      return x + width;
    }

    float top() {
      return y + height;
    }
  }

  /**
   * One glyph as drawn.
   *
   * @param black whether its fill colour is black (each RGB component at most {@link #DARK})
   */
  record Glyph(String text, PDFont font, int code, float x, float y, float size, boolean black) {}

  /** The largest RGB component, from 0 to 1, of a colour that reads as black. */
  static final float DARK = 0.25f;

  final List<DrawnImage> images = new ArrayList<>();
  final List<Glyph> glyphs = new ArrayList<>();

  /** The page the widget is on. */
  final PDPage widgetPage;

  private AppearanceReader(PDPage page) {
    super(page);
    this.widgetPage = page;
  }

  static AppearanceReader read(PDPage page, PDAnnotationWidget widget) throws IOException {
    AppearanceReader r = new AppearanceReader(page);
    if (widget.getNormalAppearanceStream() != null) {
      // Sets up the graphics state as for the page (as PDFBox's renderer does before it draws
      // annotations), without replaying the page's own content.
      r.processPage(new PDPage(page.getCropBox()));
      r.showAnnotation(widget);
    }
    return r;
  }

  @Override
  public void drawImage(PDImage pdImage) throws IOException {
    if (images.size() >= MAX_ITEMS) {
      return;
    }
    Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
    float w = ctm.getScalingFactorX();
    float h = ctm.getScalingFactorY();
    BufferedImage img = pdImage.getImage();
    int total = img.getWidth() * img.getHeight();
    int step = Math.max(1, (int) Math.ceil(Math.sqrt((double) total / MAX_SAMPLES)));
    int ink = 0;
    int blue = 0;
    int red = 0;
    for (int py = 0; py < img.getHeight(); py += step) {
      for (int px = 0; px < img.getWidth(); px += step) {
        int argb = img.getRGB(px, py);
        int a = argb >>> 24;
        int r = (argb >> 16) & 0xff;
        int g = (argb >> 8) & 0xff;
        int b = argb & 0xff;
        if (a < 128 || r > 220 && g > 220 && b > 220) {
          continue; // transparent or paper-white
        }
        ink++;
        if (b >= 100 && b > r + 40 && b > g + 20) {
          blue++;
        } else if (r >= 120 && r > g + 60 && r > b + 60) {
          red++;
        }
      }
    }
    images.add(
        new DrawnImage(
            ctm.getTranslateX(),
            ctm.getTranslateY(),
            w,
            h,
            ink == 0 ? 0 : (double) blue / ink,
            ink == 0 ? 0 : (double) red / ink,
            ink));
  }

  @Override
  protected void showFontGlyph(
      Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException {
    super.showFontGlyph(textRenderingMatrix, font, code, displacement);
    if (glyphs.size() >= MAX_ITEMS) {
      return;
    }
    String unicode = font.toUnicode(code);
    boolean black;
    try {
      int rgb = getGraphicsState().getNonStrokingColor().toRGB();
      int limit = Math.round(DARK * 255);
      black =
          ((rgb >> 16) & 0xff) <= limit && ((rgb >> 8) & 0xff) <= limit && (rgb & 0xff) <= limit;
    } catch (IOException | RuntimeException e) {
      black = false; // a colour that cannot be read is not black
    }
    glyphs.add(
        new Glyph(
            unicode == null ? "\uFFFD" : unicode,
            font,
            code,
            textRenderingMatrix.getTranslateX(),
            textRenderingMatrix.getTranslateY(),
            textRenderingMatrix.getScalingFactorY(),
            black));
  }

  /** The text drawn, one line per baseline, top to bottom. */
  List<String> lines() {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(
        (a, b) ->
            Math.abs(a.y() - b.y()) > 1
                ? Float.compare(b.y(), a.y())
                : Float.compare(a.x(), b.x()));
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    float y = Float.NaN;
    for (Glyph g : sorted) {
      if (!Float.isNaN(y) && Math.abs(g.y() - y) > 1) {
        out.add(line.toString().strip());
        line.setLength(0);
      }
      y = g.y();
      line.append(g.text());
    }
    if (line.length() > 0) {
      out.add(line.toString().strip());
    }
    return out;
  }

  // ---- path operators: nothing to record ----

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {}

  @Override
  public void clip(int windingRule) {}

  @Override
  public void moveTo(float x, float y) {}

  @Override
  public void lineTo(float x, float y) {}

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {}

  @Override
  public Point2D getCurrentPoint() {
    return new Point2D.Float(0, 0);
  }

  @Override
  public void closePath() {}

  @Override
  public void endPath() {}

  @Override
  public void strokePath() {}

  @Override
  public void fillPath(int windingRule) {}

  @Override
  public void fillAndStrokePath(int windingRule) {}

  @Override
  public void shadingFill(COSName shadingName) {}
}
