package vn.lienthong.buildtools.admin;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code 915_CTK-CSCL.csv}: {@code Stt,Mã số,Tên 34 tỉnh sau sáp nhập}. The letter writes
 * cities with their "Thành phố" prefix and provinces without "Tỉnh"; the full name is restored here
 * so that both levels use the official full name ("Tỉnh Cao Bằng").
 */
final class ProvinceCsvParser {

  static final String HEADER = "Stt,Mã số,Tên 34 tỉnh sau sáp nhập";

  private ProvinceCsvParser() {}

  static List<SourceModel.Province> parse(String text) {
    List<String> problems = new ArrayList<>();
    List<SourceModel.Province> out = new ArrayList<>();
    String[] lines = stripBom(text).split("\r?\n");
    if (lines.length == 0 || !Normalizer.normalize(lines[0], Normalizer.Form.NFC).equals(HEADER)) {
      problems.add("915_CTK-CSCL.csv line 1: expected header '" + HEADER + "'");
    }
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split(",", -1);
      String where = "915_CTK-CSCL.csv line " + (i + 1) + ": ";
      if (cells.length != 3) {
        problems.add(where + "expected 3 cells, found " + cells.length + ": " + line);
        continue;
      }
      String code = cells[1].strip();
      String name = Normalizer.normalize(cells[2].strip(), Normalizer.Form.NFC);
      if (!code.matches("[0-9]{2}")) {
        problems.add(where + "province code must be 2 digits, found '" + code + "'");
        continue;
      }
      if (name.isEmpty()) {
        problems.add(where + "empty name");
        continue;
      }
      if (name.startsWith("Thành phố ")) {
        out.add(new SourceModel.Province(code, name, UnitKindCode.CITY));
      } else if (name.startsWith("Tỉnh ")) {
        out.add(new SourceModel.Province(code, name, UnitKindCode.PROVINCE));
      } else {
        out.add(new SourceModel.Province(code, "Tỉnh " + name, UnitKindCode.PROVINCE));
      }
    }
    if (!problems.isEmpty()) {
      throw new DataStepException("915_CTK-CSCL.csv is malformed", problems);
    }
    return out;
  }

  static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
