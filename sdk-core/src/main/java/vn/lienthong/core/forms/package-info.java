/**
 * Standard e-forms (biểu mẫu điện tử) and the procedure catalogue: JSON Schema 2020-12 declarations
 * for commune procedures with Vietnamese titles, validation by schema plus Vietnamese cross-field
 * rules with errors as values, prefill descriptors (once-only: which field a registry already
 * knows), UI hints, and the catalogue of procedures as data.
 *
 * <pre>{@code
 * FormValidationResult r = FormValidator.create().validate(FormId.BIRTH_REGISTRATION, json, filingDate);
 * r.errors().forEach(e -> show(e.pointer(), e.messageVi()));
 * }</pre>
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.core.forms;

import org.jspecify.annotations.NullMarked;
