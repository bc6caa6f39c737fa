package vn.lienthong.core.dossier;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.id.PersonalIdNumber;
import vn.lienthong.core.id.TaxCode;
import vn.lienthong.core.privacy.LogSafe;
import vn.lienthong.core.privacy.PersonalData;
import vn.lienthong.core.privacy.PersonalDataKind;
import vn.lienthong.core.text.PersonName;

/**
 * The applicant of a dossier (chủ hồ sơ): a citizen identified by a personal id number, or a
 * business identified by its tax code and represented by a named person.
 *
 * <p>Records are immutable and thread-safe; {@link #toString()} is masked.
 *
 * <pre>{@code
 * Applicant a = Applicant.citizen(PersonalIdNumber.parse("001099012345"),
 *     PersonName.parse("Nguyễn Văn An"));
 * }</pre>
 *
 * @param kind citizen or business ({@code LoaiDoiTuong})
 * @param personalIdNumber the citizen's personal id number; null for a business
 * @param taxCode the business's tax code; null for a citizen
 * @param name the citizen, or the person filing for the business
 * @since 0.1.0
 */
public record Applicant(
    ApplicantKind kind,
    @PersonalData(PersonalDataKind.PERSONAL_ID_NUMBER) @Nullable PersonalIdNumber personalIdNumber,
    @PersonalData(PersonalDataKind.PERSONAL_TAX_CODE) @Nullable TaxCode taxCode,
    @PersonalData(PersonalDataKind.FULL_NAME) PersonName name)
    implements LogSafe {

  /**
   * Creates an applicant.
   *
   * @param kind the kind
   * @param personalIdNumber required for a citizen, absent for a business
   * @param taxCode required for a business, absent for a citizen
   * @param name the name
   * @throws NullPointerException if {@code kind} or {@code name} is null
   * @throws InvalidInputException with {@code LT-CORE-0605} if the identifiers do not fit the kind
   */
  public Applicant {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    boolean citizen = kind == ApplicantKind.CITIZEN;
    if (citizen && (personalIdNumber == null || taxCode != null)) {
      throw mismatch(kind, "a personal id number and no tax code", "applicant.citizen-id");
    }
    if (!citizen && (taxCode == null || personalIdNumber != null)) {
      throw mismatch(kind, "a tax code and no personal id number", "applicant.business-id");
    }
  }

  /**
   * Returns a citizen applicant.
   *
   * @param personalIdNumber the personal id number
   * @param name the name
   * @return the applicant
   * @throws NullPointerException if an argument is null
   */
  public static Applicant citizen(PersonalIdNumber personalIdNumber, PersonName name) {
    return new Applicant(
        ApplicantKind.CITIZEN,
        Objects.requireNonNull(personalIdNumber, "personalIdNumber"),
        null,
        name);
  }

  /**
   * Returns a business applicant.
   *
   * @param taxCode the business's tax code
   * @param representative the person filing for the business
   * @return the applicant
   * @throws NullPointerException if an argument is null
   */
  public static Applicant business(TaxCode taxCode, PersonName representative) {
    return new Applicant(
        ApplicantKind.BUSINESS, null, Objects.requireNonNull(taxCode, "taxCode"), representative);
  }

  /**
   * Returns the identifier the portal calls {@code MaDoiTuong}: the personal id number or tax code.
   *
   * @return the identifier, unmasked
   */
  public String subjectCode() {
    return personalIdNumber != null
        ? personalIdNumber.value()
        : Objects.requireNonNull(taxCode).value();
  }

  /**
   * Returns the applicant with identifier and name masked.
   *
   * @return for example {@code CITIZEN *********345 Nguyễn V. A.}
   */
  @Override
  public String masked() {
    LogSafe id = personalIdNumber != null ? personalIdNumber : Objects.requireNonNull(taxCode);
    return kind + " " + id.masked() + " " + name.masked();
  }

  /**
   * Returns the masked rendering.
   *
   * @return {@link #masked()}
   */
  @Override
  public String toString() {
    return masked();
  }

  private static InvalidInputException mismatch(ApplicantKind kind, String expected, String rule) {
    return new InvalidInputException(
        CoreErrorCode.APPLICANT_IDENTIFIER,
        ErrorDetails.field("applicant").rule(rule).with("kind", kind).with("expected", expected));
  }
}
