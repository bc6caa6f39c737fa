package vn.lienthong.conformance;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import vn.lienthong.core.testing.ApiBoundaryRules;

/** Users never need an internal type: no public signature mentions one. */
@AnalyzeClasses(
    packages = "vn.lienthong.conformance",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ApiBoundaryTest {

  @ArchTest static final ArchTests rules = ArchTests.in(ApiBoundaryRules.class);
}
