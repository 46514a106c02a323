package com.algotrading.common;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class CommonArchitectureTest {

    private final JavaClasses common = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.algotrading.common");

    @Test
    void commonDependsOnNoSpringClass() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(common);
    }

    @Test
    void commonDependsOnNoServiceCode() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("com.algotrading.trading..", "com.algotrading.data..", "com.algotrading.dashboard..")
                .check(common);
    }
}
