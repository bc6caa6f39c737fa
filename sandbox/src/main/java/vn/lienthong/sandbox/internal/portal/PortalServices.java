package vn.lienthong.sandbox.internal.portal;

import java.util.List;
import vn.lienthong.sandbox.internal.SandboxService;
import vn.lienthong.sandbox.internal.lgsp.BusGateway;
import vn.lienthong.sandbox.internal.lgsp.BusOperation;
import vn.lienthong.sandbox.internal.lgsp.BusService;
import vn.lienthong.sandbox.lgsp.NationalService;

/** The portal sync service and its three operations. */
public final class PortalServices {

  private static final String CONTRACT = "portal/portal-sync";

  private PortalServices() {}

  /**
   * Creates the service.
   *
   * @param gateway the gateway
   * @param state the portal state
   * @return the service
   */
  public static SandboxService create(BusGateway gateway, PortalState state) {
    return new BusService(
        NationalService.PORTAL,
        "National Public Service Portal sync (DongBoHoSoMC, CapNhatTienDoHoSoMC, TraCuuHoSo)",
        gateway,
        List.of(
            BusOperation.postJson(
                "syncDossiers",
                "/DongBoHoSoMC",
                CONTRACT,
                "dong-bo-ho-so",
                "SyncRequest",
                "PortalResult",
                false,
                state::sync),
            BusOperation.postJson(
                "updateProgress",
                "/CapNhatTienDoHoSoMC",
                CONTRACT,
                "cap-nhat-tien-do",
                "ProgressRequest",
                "PortalResult",
                false,
                state::progress),
            BusOperation.postJson(
                "lookupDossier",
                "/TraCuuHoSo",
                CONTRACT,
                "tra-cuu-ho-so",
                "LookupRequest",
                "LookupResult",
                false,
                state::lookup)));
  }
}
