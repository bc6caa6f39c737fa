package vn.lienthong.refapp.documents;

/**
 * The result documents the reference app issues, each with its printed title.
 *
 * @since 0.1.0
 */
public enum ResultKind {
  /** Birth extract (trích lục khai sinh), the result of birth registration (1.001193). */
  BIRTH_EXTRACT("TRÍCH LỤC KHAI SINH"),
  /**
   * Confirmation of residence information (xác nhận thông tin về cư trú), the result of permanent
   * residence registration.
   */
  PERMANENT_RESIDENCE_CONFIRMATION("GIẤY XÁC NHẬN THÔNG TIN VỀ CƯ TRÚ"),
  /**
   * Certified copy from the original (bản sao chứng thực từ bản chính): the uploaded original with
   * a certification page.
   */
  CERTIFIED_COPY("CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH");

  private final String title;

  ResultKind(String title) {
    this.title = title;
  }

  /**
   * Returns the title printed on the document, in capitals, NFC.
   *
   * @return the title
   */
  public String title() {
    return title;
  }
}
