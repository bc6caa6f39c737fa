package vn.lienthong.refapp.documents;

import java.util.Locale;
import java.util.Objects;
import vn.lienthong.core.admin.Commune;
import vn.lienthong.core.text.VietnameseText;

/**
 * The office that issues a receipt or a result: the agency's name as printed in the heading and on
 * the seal, the commune and province, and the place name of the date line.
 *
 * <p>Records are immutable and thread-safe.
 *
 * <pre>{@code
 * IssuingOffice office = IssuingOffice.of(AdministrativeUnits.current().commune("00004").orElseThrow());
 * }</pre>
 *
 * @param agencyName the agency ("ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH"), NFC
 * @param communeName the commune's official name ("Phường Ba Đình")
 * @param provinceName the province's official name ("Thành phố Hà Nội")
 * @param placeName the place of the date line ("Ba Đình")
 * @since 0.1.0
 */
public record IssuingOffice(
    String agencyName, String communeName, String provinceName, String placeName) {

  /** The longest name accepted, in characters. */
  public static final int MAX_NAME_LENGTH = 120;

  /**
   * Creates an office, NFC-normalising the names.
   *
   * @param agencyName the agency
   * @param communeName the commune
   * @param provinceName the province
   * @param placeName the place of the date line
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a name is blank or longer than {@link #MAX_NAME_LENGTH}
   */
  public IssuingOffice {
    agencyName = name(agencyName, "agencyName");
    communeName = name(communeName, "communeName");
    provinceName = name(provinceName, "provinceName");
    placeName = name(placeName, "placeName");
  }

  /**
   * Returns the office of a commune's People's Committee (Ủy ban nhân dân), which receives and
   * decides the commune-level procedures.
   *
   * @param commune the commune
   * @return the office
   * @throws NullPointerException if the argument is null
   */
  public static IssuingOffice of(Commune commune) {
    String name = VietnameseText.nfc(commune.name());
    String place = name.replaceFirst("^(Xã|Phường|Đặc khu)\\s+", "");
    return new IssuingOffice(
        "ỦY BAN NHÂN DÂN " + name.toUpperCase(Locale.forLanguageTag("vi")),
        name,
        commune.province().name(),
        place);
  }

  private static String name(String value, String field) {
    String v = VietnameseText.nfc(Objects.requireNonNull(value, field)).strip();
    if (v.isEmpty() || v.length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException(field + " must have 1-" + MAX_NAME_LENGTH + " characters");
    }
    return v;
  }
}
