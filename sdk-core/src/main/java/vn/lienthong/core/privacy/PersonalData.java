package vn.lienthong.core.privacy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component, field or accessor as holding personal data of a given kind, so that
 * {@link LogRenderer} and {@link SafeLogger} mask it per kind and other tools can list what a model
 * holds.
 *
 * <pre>{@code
 * public record BirthDeclaration(
 *     @PersonalData(PersonalDataKind.FULL_NAME) String childName,
 *     @PersonalData(PersonalDataKind.BIRTH_DATE) LocalDate birthDate,
 *     String procedureCode) {}
 * }</pre>
 *
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface PersonalData {

  /**
   * Returns the kind of personal data held.
   *
   * @return the kind
   */
  PersonalDataKind value();
}
