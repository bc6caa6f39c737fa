package vn.lienthong.core.admin;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.internal.admin.AdminCodes;
import vn.lienthong.core.internal.admin.UnitTables;

/**
 * The administrative units of one list: the 34 provincial units and 3,321 commune-level units in
 * force from 1 July 2025, looked up by code, by name, by province, and from pre-2025 codes.
 *
 * <p>The data is bundled with the SDK (built from Official letters 915/CTK-CSCL and 1027/CTK-CSCL
 * and the National Assembly Standing Committee resolutions 1654-1687/NQ-UBTVQH15) and loaded once,
 * lazily, on first use. Codes are only meaningful with their list: commune {@code 00004} was Phường
 * Trúc Bạch before 1 July 2025 and is Phường Ba Đình in this list; see {@link #version()}.
 *
 * <p>Code arguments must have the right shape (2 or 5 ASCII digits) or an {@link
 * InvalidInputException} says why; a well-shaped but unknown code gives an empty result. Name
 * look-ups ignore case, diacritics (NFC or NFD input), punctuation and a leading kind word ("TP.",
 * "Thành phố", "Tỉnh", "Xã", "Phường", "Đặc khu", "P.", "X.").
 *
 * <p>Instances are immutable and thread-safe; obtain the shared one with {@link #july2025()}.
 *
 * <pre>{@code
 * AdministrativeUnits units = AdministrativeUnits.july2025();
 * Commune c = units.commune("00004").orElseThrow();       // Phường Ba Đình, Thành phố Hà Nội
 * Province p = units.provinceNamed("TP. Đà Nẵng").orElseThrow();   // code "48"
 * List<Successor<Commune>> s = units.resolveLegacyCommune("00013"); // Ba Đình, FULL
 * }</pre>
 *
 * @since 0.1.0
 */
public final class AdministrativeUnits {

  private static volatile @Nullable AdministrativeUnits july2025;

  private final UnitListVersion version;
  private final UnitTables tables;

  private AdministrativeUnits(UnitListVersion version, UnitTables tables) {
    this.version = version;
    this.tables = tables;
  }

  /**
   * Returns the list in force from 1 July 2025, loading it on first use.
   *
   * @return the shared instance
   * @throws ConfigurationException with {@code BUNDLED_DATA_CORRUPT} if the bundled resource is
   *     missing or corrupt (the installation is broken)
   */
  public static AdministrativeUnits july2025() {
    AdministrativeUnits units = july2025;
    if (units == null) {
      synchronized (AdministrativeUnits.class) {
        units = july2025;
        if (units == null) {
          UnitTables tables = UnitTables.loadJuly2025();
          if (!tables.effectiveDate().equals(UnitListVersion.JULY_2025.effectiveDate())) {
            throw new IllegalStateException("bundled list has date " + tables.effectiveDate());
          }
          units = new AdministrativeUnits(UnitListVersion.JULY_2025, tables);
          july2025 = units;
        }
      }
    }
    return units;
  }

  /**
   * Returns the most recent list bundled with this SDK version (today the list of 1 July 2025).
   *
   * @return the shared instance
   * @throws ConfigurationException if the bundled resource is missing or corrupt
   */
  public static AdministrativeUnits current() {
    return july2025();
  }

  /**
   * Returns the bundled list in force on a date, if this SDK has it.
   *
   * @param date the date
   * @return the list, or empty for dates before 1 July 2025 (the earlier lists are not bundled)
   * @throws NullPointerException if {@code date} is null
   * @throws ConfigurationException if the bundled resource is missing or corrupt
   */
  public static Optional<AdministrativeUnits> inForceOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return date.isBefore(UnitListVersion.JULY_2025.effectiveDate())
        ? Optional.empty()
        : Optional.of(july2025());
  }

  /**
   * Returns the version (effective date and sources) of this list.
   *
   * @return the version
   */
  public UnitListVersion version() {
    return version;
  }

  /**
   * Returns all provincial units in the official order of 915/CTK-CSCL.
   *
   * @return an unmodifiable list of 34 provinces
   */
  public List<Province> provinces() {
    return tables.provinces();
  }

  /**
   * Returns all commune-level units in the official order of 1027/CTK-CSCL.
   *
   * @return an unmodifiable list of 3,321 communes
   */
  public List<Commune> communes() {
    return tables.communes();
  }

  /**
   * Finds a province by its 2-digit code in this list.
   *
   * @param code the code, for example {@code "48"}; surrounding spaces are ignored
   * @return the province, or empty if no province of this list has the code
   * @throws NullPointerException if {@code code} is null
   * @throws InvalidInputException if the code is not 2 ASCII digits ({@code LT-CORE-0201}, or a
   *     general input code such as {@code LT-CORE-0006} for a letter)
   */
  public Optional<Province> province(String code) {
    return tables.province(AdminCodes.provinceCode("provinceCode", code));
  }

  /**
   * Finds a commune-level unit by its 5-digit code in this list.
   *
   * @param code the code, for example {@code "00004"}; surrounding spaces are ignored
   * @return the commune, or empty if no commune of this list has the code
   * @throws NullPointerException if {@code code} is null
   * @throws InvalidInputException if the code is not 5 ASCII digits ({@code LT-CORE-0202}, or a
   *     general input code)
   */
  public Optional<Commune> commune(String code) {
    return tables.commune(AdminCodes.communeCode("communeCode", code));
  }

  /**
   * Returns the commune-level units of a province, in official order.
   *
   * @param province a province of this list
   * @return an unmodifiable list, empty if the province is not one of this list
   * @throws NullPointerException if {@code province} is null
   */
  public List<Commune> communesOf(Province province) {
    Objects.requireNonNull(province, "province");
    return tables.communesOf(province);
  }

  /**
   * Finds a province by name, ignoring case, diacritics, punctuation and a leading "TP.", "TP",
   * "Thành phố" or "Tỉnh": {@code "da nang"}, {@code "Đà Nẵng"} and {@code "TP. Đà Nẵng"} all find
   * Thành phố Đà Nẵng. Province names are unique.
   *
   * @param name the name
   * @return the province, or empty if none matches
   * @throws NullPointerException if {@code name} is null
   * @throws InvalidInputException if the name is blank, longer than 100 characters or contains
   *     characters other than letters, digits, spaces and {@code . , - ' ( )}
   */
  public Optional<Province> provinceNamed(String name) {
    return tables.provinceNamed(AdminCodes.name("provinceName", name));
  }

  /**
   * Finds every commune-level unit with a name, ignoring case, diacritics, punctuation and a
   * leading kind word; names repeat across provinces (Tân Thành, Tân An...), so all matches are
   * returned. A kind word narrows the matches to that kind ("Phường Bến Thành" finds wards only),
   * but a name that itself begins with such a word is also found ("Phương Liệt").
   *
   * @param name the name, for example {@code "Ba Đình"} or {@code "P. Ba Đình"}
   * @return an unmodifiable list in official order of matches by full name, then by name after a
   *     kind word; empty if none
   * @throws NullPointerException if {@code name} is null
   * @throws InvalidInputException if the name is blank, too long or has disallowed characters
   */
  public List<Commune> communesNamed(String name) {
    return tables.communesNamed(AdminCodes.name("communeName", name), null);
  }

  /**
   * Finds the commune-level units of one province with a name, as {@link #communesNamed(String)}.
   *
   * @param name the name
   * @param province the province to search in
   * @return an unmodifiable list, empty if none matches
   * @throws NullPointerException if an argument is null
   * @throws InvalidInputException if the name is blank, too long or has disallowed characters
   */
  public List<Commune> communesNamed(String name, Province province) {
    Objects.requireNonNull(province, "province");
    return tables.communesNamed(AdminCodes.name("communeName", name), province);
  }

  /**
   * Resolves a commune code of the list in force before 1 July 2025 to the unit(s) of this list
   * that took over its territory, each with {@link Coverage#FULL} if the whole old commune went
   * there or {@link Coverage#PARTIAL} if it was split.
   *
   * @param oldCode the old 5-digit code, for example {@code "00013"} (Phường Quán Thánh)
   * @return an unmodifiable list; empty if the code is unknown
   * @throws NullPointerException if {@code oldCode} is null
   * @throws InvalidInputException if the code is not 5 ASCII digits
   */
  public List<Successor<Commune>> resolveLegacyCommune(String oldCode) {
    return tables.resolveLegacyCommune(AdminCodes.communeCode("oldCommuneCode", oldCode));
  }

  /**
   * Resolves one of the 63 province codes in force before 1 July 2025 to its province in this list
   * ({@code "02"} Hà Giang gives {@code "08"} Tuyên Quang).
   *
   * @param oldCode the old 2-digit code
   * @return an unmodifiable list; empty if the code is unknown
   * @throws NullPointerException if {@code oldCode} is null
   * @throws InvalidInputException if the code is not 2 ASCII digits
   */
  public List<Successor<Province>> resolveLegacyProvince(String oldCode) {
    return tables.resolveLegacyProvince(AdminCodes.provinceCode("oldProvinceCode", oldCode));
  }

  /**
   * Describes this list for logs.
   *
   * @return for example {@code AdministrativeUnits[2025-07-01: 34 provinces, 3321 communes]}
   */
  @Override
  public String toString() {
    return "AdministrativeUnits["
        + version.effectiveDate()
        + ": "
        + provinces().size()
        + " provinces, "
        + communes().size()
        + " communes]";
  }
}
