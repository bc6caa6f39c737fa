package vn.lienthong.refapp.store;

import java.util.Objects;
import vn.lienthong.core.dossier.Dossier;
import vn.lienthong.core.forms.FormId;

/**
 * A dossier as stored: the sdk-core {@link Dossier} with its history, plus the procedure's name,
 * the e-form and its data, and the row version used for optimistic locking.
 *
 * <p>Immutable and thread-safe; its {@code toString()} shows no personal data.
 *
 * @param dossier the dossier
 * @param procedureName the procedure's Vietnamese name
 * @param form the e-form the data follows
 * @param formData the form data (JSON), personal data: never log it
 * @param version the row version read
 * @since 0.1.0
 */
public record StoredDossier(
    Dossier dossier, String procedureName, FormId form, String formData, int version) {

  /**
   * Checks the parts.
   *
   * @param dossier the dossier
   * @param procedureName the procedure's name
   * @param form the e-form
   * @param formData the form data
   * @param version the row version
   * @throws NullPointerException if a part is null
   */
  public StoredDossier {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(procedureName, "procedureName");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(formData, "formData");
  }

  /**
   * Returns a copy holding a changed dossier (same row version).
   *
   * @param changed the changed dossier
   * @return the copy
   */
  public StoredDossier with(Dossier changed) {
    return new StoredDossier(changed, procedureName, form, formData, version);
  }

  @Override
  public String toString() {
    return "StoredDossier[" + dossier.masked() + " v" + version + "]";
  }
}
