package vn.lienthong.core.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.OutputFormat;
import com.networknt.schema.Schema;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.internal.forms.BoundedJson;
import vn.lienthong.core.internal.forms.CrossFieldRules;
import vn.lienthong.core.internal.forms.FormSchemas;
import vn.lienthong.core.internal.forms.SchemaErrors;

/**
 * Validates form documents against the bundled standard e-forms: the JSON Schema (draft 2020-12)
 * and then the Vietnamese cross-field rules (personal id agrees with birth date and gender, child
 * born after the parents, commune code in the list in force on the filing date and in the stated
 * province, no date after the filing date, names valid and in NFC).
 *
 * <p>A document that breaks rules gives a {@link FormValidationResult} with errors (JSON Pointer,
 * {@code LT-CORE-07xx} code, Vietnamese and English messages), not an exception. An exception means
 * the document could not be validated at all: malformed JSON ({@code LT-CORE-0701}), a document
 * over one of the caps below ({@code LT-CORE-0702}), an unknown form ({@code LT-CORE-0703}). The
 * caps are checked before or while parsing, so a 50 MB document or nesting 10,000 deep is rejected
 * in bounded time and memory.
 *
 * <p>Instances are immutable and thread-safe; create one and reuse it (loading compiles every
 * schema).
 *
 * <pre>{@code
 * FormValidator validator = FormValidator.create();
 * FormValidationResult result =
 *     validator.validate(FormId.BIRTH_REGISTRATION, json, LocalDate.of(2026, 3, 16));
 * if (!result.valid()) {
 *   result.errors().forEach(e -> show(e.pointer(), e.messageVi()));
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class FormValidator {

  /** Longest form document, in characters (256 KiB; the largest real declaration is ~10 KB). */
  public static final int MAX_DOCUMENT_LENGTH = 256 * 1024;

  /** Deepest nesting of objects and arrays; the standard forms need 5. */
  public static final int MAX_NESTING_DEPTH = 32;

  /** Longest string value or property name, in characters. */
  public static final int MAX_STRING_LENGTH = 4_000;

  /** Longest number literal, in characters. */
  public static final int MAX_NUMBER_LENGTH = 24;

  /** Most errors reported for one document; further errors are dropped. */
  public static final int MAX_ERRORS = 100;

  /** Viet Nam's time zone, used for the default filing date. */
  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private static final Comparator<FormError> ORDER =
      Comparator.comparing(FormError::pointer).thenComparing(e -> e.code().code());

  private static volatile @Nullable FormValidator shared;

  private final FormSchemas schemas;
  private final BoundedJson json;

  private FormValidator(FormSchemas schemas) {
    this.schemas = schemas;
    this.json =
        new BoundedJson(
            MAX_DOCUMENT_LENGTH, MAX_NESTING_DEPTH, MAX_STRING_LENGTH, MAX_NUMBER_LENGTH);
  }

  /**
   * Returns the validator of the bundled forms, compiling the schemas on first use.
   *
   * @return the shared instance
   * @throws vn.lienthong.core.ConfigurationException with {@code BUNDLED_DATA_CORRUPT} if a bundled
   *     schema is missing or invalid
   */
  public static FormValidator create() {
    FormValidator v = shared;
    if (v == null) {
      synchronized (FormValidator.class) {
        v = shared;
        if (v == null) {
          v = new FormValidator(new FormSchemas());
          shared = v;
        }
      }
    }
    return v;
  }

  /**
   * Returns the definitions (title, procedure, prefill, UI hints) of the bundled forms.
   *
   * @return the definitions in bundle order, unmodifiable
   */
  public List<FormDefinition> forms() {
    return List.copyOf(schemas.definitions().values());
  }

  /**
   * Returns the definition of one form.
   *
   * @param form the form
   * @return the definition
   * @throws NullPointerException if {@code form} is null
   * @throws InvalidInputException with {@code FORM_UNKNOWN} if the form is not bundled
   */
  public FormDefinition definition(FormId form) {
    Objects.requireNonNull(form, "form");
    FormDefinition d = schemas.definitions().get(form);
    if (d == null) {
      throw unknown(form);
    }
    return d;
  }

  /**
   * Validates a document filed today (in Viet Nam's time zone).
   *
   * @param form the form
   * @param document the JSON document
   * @return the outcome
   * @throws NullPointerException if an argument is null
   * @throws InvalidInputException if the document could not be validated (malformed, over a cap,
   *     unknown form)
   */
  public FormValidationResult validate(FormId form, String document) {
    return validate(form, document, LocalDate.now(VIETNAM));
  }

  /**
   * Validates a document filed on a given date: the schema first, then the cross-field rules.
   *
   * @param form the form
   * @param document the JSON document
   * @param filingDate the filing date: no date in the form may be later, and addresses are checked
   *     against the administrative units in force on it
   * @return the outcome
   * @throws NullPointerException if an argument is null
   * @throws InvalidInputException if the document could not be validated (malformed, over a cap,
   *     unknown form)
   */
  public FormValidationResult validate(FormId form, String document, LocalDate filingDate) {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(filingDate, "filingDate");
    Schema schema = schemas.schema(form);
    if (schema == null) {
      throw unknown(form);
    }
    JsonNode tree = json.read(form.toString(), document);
    List<FormError> errors = new ArrayList<>();
    // Fast path: a boolean pass (about half the cost) for the common valid document; the full
    // error list only when it fails.
    if (!schema.validate(tree, OutputFormat.BOOLEAN)) {
      for (Error e : schema.validate(tree)) {
        errors.add(SchemaErrors.toFormError(e));
      }
    }
    CrossFieldRules.apply(tree, filingDate, errors);
    if (errors.isEmpty()) {
      return new FormValidationResult(form, List.of());
    }
    errors.sort(ORDER);
    return new FormValidationResult(
        form, errors.size() > MAX_ERRORS ? errors.subList(0, MAX_ERRORS) : errors);
  }

  private static InvalidInputException unknown(FormId form) {
    return new InvalidInputException(
        CoreErrorCode.FORM_UNKNOWN,
        ErrorDetails.field("form")
            .rule("form.bundled")
            .with("form", form.name())
            .with("version", form.version()));
  }
}
