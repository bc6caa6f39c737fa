package vn.lienthong.buildtools.admin;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads {@code 1027_CTK-CSCL.md}: Markdown tables split over pages with repeated headers, a header
 * row per province ({@code | | | TỈNH CAO BẰNG | |}), then rows {@code | Stt | Mã số | Tên | Tỉnh
 * |}. Cells may contain {@code <br>} where the PDF wrapped a line; the province cell may be
 * abbreviated ({@code Tp Hải Phòng}) or empty. Every row must fall under a province header, and its
 * province cell, when present, must name the same province.
 */
final class CommuneTableParser {

  private static final Pattern CODE = Pattern.compile("[0-9]{5}");
  private static final Pattern STT = Pattern.compile("[0-9]{1,4}");
  private static final Pattern SEPARATOR = Pattern.compile("-{3,}");

  private CommuneTableParser() {}

  /**
   * Parses the table.
   *
   * @param text the Markdown
   * @param provinces the provinces by code, to resolve province header rows
   * @return the communes in list order
   */
  static List<SourceModel.Commune> parse(String text, Map<String, SourceModel.Province> provinces) {
    List<String> problems = new ArrayList<>();
    List<SourceModel.Commune> out = new ArrayList<>();
    SourceModel.Province current = null;
    boolean unknownSection = false;
    String[] lines = ProvinceCsvParser.stripBom(text).split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      int lineNo = i + 1;
      String where = "1027_CTK-CSCL.md line " + lineNo + ": ";
      if (!line.startsWith("|")) {
        continue;
      }
      if (!line.endsWith("|") || line.length() < 2) {
        problems.add(where + "table row does not end with '|'");
        continue;
      }
      String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
      if (cells.length != 4) {
        problems.add(where + "expected 4 cells, found " + cells.length);
        continue;
      }
      for (int c = 0; c < 4; c++) {
        cells[c] = clean(cells[c]);
      }
      if (cells[0].equals("Stt") || SEPARATOR.matcher(cells[0]).matches()) {
        continue;
      }
      if (cells[0].isEmpty() && cells[1].isEmpty()) {
        current = provinceOfHeader(cells[2], provinces);
        unknownSection = current == null;
        if (current == null) {
          problems.add(where + "province header '" + cells[2] + "' names no province of 915");
        }
        continue;
      }
      if (!STT.matcher(cells[0]).matches() || !CODE.matcher(cells[1]).matches()) {
        problems.add(
            where
                + "expected a row number and a 5-digit code, found '"
                + cells[0]
                + "', '"
                + cells[1]
                + "'");
        continue;
      }
      if (unknownSection) {
        continue; // reported once, at the section's header
      }
      if (current == null) {
        problems.add(where + "commune " + cells[1] + " appears before any province header");
        continue;
      }
      if (Integer.parseInt(cells[0]) != out.size() + 1) {
        problems.add(
            where + "row number " + cells[0] + " out of sequence, expected " + (out.size() + 1));
      }
      UnitKindCode kind = UnitKindCode.communeKindOf(cells[2]);
      if (kind == null) {
        problems.add(where + "name '" + cells[2] + "' starts with none of Xã, Phường, Đặc khu");
        continue;
      }
      if (!cells[3].isEmpty() && !sameProvince(cells[3], current)) {
        problems.add(
            where
                + "province cell '"
                + cells[3]
                + "' differs from the section's province '"
                + current.name()
                + "'");
      }
      out.add(new SourceModel.Commune(lineNo, cells[1], cells[2], kind, current.code()));
    }
    if (!problems.isEmpty()) {
      throw new DataStepException("1027_CTK-CSCL.md is malformed", problems);
    }
    return out;
  }

  /** Joins wrapped lines and normalises spaces and Unicode form; bold markers are dropped. */
  static String clean(String cell) {
    String s = cell.replace("<br>", " ").replace("**", "");
    s = Normalizer.normalize(s, Normalizer.Form.NFC);
    return s.replaceAll("\\s+", " ").strip();
  }

  private static SourceModel.Province provinceOfHeader(
      String header, Map<String, SourceModel.Province> provinces) {
    for (SourceModel.Province p : provinces.values()) {
      if (p.name().toUpperCase(Locale.ROOT).equals(header)) {
        return p;
      }
    }
    return null;
  }

  private static boolean sameProvince(String cell, SourceModel.Province p) {
    String expanded = cell.startsWith("Tp ") ? "Thành phố " + cell.substring(3) : cell;
    return expanded.equals(p.name());
  }
}
