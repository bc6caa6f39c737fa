package vn.lienthong.registry;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.admin.AdministrativeUnits;
import vn.lienthong.core.admin.Commune;
import vn.lienthong.core.privacy.LogSafe;
import vn.lienthong.core.privacy.Masking;

/**
 * An address as a registry returns it, under the 2025 two-level administration: province and
 * commune codes (no district) and the detail below the commune.
 *
 * <p>Immutable and thread-safe. Addresses are personal data: {@link #toString()} masks the detail.
 *
 * @param provinceCode the 2-digit province code of the 2025 list
 * @param communeCode the 5-digit commune code of the 2025 list
 * @param village the village, hamlet or residential group (thôn, ấp, bản, tổ dân phố), or null
 * @param street the house number and street, or null
 * @param fullText the address as the registry prints it, or null
 * @since 0.1.0
 */
public record Address(
    String provinceCode,
    String communeCode,
    @Nullable String village,
    @Nullable String street,
    @Nullable String fullText)
    implements LogSafe {

  /**
   * Returns the commune in the current administrative unit list.
   *
   * @return the commune, or empty if the code is unknown (for example a record older than the list)
   */
  public Optional<Commune> commune() {
    return AdministrativeUnits.current().commune(communeCode);
  }

  @Override
  public String masked() {
    return communeCode + " " + (street == null ? "" : Masking.address(street));
  }

  /**
   * Returns the masked form.
   *
   * @return the commune code and masked street
   */
  @Override
  public String toString() {
    return masked();
  }
}
