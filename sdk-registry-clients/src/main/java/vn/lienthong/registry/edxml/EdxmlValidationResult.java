package vn.lienthong.registry.edxml;

import java.util.Objects;
import vn.lienthong.signature.Indication;
import vn.lienthong.signature.ValidationReport;

/**
 * A received package read and checked: its content and the report on its signature.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param edxmlPackage the package as read
 * @param signature the signature report (indication, findings such as {@code WEAK_ALGORITHM_SHA1})
 * @since 0.1.0
 */
public record EdxmlValidationResult(EdxmlPackage edxmlPackage, ValidationReport signature) {

  /**
   * Creates a result.
   *
   * @param edxmlPackage the package
   * @param signature the report
   * @throws NullPointerException if an argument is null
   */
  public EdxmlValidationResult {
    Objects.requireNonNull(edxmlPackage, "edxmlPackage");
    Objects.requireNonNull(signature, "signature");
  }

  /**
   * Says whether the package may be trusted: its signature passed.
   *
   * @return true when the signature indication is {@code PASSED}
   */
  public boolean valid() {
    return signature.indication() == Indication.PASSED;
  }
}
