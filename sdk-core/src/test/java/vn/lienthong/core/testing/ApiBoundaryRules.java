package vn.lienthong.core.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * Architecture rules every LienThong module's tests apply: users never need an internal type, so no
 * public signature mentions one. Shared through sdk-core's test jar:
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "vn.lienthong.signature", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ApiBoundaryTest {
 *   @ArchTest static final ArchTests rules = ArchTests.in(ApiBoundaryRules.class);
 * }
 * }</pre>
 */
public final class ApiBoundaryRules {

  private ApiBoundaryRules() {}

  private static final DescribedPredicate<JavaClass> INTERNAL =
      DescribedPredicate.describe(
          "an internal type", c -> c.getPackageName().contains(".internal"));

  @ArchTest
  public static final ArchRule publicMethodsDoNotReturnInternalTypes =
      methods()
          .that()
          .arePublic()
          .and()
          .areDeclaredInClassesThat()
          .resideOutsideOfPackage("..internal..")
          .and()
          .areDeclaredInClassesThat()
          .arePublic()
          .should()
          .haveRawReturnType(DescribedPredicate.not(INTERNAL));

  @ArchTest
  public static final ArchRule publicMethodsAndConstructorsDoNotTakeInternalTypes =
      codeUnits()
          .that()
          .arePublic()
          .and()
          .areDeclaredInClassesThat()
          .resideOutsideOfPackage("..internal..")
          .and()
          .areDeclaredInClassesThat()
          .arePublic()
          .should()
          .haveRawParameterTypes(
              DescribedPredicate.describe(
                  "no internal parameter types",
                  (List<JavaClass> types) -> types.stream().noneMatch(INTERNAL)));

  @ArchTest
  public static final ArchRule publicFieldsAreNotOfInternalTypes =
      fields()
          .that()
          .arePublic()
          .and()
          .areDeclaredInClassesThat()
          .resideOutsideOfPackage("..internal..")
          .should()
          .haveRawType(DescribedPredicate.not(INTERNAL));

  @ArchTest
  public static final ArchRule publicTypesDoNotExtendInternalTypes =
      noClasses()
          .that()
          .resideOutsideOfPackage("..internal..")
          .and()
          .haveModifier(JavaModifier.PUBLIC)
          .should()
          .beAssignableTo(INTERNAL);
}
