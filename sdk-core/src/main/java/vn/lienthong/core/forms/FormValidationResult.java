package vn.lienthong.core.forms;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of validating a form document: the form and the errors found, sorted by pointer. An
 * empty list means the document is acceptable.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param form the form the document was validated against
 * @param errors the errors, sorted by pointer then code; unmodifiable
 * @since 0.1.0
 */
public record FormValidationResult(FormId form, List<FormError> errors) {

  /**
   * Creates a result.
   *
   * @param form the form
   * @param errors the errors
   * @throws NullPointerException if an argument or an error is null
   */
  public FormValidationResult {
    Objects.requireNonNull(form, "form");
    errors = List.copyOf(errors);
  }

  /**
   * Returns whether the document has no errors.
   *
   * @return true when {@link #errors()} is empty
   */
  public boolean valid() {
    return errors.isEmpty();
  }
}
