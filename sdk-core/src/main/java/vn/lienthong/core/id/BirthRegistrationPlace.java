package vn.lienthong.core.id;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.lienthong.core.internal.id.BirthRegistrationPlaces;

/**
 * A place where births are registered, as encoded in the first three digits of the personal
 * identification number: one of the 63 provincial units that existed before 1 July 2025, with the
 * 2025 province it merged into.
 *
 * <p>The code is the pre-2025 two-digit province code with a leading 0 ({@code 001} Hà Nội, {@code
 * 079} TP Hồ Chí Minh, {@code 048} Đà Nẵng). Births registered abroad use other codes whose list is
 * not confirmed; they are simply not found here. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * BirthRegistrationPlace.of("049").orElseThrow().province2025Name();   // "Thành phố Đà Nẵng"
 * }</pre>
 *
 * @param code the three-digit code, for example {@code 001}
 * @param name the province's name before 1 July 2025, for example {@code Tỉnh Quảng Nam}
 * @param province2025Code the two-digit code of the 2025 province it merged into
 * @param province2025Name the 2025 province's name, for example {@code Thành phố Đà Nẵng}
 * @since 0.1.0
 */
public record BirthRegistrationPlace(
    String code, String name, String province2025Code, String province2025Name) {

  /**
   * Creates a place.
   *
   * @param code the three-digit code
   * @param name the name before 1 July 2025
   * @param province2025Code the 2025 province code
   * @param province2025Name the 2025 province name
   * @throws NullPointerException if any component is null
   */
  public BirthRegistrationPlace {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(province2025Code, "province2025Code");
    Objects.requireNonNull(province2025Name, "province2025Name");
  }

  /**
   * Looks up a birth-registration place by its three-digit code.
   *
   * @param code the code, for example {@code 001}
   * @return the place, or empty for a code that is not one of the 63 pre-2025 provinces
   * @since 0.1.0
   */
  public static Optional<BirthRegistrationPlace> of(String code) {
    Objects.requireNonNull(code, "code");
    return BirthRegistrationPlaces.find(code);
  }

  /**
   * Returns all 63 places, ordered by code.
   *
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public static List<BirthRegistrationPlace> all() {
    return BirthRegistrationPlaces.all();
  }
}
