package vn.lienthong.signature.internal.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.signature.SignatureErrorCode;

/**
 * Finds a TrueType font that can show Vietnamese: the configured path, else Liberation Serif
 * (Debian {@code fonts-liberation2}, metric-compatible with Times New Roman). Immutable and
 * thread-safe.
 */
public final class VietnameseFont {

  /** Where Debian installs Liberation Serif (fonts-liberation2, then fonts-liberation). */
  public static final List<Path> DEFAULT_PATHS =
      List.of(
          Path.of("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"),
          Path.of("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"));

  /** Precomposed letters every Vietnamese text needs (NFC forms). */
  static final String REQUIRED = "ĂÂĐÊÔƠƯăâđêôơưàáảãạấầẩẫậắằẳẵặếềểễệịọốồổỗộớờởỡợụứừửữựỳỵỷỹ";

  private final Path path;

  private VietnameseFont(Path path) {
    this.path = path;
  }

  /**
   * Finds the font.
   *
   * @param configured a configured font file, or null for the defaults
   * @return the font
   * @throws ConfigurationException if no candidate exists and shows Vietnamese ({@code
   *     LT-SIG-0205})
   */
  public static VietnameseFont find(@Nullable Path configured) {
    List<Path> candidates = configured == null ? DEFAULT_PATHS : List.of(configured);
    List<String> tried = new ArrayList<>();
    for (Path p : candidates) {
      tried.add(p.toString());
      if (Files.isRegularFile(p) && showsVietnamese(p)) {
        return new VietnameseFont(p);
      }
    }
    throw new ConfigurationException(
        SignatureErrorCode.FONT_UNAVAILABLE,
        ErrorDetails.field("font")
            .rule("pades.font.vietnamese")
            .with("tried", String.join(", ", tried)),
        null);
  }

  /**
   * Returns the font file.
   *
   * @return the path
   */
  public Path path() {
    return path;
  }

  private static boolean showsVietnamese(Path p) {
    try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(p.toFile()))) {
      var cmap = ttf.getUnicodeCmapLookup(false);
      if (cmap == null) {
        return false;
      }
      for (int i = 0; i < REQUIRED.length(); i++) {
        if (cmap.getGlyphId(REQUIRED.charAt(i)) == 0) {
          return false;
        }
      }
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
