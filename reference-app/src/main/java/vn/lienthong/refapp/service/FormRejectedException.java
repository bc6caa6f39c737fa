package vn.lienthong.refapp.service;

import java.util.List;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.forms.FormError;
import vn.lienthong.core.forms.FormId;
import vn.lienthong.refapp.RefappErrorCode;

/**
 * A submission's e-form failed validation ({@code LT-APP-0101}): carries one {@link FormError} per
 * field (JSON Pointer, code, Vietnamese and English message), for pages and problem details.
 *
 * @since 0.1.0
 */
public final class FormRejectedException extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  /** The field errors; a list copy of immutable records. */
  @SuppressWarnings("serial")
  private final List<FormError> errors;

  /**
   * Creates the exception.
   *
   * @param form the form
   * @param errors the field errors (at least one)
   */
  public FormRejectedException(FormId form, List<FormError> errors) {
    super(
        RefappErrorCode.INVALID_FORM,
        ErrorDetails.none().with("form", form.toString()).with("count", errors.size()));
    this.errors = List.copyOf(errors);
  }

  /**
   * Returns the field errors.
   *
   * @return the errors, in document order
   */
  public List<FormError> errors() {
    return errors;
  }
}
