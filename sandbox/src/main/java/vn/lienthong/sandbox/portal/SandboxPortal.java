package vn.lienthong.sandbox.portal;

import java.util.List;
import java.util.Optional;
import vn.lienthong.core.dossier.DossierStatus;

/**
 * The simulated National Public Service Portal behind {@code /portal}: {@code DongBoHoSoMC}, {@code
 * CapNhatTienDoHoSoMC} and {@code TraCuuHoSo} of {@code contracts/portal/portal-sync.yaml}. It
 * checks fields and status transitions with sdk-core's dossier lifecycle, answers a non-zero {@code
 * error_code} for what it refuses (a batch is applied entirely or not at all), answers a
 * redelivered message id from its replay store, and records every processed message in arrival
 * order for inspection. Implementations are thread-safe.
 *
 * <pre>{@code
 * SandboxPortal portal = sandbox.portal();
 * // ... the commune system syncs dossiers ...
 * assertThat(portal.received()).extracting(PortalMessage::messageId).doesNotHaveDuplicates();
 * assertThat(portal.status("000.00.01.H22-250701-0001")).contains(DossierStatus.ACCEPTED);
 * }</pre>
 *
 * <p>Portal {@code error_code} values (the real portal's are not public; these are the sandbox's
 * (unconfirmed)): {@value #OK} accepted, {@value #INVALID_DATA} invalid field, {@value
 * #ALREADY_EXISTS} dossier already synced ({@code isUpdating} false), {@value #UNKNOWN_DOSSIER}
 * unknown dossier, {@value #ILLEGAL_TRANSITION} illegal status transition.
 *
 * @since 0.1.0
 */
public interface SandboxPortal {

  /** Accepted. */
  String OK = "0";

  /** A field is invalid beyond the contract's shape (dates out of order, bad personal id...). */
  String INVALID_DATA = "1";

  /** A new dossier ({@code isUpdating} false) that the portal already holds. */
  String ALREADY_EXISTS = "2";

  /** An update or progress for a dossier the portal does not hold. */
  String UNKNOWN_DOSSIER = "3";

  /** A status change the dossier lifecycle does not allow. */
  String ILLEGAL_TRANSITION = "4";

  /**
   * Returns every processed sync and progress message, in arrival order.
   *
   * @return the messages
   * @since 0.1.0
   */
  List<PortalMessage> received();

  /**
   * Returns the processed messages that name a dossier, in arrival order.
   *
   * @param dossierCode the dossier code ({@code MaHoSo})
   * @return the messages
   * @since 0.1.0
   */
  List<PortalMessage> received(String dossierCode);

  /**
   * Returns the portal's copy of a dossier as JSON (the contract's {@code Dossier}).
   *
   * @param dossierCode the dossier code
   * @return the JSON text, if the portal holds the dossier
   * @since 0.1.0
   */
  Optional<String> dossier(String dossierCode);

  /**
   * Returns a dossier's current status on the portal.
   *
   * @param dossierCode the dossier code
   * @return the status, if the portal holds the dossier
   * @since 0.1.0
   */
  Optional<DossierStatus> status(String dossierCode);

  /**
   * Returns how many calls were answered from the replay store (redeliveries) since start or the
   * last {@link #reset()}.
   *
   * @return the count
   * @since 0.1.0
   */
  long redeliveries();

  /**
   * Forgets every dossier and recorded message (not the replay store).
   *
   * @since 0.1.0
   */
  void reset();
}
