package vn.lienthong.core.forms;

import java.util.List;
import java.util.Objects;
import vn.lienthong.core.id.ProcedureCode;

/**
 * What a web application needs to know about one standard e-form besides its schema: the Vietnamese
 * title and description, the procedure it belongs to, the prefill descriptors and the UI hints.
 *
 * <p>Obtained from {@link FormValidator#definition(FormId)}. Instances are immutable and
 * thread-safe.
 *
 * <pre>{@code
 * FormDefinition birth = FormValidator.create().definition(FormId.BIRTH_REGISTRATION);
 * birth.prefill();  // /requester/fullName <- population HoVaTen ...
 * }</pre>
 *
 * @since 0.1.0
 */
public final class FormDefinition {

  private final FormId id;
  private final ProcedureCode procedure;
  private final String title;
  private final String description;
  private final List<PrefillDescriptor> prefill;
  private final UiHints uiHints;
  private final String schemaJson;

  /**
   * Creates a definition; used by the SDK when it loads a schema.
   *
   * @param id the form identity
   * @param procedure the procedure code ({@code x-lienthong-procedure})
   * @param title the Vietnamese title
   * @param description the Vietnamese description
   * @param prefill the prefill descriptors
   * @param uiHints the UI hints
   * @param schemaJson the schema document as JSON text
   * @throws NullPointerException if an argument is null
   */
  public FormDefinition(
      FormId id,
      ProcedureCode procedure,
      String title,
      String description,
      List<PrefillDescriptor> prefill,
      UiHints uiHints,
      String schemaJson) {
    this.id = Objects.requireNonNull(id, "id");
    this.procedure = Objects.requireNonNull(procedure, "procedure");
    this.title = Objects.requireNonNull(title, "title");
    this.description = Objects.requireNonNull(description, "description");
    this.prefill = List.copyOf(prefill);
    this.uiHints = Objects.requireNonNull(uiHints, "uiHints");
    this.schemaJson = Objects.requireNonNull(schemaJson, "schemaJson");
  }

  /**
   * Returns the form identity.
   *
   * @return the id
   */
  public FormId id() {
    return id;
  }

  /**
   * Returns the code of the procedure this form belongs to.
   *
   * @return the procedure code, for example {@code 1.001193}
   */
  public ProcedureCode procedure() {
    return procedure;
  }

  /**
   * Returns the Vietnamese title of the form.
   *
   * @return for example {@code Tờ khai đăng ký khai sinh}
   */
  public String title() {
    return title;
  }

  /**
   * Returns the Vietnamese description of the form.
   *
   * @return the description, naming the legal source of the declaration
   */
  public String description() {
    return description;
  }

  /**
   * Returns which fields are filled from which registry record.
   *
   * @return the descriptors, unmodifiable
   */
  public List<PrefillDescriptor> prefill() {
    return prefill;
  }

  /**
   * Returns the rendering hints.
   *
   * @return the hints
   */
  public UiHints uiHints() {
    return uiHints;
  }

  /**
   * Returns the JSON Schema document (draft 2020-12), for clients that validate or render
   * themselves.
   *
   * @return the schema as JSON text
   */
  public String schemaJson() {
    return schemaJson;
  }

  @Override
  public String toString() {
    return "FormDefinition[" + id + ", " + procedure.value() + "]";
  }
}
