package vn.lienthong.core.dossier;

/**
 * Whether the applicant is a citizen or a business: the portal's {@code LoaiDoiTuong}.
 *
 * <p>Enums are thread-safe.
 *
 * @since 0.1.0
 */
public enum ApplicantKind {
  /** A citizen (công dân), {@code LoaiDoiTuong} 1, identified by a personal id number. */
  CITIZEN(1),
  /** A business (doanh nghiệp), {@code LoaiDoiTuong} 2, identified by a tax code. */
  BUSINESS(2);

  private final int portalCode;

  ApplicantKind(int portalCode) {
    this.portalCode = portalCode;
  }

  /**
   * Returns the portal's {@code LoaiDoiTuong} code.
   *
   * @return 1 or 2
   */
  public int portalCode() {
    return portalCode;
  }
}
