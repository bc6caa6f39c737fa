package vn.lienthong.sandbox.persona;

/**
 * The account type of a login: the {@code vn_account_type} claim of the strict profile and the
 * {@code LoaiTaiKhoan} code of the National Public Service Portal. Enum constants are immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public enum AccountType {
  /** An individual citizen (LoaiTaiKhoan 1). */
  CITIZEN("citizen", "1"),
  /** An enterprise, represented by a person (LoaiTaiKhoan 2, with MaSoDoanhNghiep). */
  ENTERPRISE("enterprise", "2"),
  /** Another organisation (LoaiTaiKhoan 3). */
  ORGANISATION("organisation", "3");

  private final String claimValue;
  private final String portalCode;

  AccountType(String claimValue, String portalCode) {
    this.claimValue = claimValue;
    this.portalCode = portalCode;
  }

  /**
   * Returns the {@code vn_account_type} claim value.
   *
   * @return for example {@code citizen}
   * @since 0.1.0
   */
  public String claimValue() {
    return claimValue;
  }

  /**
   * Returns the portal's {@code LoaiTaiKhoan} code.
   *
   * @return {@code 1}, {@code 2} or {@code 3}
   * @since 0.1.0
   */
  public String portalCode() {
    return portalCode;
  }
}
