package dev.touchpoint.analytics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The analytics library stays free of Spring, JDBC and servlet types, so every caller can use it. */
@AnalyzeClasses(packages = "dev.touchpoint.analytics", importOptions = ImportOption.DoNotIncludeTests.class)
class AnalyticsArchitectureTest {

    @ArchTest
    static final ArchRule noFrameworkDatabaseOrServletTypes = noClasses()
            .that()
            .resideInAPackage("dev.touchpoint.analytics..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..", "java.sql..", "javax.sql..", "jakarta.servlet..", "javax.servlet..");
}
