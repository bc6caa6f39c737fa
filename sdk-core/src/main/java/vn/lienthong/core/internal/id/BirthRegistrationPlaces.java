package vn.lienthong.core.internal.id;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.lienthong.core.admin.AdministrativeUnits;
import vn.lienthong.core.admin.Province;
import vn.lienthong.core.admin.Successor;
import vn.lienthong.core.id.BirthRegistrationPlace;

/**
 * Birth-registration place codes, derived from the bundled administrative units: the code is the
 * pre-2025 province code with a leading 0, and its 2025 province is where that province merged. One
 * source of truth for the 63 old provinces. Not part of the public API.
 */
public final class BirthRegistrationPlaces {

  private BirthRegistrationPlaces() {}

  /**
   * Finds a place by code.
   *
   * @param code three digits
   * @return the place, if known
   */
  public static Optional<BirthRegistrationPlace> find(String code) {
    return Optional.ofNullable(Table.BY_CODE.get(code));
  }

  /**
   * Returns every place, ordered by code.
   *
   * @return an unmodifiable list
   */
  public static List<BirthRegistrationPlace> all() {
    return Table.ALL;
  }

  /** Lazy holder: derived on first use. */
  private static final class Table {
    static final Map<String, BirthRegistrationPlace> BY_CODE = derive();
    static final List<BirthRegistrationPlace> ALL =
        Collections.unmodifiableList(new ArrayList<>(BY_CODE.values()));
  }

  private static Map<String, BirthRegistrationPlace> derive() {
    AdministrativeUnits units = AdministrativeUnits.july2025();
    Map<String, BirthRegistrationPlace> byCode = new LinkedHashMap<>();
    for (int n = 1; n < 100; n++) {
      String oldCode = (n < 10 ? "0" : "") + n;
      List<Successor<Province>> successors = units.resolveLegacyProvince(oldCode);
      if (successors.size() == 1) { // old provinces merged whole into exactly one new province
        Successor<Province> s = successors.get(0);
        byCode.put(
            "0" + oldCode,
            new BirthRegistrationPlace(
                "0" + oldCode, s.oldName(), s.unit().code(), s.unit().name()));
      }
    }
    return Collections.unmodifiableMap(byCode);
  }
}
