package vn.lienthong.refapp.documents;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Demo images drawn at start when none is configured: a blue handwritten-looking signature and a
 * red round seal, both on transparent backgrounds (Decree 30/2020/NĐ-CP, Appendix I). Stateless and
 * thread-safe.
 */
final class DemoImages {

  private DemoImages() {}

  /** A blue signature stroke, 360 x 140 pixels. */
  static byte[] signature() {
    BufferedImage img = new BufferedImage(360, 140, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(10, 40, 190));
    g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(new CubicCurve2D.Float(25, 100, 70, 10, 110, 130, 150, 60));
    g.draw(new CubicCurve2D.Float(150, 60, 190, 0, 210, 120, 250, 70));
    g.draw(new CubicCurve2D.Float(250, 70, 280, 40, 300, 100, 340, 55));
    g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(new CubicCurve2D.Float(60, 118, 150, 105, 230, 125, 320, 100));
    g.dispose();
    return png(img);
  }

  /** A red round seal with a star in the middle, 425 pixels (36 mm at 300 dpi). */
  static byte[] seal() {
    int size = 425;
    BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(215, 25, 32, 225));
    g.setStroke(new BasicStroke(12f));
    g.draw(new Ellipse2D.Float(8, 8, size - 16, size - 16));
    g.setStroke(new BasicStroke(5f));
    g.draw(new Ellipse2D.Float(70, 70, size - 140, size - 140));
    int c = size / 2;
    int[] xs = new int[10];
    int[] ys = new int[10];
    for (int i = 0; i < 10; i++) {
      double r = i % 2 == 0 ? 72 : 29;
      double a = Math.PI / 2 + i * Math.PI / 5;
      xs[i] = (int) Math.round(c + r * Math.cos(a));
      ys[i] = (int) Math.round(c - r * Math.sin(a));
    }
    g.fillPolygon(xs, ys, 10);
    for (int i = 0; i < 36; i++) {
      double a = i * Math.PI / 18;
      int x = (int) Math.round(c + 175 * Math.cos(a));
      int y = (int) Math.round(c + 175 * Math.sin(a));
      g.fillOval(x - 6, y - 6, 12, 12);
    }
    g.dispose();
    return png(img);
  }

  private static byte[] png(BufferedImage img) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
