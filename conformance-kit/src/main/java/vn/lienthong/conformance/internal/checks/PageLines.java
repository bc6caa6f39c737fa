package vn.lienthong.conformance.internal.checks;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text lines of one page's own content (not of its annotations, so not of signature widgets),
 * each with its baseline and horizontal extent in PDF user space (origin bottom left), to judge
 * where a signature image sits among the lines of a signature block. Not thread-safe: one per page.
 */
final class PageLines extends PDFTextStripper {

  /** The most lines kept per page. */
  static final int MAX_LINES = 2_000;

  /** Two glyphs whose baselines differ by at most this many points are on one line. */
  private static final float SAME_LINE = 2f;

  /** One line: its text, baseline and horizontal extent. */
  record Line(String text, float baseline, float left, float right) {
    /** Whether the line shows at least {@code n} letters. */
    boolean hasLetters(int n) {
      return text.codePoints().filter(Character::isLetter).count() >= n;
    }

    /** Whether the line overlaps {@code [from, to]} horizontally. */
    boolean overlaps(float from, float to) {
      return left <= to && right >= from;
    }
  }

  private final List<Line> lines = new ArrayList<>();

  private PageLines() throws IOException {
    setSortByPosition(true);
  }

  /**
   * Reads the lines of a page.
   *
   * @param doc the document
   * @param pageIndex the page, from 0
   * @return the lines, top to bottom
   * @throws IOException if the page cannot be read
   */
  static List<Line> of(PDDocument doc, int pageIndex) throws IOException {
    PageLines stripper = new PageLines();
    stripper.setStartPage(pageIndex + 1);
    stripper.setEndPage(pageIndex + 1);
    stripper.writeText(doc, new StringWriter());
    return List.copyOf(stripper.lines);
  }

  @Override
  protected void writeString(String text, List<TextPosition> positions) {
    if (positions.isEmpty() || lines.size() >= MAX_LINES) {
      return;
    }
    float baseline = positions.get(0).getPageHeight() - positions.get(0).getYDirAdj();
    float left = Float.MAX_VALUE;
    float right = -Float.MAX_VALUE;
    for (TextPosition p : positions) {
      left = Math.min(left, p.getXDirAdj());
      right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
    }
    Line last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
    if (last != null && Math.abs(last.baseline() - baseline) <= SAME_LINE) {
      lines.set(
          lines.size() - 1,
          new Line(
              last.text() + " " + text,
              last.baseline(),
              Math.min(last.left(), left),
              Math.max(last.right(), right)));
    } else {
      lines.add(new Line(text, baseline, left, right));
    }
  }
}
