package vn.lienthong.registry.portal;

import java.util.Objects;
import vn.lienthong.core.dossier.Dossier;

/**
 * A dossier to sync to the portal with the procedure's name, which the portal requires ({@code
 * TenTTHC}) and the dossier itself does not carry.
 *
 * <p>Immutable and thread-safe.
 *
 * @param dossier the dossier
 * @param procedureName the procedure's name as in the national procedure database
 * @since 0.1.0
 */
public record PortalDossier(Dossier dossier, String procedureName) {

  /**
   * Checks the parts.
   *
   * @param dossier the dossier
   * @param procedureName the procedure's name
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the name is blank
   */
  public PortalDossier {
    Objects.requireNonNull(dossier, "dossier");
    if (procedureName.isBlank()) {
      throw new IllegalArgumentException("procedureName must not be blank");
    }
  }
}
