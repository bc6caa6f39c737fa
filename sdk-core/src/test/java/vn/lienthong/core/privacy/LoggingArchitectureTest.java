package vn.lienthong.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

@AnalyzeClasses(packages = "vn.lienthong", importOptions = ImportOption.DoNotIncludeTests.class)
class LoggingArchitectureTest {

  @ArchTest
  static final ArchRule onlySafeLoggerUsesSlf4j = LoggingRules.ONLY_SAFE_LOGGER_USES_SLF4J;

  @ArchTest static final ArchRule noStandardStreams = LoggingRules.NO_STANDARD_STREAMS;

  /** A class breaking both rules, to prove that they bite. */
  static final class Offender {
    void log(String phone) {
      LoggerFactory.getLogger(Offender.class).info("phone {}", phone);
      System.out.println(phone);
    }
  }

  @Test
  void rulesDetectDirectSlf4jAndStandardStreamUse() {
    JavaClasses offender = new ClassFileImporter().importClasses(Offender.class);
    assertThat(LoggingRules.ONLY_SAFE_LOGGER_USES_SLF4J.evaluate(offender).hasViolation()).isTrue();
    assertThat(LoggingRules.NO_STANDARD_STREAMS.evaluate(offender).hasViolation()).isTrue();
  }
}
