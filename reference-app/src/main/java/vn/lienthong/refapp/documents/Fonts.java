package vn.lienthong.refapp.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.refapp.RefappErrorCode;

/**
 * The TrueType files documents are set in: Liberation Serif (metric-compatible with Times New
 * Roman, which Decree 30 names) regular, bold and italic, from a configured directory or where
 * Debian's {@code fonts-liberation2} installs them. Immutable and thread-safe.
 */
record Fonts(Path regular, Path bold, Path italic) {

  /** Where Debian installs Liberation Serif (fonts-liberation2, then fonts-liberation). */
  static final List<Path> DEFAULT_DIRECTORIES =
      List.of(
          Path.of("/usr/share/fonts/truetype/liberation2"),
          Path.of("/usr/share/fonts/truetype/liberation"));

  static Fonts find(@Nullable Path directory) {
    List<Path> candidates = directory == null ? DEFAULT_DIRECTORIES : List.of(directory);
    List<String> tried = new ArrayList<>();
    for (Path dir : candidates) {
      Path regular = dir.resolve("LiberationSerif-Regular.ttf");
      tried.add(regular.toString());
      if (Files.isRegularFile(regular)) {
        return new Fonts(
            regular,
            orElse(dir.resolve("LiberationSerif-Bold.ttf"), regular),
            orElse(dir.resolve("LiberationSerif-Italic.ttf"), regular));
      }
    }
    throw new ConfigurationException(
        RefappErrorCode.INVALID_SETTING,
        ErrorDetails.field(ResultDocuments.FONT_DIR)
            .rule(
                "a directory with LiberationSerif-Regular.ttf (apt-get install fonts-liberation2)")
            .with("tried", String.join(", ", tried)),
        null);
  }

  private static Path orElse(Path wanted, Path fallback) {
    return Files.isRegularFile(wanted) ? wanted : fallback;
  }
}
