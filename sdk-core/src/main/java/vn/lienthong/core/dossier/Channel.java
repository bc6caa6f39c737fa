package vn.lienthong.core.dossier;

/**
 * How a dossier was submitted, with the channel codes of the National Public Service Portal.
 *
 * <p>Enums are thread-safe.
 *
 * <pre>{@code
 * Channel.ONLINE.portalCode();   // 2
 * }</pre>
 *
 * @since 0.1.0
 */
public enum Channel {
  /** At the one-stop shop counter (trực tiếp), portal code 1. */
  IN_PERSON(1, "Trực tiếp"),
  /** Online, through a public service portal (trực tuyến), portal code 2. */
  ONLINE(2, "Trực tuyến"),
  /** Through the public postal service (qua dịch vụ bưu chính công ích), portal code 3. */
  POSTAL(3, "Qua dịch vụ bưu chính công ích");

  private final int portalCode;
  private final String vietnameseLabel;

  Channel(int portalCode, String vietnameseLabel) {
    this.portalCode = portalCode;
    this.vietnameseLabel = vietnameseLabel;
  }

  /**
   * Returns the portal's code of this channel.
   *
   * @return 1, 2 or 3
   */
  public int portalCode() {
    return portalCode;
  }

  /**
   * Returns the Vietnamese label.
   *
   * @return for example {@code "Trực tuyến"}
   */
  public String vietnameseLabel() {
    return vietnameseLabel;
  }
}
