package vn.lienthong.core.admin;

import java.util.Objects;

/**
 * A commune-level unit (xã, phường or đặc khu) of a unit list.
 *
 * <p>Records are immutable and thread-safe.
 *
 * @param code the 5-digit code, for example {@code "00004"} for Phường Ba Đình
 * @param name the official full name in NFC, for example {@code "Phường Ba Đình"}
 * @param kind {@link UnitKind#WARD}, {@link UnitKind#COMMUNE} or {@link UnitKind#SPECIAL_ZONE}
 * @param province the province the unit belongs to
 * @since 0.1.0
 */
public record Commune(String code, String name, UnitKind kind, Province province) {

  /**
   * Creates a commune-level unit.
   *
   * @param code the 5-digit code
   * @param name the official full name
   * @param kind a commune-level kind
   * @param province the province
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the code is not 5 ASCII digits or the kind is provincial
   */
  public Commune {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(province, "province");
    if (!Codes.isDigits(code, 5)) {
      throw new IllegalArgumentException("commune code must be 5 digits: " + code);
    }
    if (kind.isProvincial()) {
      throw new IllegalArgumentException("not a commune-level kind: " + kind);
    }
  }
}
