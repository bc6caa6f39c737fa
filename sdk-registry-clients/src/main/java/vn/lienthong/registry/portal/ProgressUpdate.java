package vn.lienthong.registry.portal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.dossier.DossierStatus;
import vn.lienthong.core.id.DossierCode;

/**
 * One processing step of a dossier for {@code CapNhatTienDoHoSoMC}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param dossier the dossier code
 * @param status the status after the step
 * @param at when the step happened
 * @param officerName the officer's name (NguoiXuLy), or null
 * @param department the department (PhongBanXuLy), or null
 * @param note what was done (NoiDungXuLy), or null
 * @param dueAt the promised return time after this step (NgayHenTra), or null if unchanged; a
 *     supplement answered or a processing extension moves it, and the portal shows the new date
 * @since 0.1.0
 */
public record ProgressUpdate(
    DossierCode dossier,
    DossierStatus status,
    Instant at,
    @Nullable String officerName,
    @Nullable String department,
    @Nullable String note,
    @Nullable Instant dueAt) {

  /**
   * Creates a step that leaves the due date unchanged.
   *
   * @param dossier the dossier code
   * @param status the status after the step
   * @param at when the step happened
   * @param officerName the officer's name, or null
   * @param department the department, or null
   * @param note what was done, or null
   */
  public ProgressUpdate(
      DossierCode dossier,
      DossierStatus status,
      Instant at,
      @Nullable String officerName,
      @Nullable String department,
      @Nullable String note) {
    this(dossier, status, at, officerName, department, note, null);
  }
}
