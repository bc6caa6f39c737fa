package vn.lienthong.core.privacy;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.slf4j.event.Level;

/**
 * Architecture rules that make "every LienThong log line goes through {@link SafeLogger}" a build
 * failure rather than a convention. Later modules reuse them by copying the two constants (or the
 * one-liner) into their own ArchUnit test.
 */
public final class LoggingRules {

  /** No LienThong class but {@link SafeLogger} uses SLF4J (its {@code Level} enum excepted). */
  public static final ArchRule ONLY_SAFE_LOGGER_USES_SLF4J =
      noClasses()
          .that()
          .resideInAPackage("vn.lienthong..")
          .and()
          .doNotHaveFullyQualifiedName(SafeLogger.class.getName())
          .should()
          .dependOnClassesThat(resideInAPackage("org.slf4j..").and(not(type(Level.class))))
          .because("every SDK log line must go through SafeLogger, which masks personal data");

  /** No LienThong class writes to {@code System.out} or {@code System.err}. */
  public static final ArchRule NO_STANDARD_STREAMS =
      GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.because(
          "library output goes through SafeLogger");

  private LoggingRules() {}
}
