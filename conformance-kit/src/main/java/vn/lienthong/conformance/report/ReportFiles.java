package vn.lienthong.conformance.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.lienthong.conformance.RunReport;

/**
 * Writes the three reports of a run into a directory ({@value #HTML}, {@value #JSON}, {@value
 * #JUNIT}) and, with a signer, a detached JWS beside each.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * List<Path> files = ReportFiles.write(report, Path.of("bao-cao"), ReportSigner.perRun());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ReportFiles {

  /** The HTML report's file name. */
  public static final String HTML = "report.html";

  /** The JSON report's file name. */
  public static final String JSON = "report.json";

  /** The JUnit XML report's file name. */
  public static final String JUNIT = "junit.xml";

  private ReportFiles() {}

  /**
   * Writes the reports (and their signatures).
   *
   * @param report the run's report
   * @param directory the directory, created if missing
   * @param signer the signer, or null to leave the reports unsigned
   * @return the files written, reports first, then signatures
   * @throws vn.lienthong.core.LienThongException {@code LT-CONF-0201} if a file cannot be written
   * @throws NullPointerException if the report or directory is null
   */
  public static List<Path> write(RunReport report, Path directory, @Nullable ReportSigner signer) {
    Objects.requireNonNull(report, "report");
    List<Path> reports =
        List.of(directory.resolve(HTML), directory.resolve(JSON), directory.resolve(JUNIT));
    try {
      Files.createDirectories(directory);
      Files.write(reports.get(0), HtmlReport.render(report));
      Files.write(reports.get(1), JsonReport.render(report));
      Files.write(reports.get(2), JunitXmlReport.render(report));
    } catch (IOException e) {
      throw ReportVerifier.io(directory, e);
    }
    List<Path> out = new ArrayList<>(reports);
    if (signer != null) {
      for (Path p : reports) {
        out.add(signer.sign(p));
      }
    }
    return out;
  }
}
