package vn.lienthong.registry.land;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A land parcel (thửa đất) as the land database returns it: identified by commune, map sheet number
 * (số tờ bản đồ) and parcel number (số thửa).
 *
 * <p>Immutable and thread-safe.
 *
 * @param communeCode the 5-digit commune code of the 2025 list
 * @param mapSheetNumber the map sheet number
 * @param parcelNumber the parcel number
 * @param areaSquareMetres the area in m²
 * @param useTypeCodes the land-use type codes (ONT, ODT, LUC...)
 * @param certificateSerial the land-use right certificate's serial, or null
 * @param holderCount how many holders the right has
 * @param encumbered whether a mortgage or other security interest is registered
 * @since 0.1.0
 */
public record Parcel(
    String communeCode,
    int mapSheetNumber,
    int parcelNumber,
    BigDecimal areaSquareMetres,
    List<String> useTypeCodes,
    @Nullable String certificateSerial,
    int holderCount,
    boolean encumbered) {

  /**
   * Copies the list.
   *
   * @param communeCode the commune code
   * @param mapSheetNumber the map sheet number
   * @param parcelNumber the parcel number
   * @param areaSquareMetres the area in m²
   * @param useTypeCodes the land-use type codes
   * @param certificateSerial the certificate serial, or null
   * @param holderCount how many holders
   * @param encumbered whether encumbered
   */
  public Parcel {
    useTypeCodes = List.copyOf(useTypeCodes);
  }
}
