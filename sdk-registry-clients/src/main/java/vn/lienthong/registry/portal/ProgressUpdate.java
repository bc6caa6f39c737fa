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
 * @since 0.1.0
 */
public record ProgressUpdate(
    DossierCode dossier,
    DossierStatus status,
    Instant at,
    @Nullable String officerName,
    @Nullable String department,
    @Nullable String note) {}
