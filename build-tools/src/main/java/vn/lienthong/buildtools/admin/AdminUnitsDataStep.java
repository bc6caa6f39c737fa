package vn.lienthong.buildtools.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The data step for the administrative units of 1 July 2025: reads {@code 915_CTK-CSCL.csv}, {@code
 * 1027_CTK-CSCL.md} and {@code merges.json} from a source directory, cross-validates them and
 * writes the compact resource. Any inconsistency fails with a message listing every problem.
 *
 * <p>Usage: {@code AdminUnitsDataStep <source dir> <output file>}.
 */
public final class AdminUnitsDataStep {

  /** The date from which the 2025 lists are in force. */
  public static final LocalDate EFFECTIVE = LocalDate.of(2025, 7, 1);

  private AdminUnitsDataStep() {}

  /**
   * Runs the data step.
   *
   * @param args the source directory and the output file
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: AdminUnitsDataStep <source dir> <output file>");
    }
    Path source = Path.of(args[0]);
    Path output = Path.of(args[1]);
    Dataset d = build(source);
    byte[] bytes = ResourceWriter.write(d, EFFECTIVE);
    Files.createDirectories(output.toAbsolutePath().getParent());
    Files.write(output, bytes);
    // A build tool reports on the console, like the Maven plugins around it.
    System.out.printf(
        "[admin-units] %d provinces, %d communes, %d old provinces, %d old communes -> %s (%d"
            + " bytes)%n",
        d.provinces().size(),
        d.communes().size(),
        d.legacyProvinces().size(),
        d.legacyCommunes().size(),
        output,
        bytes.length);
    for (String note : d.notes()) {
      System.out.println("[admin-units] note: " + note);
    }
  }

  /**
   * Reads and cross-validates the three source files of a directory.
   *
   * @param source the directory
   * @return the validated data set
   * @throws IOException if a file cannot be read
   * @throws DataStepException if the sources are malformed or inconsistent
   */
  static Dataset build(Path source) throws IOException {
    List<SourceModel.Province> provinces =
        ProvinceCsvParser.parse(read(source.resolve("915_CTK-CSCL.csv")));
    Map<String, SourceModel.Province> byCode = new HashMap<>();
    provinces.forEach(p -> byCode.put(p.code(), p));
    List<SourceModel.Commune> communes =
        CommuneTableParser.parse(read(source.resolve("1027_CTK-CSCL.md")), byCode);
    List<SourceModel.ProvinceMerge> merges =
        MergesParser.parse(read(source.resolve("merges.json")));
    return CrossValidator.validate(provinces, communes, merges);
  }

  private static String read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new DataStepException("missing source file", List.of(file.toString()));
    }
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
