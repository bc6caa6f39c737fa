/**
 * Dossiers (hồ sơ thủ tục hành chính) and their lifecycle over the ten national statuses of the
 * National Public Service Portal: the immutable {@link vn.lienthong.core.dossier.Dossier} model,
 * the {@link vn.lienthong.core.dossier.DossierStatus} state machine, due dates in working days
 * paused while a supplement is awaited, and {@link vn.lienthong.core.dossier.PortalCodes} for the
 * portal's codes and dates.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.core.dossier;

import org.jspecify.annotations.NullMarked;
