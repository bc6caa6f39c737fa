package vn.lienthong.registry.portal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.dossier.Channel;
import vn.lienthong.core.dossier.DossierStatus;

/**
 * What the portal holds for a dossier ({@code TraCuuHoSo}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param dossierCode the dossier code (MaHoSo)
 * @param procedureCode the procedure code (MaTTHC)
 * @param procedureName the procedure name (TenTTHC)
 * @param status the status (TrangThaiHoSo)
 * @param channel the channel (KenhThucHien)
 * @param receivedAt the receipt time (NgayTiepNhan)
 * @param dueAt the promised return time (NgayHenTra)
 * @param returnedAt the time the result was returned (NgayTra), or null
 * @since 0.1.0
 */
public record PortalRecord(
    String dossierCode,
    String procedureCode,
    String procedureName,
    DossierStatus status,
    Channel channel,
    Instant receivedAt,
    Instant dueAt,
    @Nullable Instant returnedAt) {}
