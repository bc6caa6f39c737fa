package vn.lienthong.buildtools.admin;

/**
 * The kinds of administrative unit and the byte each is written as in the resource; the runtime
 * enum {@code vn.lienthong.core.admin.UnitKind} reads the same numbers.
 */
enum UnitKindCode {
  /** Thành phố trực thuộc trung ương: a centrally-run city. */
  CITY(1, "Thành phố"),
  /** Tỉnh: a province. */
  PROVINCE(2, "Tỉnh"),
  /** Phường: an urban ward. */
  WARD(3, "Phường"),
  /** Xã: a rural commune. */
  COMMUNE(4, "Xã"),
  /** Đặc khu: a special zone (islands). */
  SPECIAL_ZONE(5, "Đặc khu");

  final int wire;
  final String prefix;

  UnitKindCode(int wire, String prefix) {
    this.wire = wire;
    this.prefix = prefix;
  }

  /** Returns the commune-level kind whose prefix starts {@code name}, or null. */
  static UnitKindCode communeKindOf(String name) {
    for (UnitKindCode k : new UnitKindCode[] {WARD, COMMUNE, SPECIAL_ZONE}) {
      if (name.startsWith(k.prefix + " ")) {
        return k;
      }
    }
    return null;
  }
}
