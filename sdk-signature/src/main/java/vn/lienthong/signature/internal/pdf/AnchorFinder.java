package vn.lienthong.signature.internal.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.text.VietnameseText;

/**
 * Finds where a text is drawn in a PDF with PDFBox's text extraction. Not thread-safe; one instance
 * per search.
 */
public final class AnchorFinder extends PDFTextStripper {

  /** Where an anchor text was found: its page (from 0) and box in PDF user space. */
  public record Hit(int pageIndex, float left, float right, float bottom, float top) {}

  private final StringBuilder text = new StringBuilder();
  private final List<@Nullable TextPosition> positions = new ArrayList<>();

  private AnchorFinder() {
    super();
    setSortByPosition(true);
  }

  /**
   * Finds the first occurrence of a text.
   *
   * @param doc the document
   * @param anchor the text (NFC-normalised before comparing)
   * @return the hit, empty when the text is not in the document
   * @throws IOException if a page cannot be read
   */
  public static Optional<Hit> find(PDDocument doc, String anchor) throws IOException {
    String wanted = VietnameseText.collapseWhitespace(VietnameseText.nfc(anchor));
    for (int i = 0; i < doc.getNumberOfPages(); i++) {
      AnchorFinder f = new AnchorFinder();
      f.setStartPage(i + 1);
      f.setEndPage(i + 1);
      f.writeText(doc, new StringWriter());
      int at = f.text.indexOf(wanted);
      if (at >= 0) {
        return Optional.of(f.hit(doc.getPage(i), i, at, wanted.length()));
      }
    }
    return Optional.empty();
  }

  private Hit hit(PDPage page, int index, int from, int length) {
    PDRectangle crop = page.getCropBox();
    float left = Float.MAX_VALUE;
    float right = -Float.MAX_VALUE;
    float baseline = 0;
    float height = 0;
    for (int i = from; i < from + length; i++) {
      TextPosition p = positions.get(i);
      if (p == null) {
        continue;
      }
      left = Math.min(left, p.getXDirAdj());
      right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
      baseline = Math.max(baseline, p.getYDirAdj());
      height = Math.max(height, p.getHeightDir());
    }
    float bottom = crop.getUpperRightY() - baseline;
    return new Hit(
        index, crop.getLowerLeftX() + left, crop.getLowerLeftX() + right, bottom, bottom + height);
  }

  @Override
  protected void writeString(String s, List<TextPosition> textPositions) {
    for (TextPosition p : textPositions) {
      String unicode = VietnameseText.nfc(p.getUnicode());
      for (int i = 0; i < unicode.length(); i++) {
        text.append(unicode.charAt(i));
        positions.add(p);
      }
    }
  }

  @Override
  protected void writeWordSeparator() {
    text.append(' ');
    positions.add(null);
  }

  @Override
  protected void writeLineSeparator() {
    text.append('\n');
    positions.add(null);
  }
}
