package vn.lienthong.registry.portal;

/**
 * The National Public Service Portal's dossier services ({@code
 * contracts/portal/portal-sync.yaml}).
 *
 * @since 0.1.0
 */
public enum PortalService {
  /** {@code DongBoHoSoMC}: create or update dossiers on the portal. */
  SYNC_DOSSIERS("DongBoHoSoMC", "dong-bo-ho-so", "syncDossiers"),
  /** {@code CapNhatTienDoHoSoMC}: report processing steps. */
  UPDATE_PROGRESS("CapNhatTienDoHoSoMC", "cap-nhat-tien-do", "updateProgress"),
  /** {@code TraCuuHoSo}: look a dossier up. */
  LOOKUP_DOSSIER("TraCuuHoSo", "tra-cuu-ho-so", "lookupDossier");

  private final String wireName;
  private final String serviceCode;
  private final String operationId;

  PortalService(String wireName, String serviceCode, String operationId) {
    this.wireName = wireName;
    this.serviceCode = serviceCode;
    this.operationId = operationId;
  }

  /**
   * Returns the portal's name of the service, also its path.
   *
   * @return for example {@code DongBoHoSoMC}
   */
  public String wireName() {
    return wireName;
  }

  /**
   * Returns the bus service code.
   *
   * @return for example {@code dong-bo-ho-so}
   */
  public String serviceCode() {
    return serviceCode;
  }

  /**
   * Returns the contract operation reference.
   *
   * @return for example {@code portal/portal-sync#syncDossiers}
   */
  public String operation() {
    return "portal/portal-sync#" + operationId;
  }
}
