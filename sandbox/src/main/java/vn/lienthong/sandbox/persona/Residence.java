package vn.lienthong.sandbox.persona;

import java.util.Objects;
import vn.lienthong.core.admin.Commune;

/**
 * A permanent residence (thường trú) in the two-level address of 2025: street or village, commune,
 * province. Instances are immutable and thread-safe.
 *
 * @param street house number and street, or village (thôn, ấp)
 * @param commune the 2025 commune, which knows its province
 * @since 0.1.0
 */
public record Residence(String street, Commune commune) {

  /**
   * Checks the parts.
   *
   * @param street the street part
   * @param commune the commune
   * @throws NullPointerException if a part is null
   */
  public Residence {
    Objects.requireNonNull(street, "street");
    Objects.requireNonNull(commune, "commune");
  }

  /**
   * Returns the address on one line, as the portal's {@code ThuongTru} claim carries it.
   *
   * @return for example {@code Số 12 phố Đội Cấn, Phường Ba Đình, Thành phố Hà Nội}
   * @since 0.1.0
   */
  public String line() {
    return street + ", " + commune.name() + ", " + commune.province().name();
  }
}
