package vn.lienthong.benchmarks.text;

import java.text.Normalizer;
import java.util.Locale;

/** The common folding found in applications: NFD, strip marks by regex, lower case, đ to d. */
final class Baseline {

  private Baseline() {}

  static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replace('đ', 'd');
  }

  /** Realistic full names as typed in forms: NFC, mixed case, both tone styles, extra spaces. */
  static final String[] NAMES = {
    "Nguyễn Văn An",
    "Trần Thị Thúy Hòa",
    "LÊ THỊ THUÝ HOÀ",
    "Phạm  Minh Đức",
    "Hoàng Thị Khánh Linh",
    "Đặng Quốc Bảo",
    "Bùi Thị Ngọc Ánh",
    "Võ Hoàng Yến",
    "Đỗ Đức Thắng",
    "Huỳnh Thị Mỹ Duyên",
    "Ngô Quang Huy",
    "Dương Thị Thùy Trang",
    "nguyễn thị khỏe",
    "Lý Gia Hân",
    "Trịnh Công Sơn",
    "Phan Thị Kim Oanh",
  };
}
