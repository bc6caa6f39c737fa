package vn.lienthong.registry;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.id.DossierCode;
import vn.lienthong.core.id.ProcedureCode;
import vn.lienthong.registry.internal.bus.WireChecks;

/**
 * Why personal data is requested from a registry (Decree 13/2023/NĐ-CP, Law 91/2025/QH15:
 * processing for a stated purpose); the provider logs it with the user id.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Purpose p = Purpose.prefill(ProcedureCode.parse("1.001193"), dossier.code());
 * }</pre>
 *
 * @param code {@code dossier-processing}, {@code prefill}, {@code verification} or {@code audit}
 * @param procedure the procedure the data is for, or null
 * @param dossier the dossier the data is for, or null
 * @since 0.1.0
 */
public record Purpose(
    String code, @Nullable ProcedureCode procedure, @Nullable DossierCode dossier) {

  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

  /**
   * Checks the code.
   *
   * @param code {@code dossier-processing}, {@code prefill}, {@code verification} or {@code audit}
   * @param procedure the procedure the data is for, or null
   * @param dossier the dossier the data is for, or null
   * @throws InvalidInputException with {@code INVALID_REQUEST_VALUE} if the code is malformed
   */
  public Purpose {
    WireChecks.check("purpose.code", code, CODE);
  }

  /**
   * Data read to prefill a form.
   *
   * @param procedure the procedure
   * @param dossier the dossier, or null before one exists
   * @return the purpose
   */
  public static Purpose prefill(ProcedureCode procedure, @Nullable DossierCode dossier) {
    return new Purpose("prefill", procedure, dossier);
  }

  /**
   * Data read to process a dossier.
   *
   * @param dossier the dossier
   * @return the purpose
   */
  public static Purpose dossierProcessing(DossierCode dossier) {
    return new Purpose("dossier-processing", null, dossier);
  }

  /**
   * Declared data checked against a registry.
   *
   * @return the purpose
   */
  public static Purpose verification() {
    return new Purpose("verification", null, null);
  }
}
