package vn.lienthong.core.calendar;

/**
 * The public holidays of the Labour Code 2019 (Bộ luật Lao động 2019), art. 112.1.
 *
 * @since 0.1.0
 */
public enum HolidayKind {
  /** Tết Dương lịch: 1 January. */
  NEW_YEAR("Tết Dương lịch"),
  /** Tết Âm lịch (Tết Nguyên đán): five days around the lunar new year. */
  LUNAR_NEW_YEAR("Tết Âm lịch"),
  /** Giỗ Tổ Hùng Vương: the Hùng Kings' commemoration, 10th day of the 3rd lunar month. */
  HUNG_KINGS("Giỗ Tổ Hùng Vương"),
  /** Ngày Chiến thắng: Victory (reunification) day, 30 April. */
  VICTORY_DAY("Ngày Chiến thắng"),
  /** Ngày Quốc tế lao động: International Labour Day, 1 May. */
  LABOUR_DAY("Ngày Quốc tế lao động"),
  /** Quốc khánh: National Day, 2 September and one adjacent day (1 or 3 September). */
  NATIONAL_DAY("Quốc khánh");

  private final String vietnameseName;

  HolidayKind(String vietnameseName) {
    this.vietnameseName = vietnameseName;
  }

  /**
   * Returns the holiday's Vietnamese name.
   *
   * @return the name, in NFC
   */
  public String vietnameseName() {
    return vietnameseName;
  }
}
