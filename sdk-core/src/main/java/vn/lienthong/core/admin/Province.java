package vn.lienthong.core.admin;

import java.util.Objects;

/**
 * A provincial unit (tỉnh or thành phố trực thuộc trung ương) of a unit list.
 *
 * <p>Records are immutable and thread-safe.
 *
 * @param code the 2-digit code, for example {@code "48"} for Đà Nẵng
 * @param name the official full name in NFC, for example {@code "Thành phố Đà Nẵng"}
 * @param kind {@link UnitKind#CITY} or {@link UnitKind#PROVINCE}
 * @since 0.1.0
 */
public record Province(String code, String name, UnitKind kind) {

  /**
   * Creates a province.
   *
   * @param code the 2-digit code
   * @param name the official full name
   * @param kind a provincial kind
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the code is not 2 ASCII digits or the kind is not
   *     provincial
   */
  public Province {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    if (!Codes.isDigits(code, 2)) {
      throw new IllegalArgumentException("province code must be 2 digits: " + code);
    }
    if (!kind.isProvincial()) {
      throw new IllegalArgumentException("not a provincial kind: " + kind);
    }
  }
}
