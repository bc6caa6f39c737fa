package vn.lienthong.refapp.service;

import java.util.Objects;
import vn.lienthong.refapp.store.DossierRow;

/**
 * One line of an officer's inbox.
 *
 * <p>Immutable and thread-safe.
 *
 * @param dossier the dossier's summary
 * @param overdue whether it is past its due date now (waiting for a supplement does not count)
 * @since 0.1.0
 */
public record InboxItem(DossierRow dossier, boolean overdue) {

  /**
   * Checks the parts.
   *
   * @param dossier the summary
   * @param overdue whether overdue
   * @throws NullPointerException if the summary is null
   */
  public InboxItem {
    Objects.requireNonNull(dossier, "dossier");
  }
}
