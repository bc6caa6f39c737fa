package vn.lienthong.core.admin;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Identifies a list of administrative units by the date it took effect. Codes are reused across
 * lists (commune {@code 00004} was Phường Trúc Bạch before 1 July 2025 and is Phường Ba Đình
 * after), so a stored code is only meaningful together with its list's version.
 *
 * <p>Records are immutable and thread-safe.
 *
 * @param effectiveDate the first day the list is in force
 * @param source the official documents the list comes from
 * @since 0.1.0
 */
public record UnitListVersion(LocalDate effectiveDate, String source) {

  /**
   * The list in force from 1 July 2025: provinces per Official letter 915/CTK-CSCL, communes per
   * Official letter 1027/CTK-CSCL of 25 June 2025 (codes confirmed by Decision 19/2025/QĐ-TTg).
   */
  public static final UnitListVersion JULY_2025 =
      new UnitListVersion(
          LocalDate.of(2025, 7, 1),
          "915/CTK-CSCL; 1027/CTK-CSCL (25 June 2025); Resolutions 1654-1687/NQ-UBTVQH15");

  /**
   * Creates a version.
   *
   * @param effectiveDate the first day the list is in force
   * @param source the official documents the list comes from
   * @throws NullPointerException if an argument is null
   */
  public UnitListVersion {
    Objects.requireNonNull(effectiveDate, "effectiveDate");
    Objects.requireNonNull(source, "source");
  }
}
