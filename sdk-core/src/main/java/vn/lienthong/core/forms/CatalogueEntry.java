package vn.lienthong.core.forms;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.calendar.ProcessingDeadline;
import vn.lienthong.core.id.ProcedureCode;

/**
 * One administrative procedure (thủ tục hành chính) in the catalogue: code, Vietnamese name,
 * competent level, deadline, fees, required documents and its e-form.
 *
 * <p>Obtained from {@link ProcedureCatalogue}. Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CatalogueEntry {

  private final ProcedureCode code;
  private final String name;
  private final CompetentLevel level;
  private final ProcessingDeadline deadline;
  private final List<CatalogueFee> fees;
  private final List<RequiredDocument> documents;
  private final @Nullable FormId form;

  /**
   * Creates an entry; used by the catalogue when it reads its data.
   *
   * @param code the procedure code
   * @param name the Vietnamese name
   * @param level the competent level
   * @param deadline the deadline
   * @param fees the fees
   * @param documents the required documents
   * @param form the e-form, or null if the procedure has none
   * @throws NullPointerException if a required argument is null
   */
  public CatalogueEntry(
      ProcedureCode code,
      String name,
      CompetentLevel level,
      ProcessingDeadline deadline,
      List<CatalogueFee> fees,
      List<RequiredDocument> documents,
      @Nullable FormId form) {
    this.code = Objects.requireNonNull(code, "code");
    this.name = Objects.requireNonNull(name, "name");
    this.level = Objects.requireNonNull(level, "level");
    this.deadline = Objects.requireNonNull(deadline, "deadline");
    this.fees = List.copyOf(fees);
    this.documents = List.copyOf(documents);
    this.form = form;
  }

  /**
   * Returns the procedure code.
   *
   * @return the code, for example {@code 1.001193}
   */
  public ProcedureCode code() {
    return code;
  }

  /**
   * Returns the Vietnamese name.
   *
   * @return for example {@code Đăng ký khai sinh}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the competent level.
   *
   * @return the level
   */
  public CompetentLevel level() {
    return level;
  }

  /**
   * Returns the published deadline.
   *
   * @return the deadline
   */
  public ProcessingDeadline deadline() {
    return deadline;
  }

  /**
   * Returns the fees.
   *
   * @return the fees, unmodifiable
   */
  public List<CatalogueFee> fees() {
    return fees;
  }

  /**
   * Returns the required documents.
   *
   * @return the documents, unmodifiable
   */
  public List<RequiredDocument> documents() {
    return documents;
  }

  /**
   * Returns the e-form of the procedure.
   *
   * @return the form, if the procedure has one
   */
  public Optional<FormId> form() {
    return Optional.ofNullable(form);
  }

  @Override
  public String toString() {
    return "CatalogueEntry[" + code.value() + " " + name + "]";
  }
}
