package vn.lienthong.identity;

import java.util.Optional;

/**
 * The kind of national identity account that logged in: a citizen, an enterprise or an organisation
 * (the portal's {@code LoaiTaiKhoan} 1, 2, 3; the strict profile's {@code vn_account_type}).
 *
 * <p>Enum constants are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum AccountType {
  /** A citizen (công dân), portal code 1. */
  CITIZEN("citizen", "1"),
  /** An enterprise (doanh nghiệp) with a tax code, portal code 2. */
  ENTERPRISE("enterprise", "2"),
  /** An organisation (tổ chức), portal code 3. */
  ORGANISATION("organisation", "3");

  private final String claimValue;
  private final String portalCode;

  AccountType(String claimValue, String portalCode) {
    this.claimValue = claimValue;
    this.portalCode = portalCode;
  }

  /**
   * Returns the value of the strict profile's {@code vn_account_type} claim.
   *
   * @return {@code citizen}, {@code enterprise} or {@code organisation}
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

  /**
   * Returns the account type a {@code vn_account_type} claim value names.
   *
   * @param value the claim value
   * @return the type, or empty for any other value
   * @since 0.1.0
   */
  public static Optional<AccountType> fromClaimValue(String value) {
    for (AccountType t : values()) {
      if (t.claimValue.equals(value)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the account type a portal {@code LoaiTaiKhoan} code names.
   *
   * @param code the code
   * @return the type, or empty for any other code
   * @since 0.1.0
   */
  public static Optional<AccountType> fromPortalCode(String code) {
    for (AccountType t : values()) {
      if (t.portalCode.equals(code)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
