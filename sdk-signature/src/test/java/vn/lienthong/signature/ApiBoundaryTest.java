package vn.lienthong.signature;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/** Users never need an internal type: no public signature mentions one. */
@AnalyzeClasses(
    packages = "vn.lienthong.signature",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ApiBoundaryTest {

  private static final DescribedPredicate<JavaClass> INTERNAL =
      DescribedPredicate.describe(
          "an internal type", c -> c.getPackageName().contains(".internal"));

  @ArchTest
  static final ArchRule publicMethodsDoNotReturnInternalTypes =
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
  static final ArchRule publicMethodsAndConstructorsDoNotTakeInternalTypes =
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
  static final ArchRule publicFieldsAreNotOfInternalTypes =
      fields()
          .that()
          .arePublic()
          .and()
          .areDeclaredInClassesThat()
          .resideOutsideOfPackage("..internal..")
          .should()
          .haveRawType(DescribedPredicate.not(INTERNAL));

  @ArchTest
  static final ArchRule publicTypesDoNotExtendInternalTypes =
      noClasses()
          .that()
          .resideOutsideOfPackage("..internal..")
          .and()
          .haveModifier(JavaModifier.PUBLIC)
          .should()
          .beAssignableTo(INTERNAL);
}
