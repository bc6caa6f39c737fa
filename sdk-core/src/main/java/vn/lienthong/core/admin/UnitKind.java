package vn.lienthong.core.admin;

/**
 * The kind of an administrative unit under the two-level local government (Law on the Organisation
 * of Local Government 2025): two provincial kinds and three commune-level kinds.
 *
 * <p>Enums are immutable and thread-safe.
 *
 * <pre>{@code
 * if (commune.kind() == UnitKind.WARD) { ... }   // phường
 * }</pre>
 *
 * @since 0.1.0
 */
public enum UnitKind {
  /** Thành phố trực thuộc trung ương: a centrally-run city, a provincial unit. */
  CITY("Thành phố", true),
  /** Tỉnh: a province, a provincial unit. */
  PROVINCE("Tỉnh", true),
  /** Phường: an urban ward, a commune-level unit. */
  WARD("Phường", false),
  /** Xã: a rural commune, a commune-level unit. */
  COMMUNE("Xã", false),
  /** Đặc khu: a special zone (island), a commune-level unit. */
  SPECIAL_ZONE("Đặc khu", false);

  private final String vietnameseName;
  private final boolean provincial;

  UnitKind(String vietnameseName, boolean provincial) {
    this.vietnameseName = vietnameseName;
    this.provincial = provincial;
  }

  /**
   * Returns the Vietnamese word that prefixes the official names of units of this kind.
   *
   * @return for example {@code "Phường"}
   */
  public String vietnameseName() {
    return vietnameseName;
  }

  /**
   * Tells whether this kind is provincial ({@link #CITY}, {@link #PROVINCE}) rather than
   * commune-level.
   *
   * @return {@code true} for provincial kinds
   */
  public boolean isProvincial() {
    return provincial;
  }
}
